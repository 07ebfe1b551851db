/** What the readiness wait knows about the child it waits for. */
export interface Watched {
  name: string;
  /** Set once the process has exited: its exit code or the signal that ended it. */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** The last lines it wrote (stdout and stderr), oldest first. */
  lastLines(): string[];
}

export class NotReadyError extends Error {}

/** Keeps the last `size` lines a child wrote, for the error that reports why it never got ready. */
export class LineTail {
  private readonly lines: string[] = [];
  constructor(private readonly size = 15) {}
  push(line: string): void {
    this.lines.push(line.length > 500 ? `${line.slice(0, 500)}…` : line);
    if (this.lines.length > this.size) this.lines.shift();
  }
  get(): string[] {
    return [...this.lines];
  }
}

/** The most specific reason a fetch failed: undici hides "bad port" or ECONNREFUSED in `cause`. */
export function fetchFailure(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'no answer within 1 s';
  const cause = e?.cause;
  if (cause) return [cause.code, cause.message].filter((s, i, all) => s && all.indexOf(s) === i).join(': ');
  return e?.message ?? String(err);
}

function tail(child: Watched): string {
  const lines = child.lastLines();
  return lines.length ? `; its last lines:\n${lines.map((l) => `    ${l}`).join('\n')}` : '; it wrote nothing yet';
}

/**
 * Polls `url` until it answers 200, the child exits, or `timeoutMs` passes. The error says why:
 * the child's exit code and last lines, or the last fetch failure / HTTP status it saw.
 */
export async function waitReady(url: string, timeoutMs: number, child: Watched): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt finished';
  while (Date.now() < deadline) {
    const exit = child.exit();
    if (exit) {
      const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
      throw new NotReadyError(`${child.name} exited (${how}) before it was ready at ${url}${tail(child)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
      last = `HTTP ${res.status} ${(await res.text()).slice(0, 200)}`;
    } catch (err) {
      last = fetchFailure(err);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new NotReadyError(`${child.name} not ready after ${timeoutMs} ms at ${url}: last attempt: ${last}${tail(child)}`);
}
