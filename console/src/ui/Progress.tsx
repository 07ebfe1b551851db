/** Progress of a long action: a determinate bar when done/total are known, else an indeterminate one. */
export function Progress({ label, done, total }: { label: string; done?: number; total?: number }) {
  const known = total !== undefined && total > 0 && done !== undefined;
  return (
    <div className="progress" role="status">
      <span className="progress-label">{label}</span>
      {known ? <progress max={total} value={done} aria-label={label} /> : <progress aria-label={label} />}
      {known ? <span className="progress-count">{done} / {total}</span> : null}
    </div>
  );
}
