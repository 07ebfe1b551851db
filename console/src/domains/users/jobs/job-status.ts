/** Jobs still moving: their screens poll until the status leaves these. */
export const ACTIVE_JOB_STATUSES = new Set(['PENDING', 'RUNNING']);
export const POLL_MS = 1000;

export const isActive = (status: string) => ACTIVE_JOB_STATUSES.has(status);
export const canRetry = (status: string) => status === 'FAILED' || status === 'PARTIALLY_FAILED' || status === 'CANCELLED';
