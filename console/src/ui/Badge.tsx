const TONE: Record<string, string> = {
  UNUSED: 'ok', USED: '', RESERVED: 'warn', EXPIRED: 'err', DISABLED: 'err',
  SENT: 'warn', PENDING: 'warn', DELIVERED: 'ok', ACCEPTED: 'ok', CANCELLED: '', FAILED: 'err', REMOVED: '',
  QUEUED: 'warn', RUNNING: 'warn', SUCCEEDED: 'ok', PARTIALLY_FAILED: 'err', SWITCHED: 'ok',
  ACTIVE: 'ok', INVALID: 'err', true: 'ok', false: '',
};

/** A status word with a calm colour; the text itself carries the meaning (never colour alone). */
export function Badge({ value, label }: { value: string; label: string }) {
  const tone = TONE[value];
  return <span className={`badge${tone ? ` badge-${tone}` : ''}`}>{label}</span>;
}
