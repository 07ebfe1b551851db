/**
 * API-key scopes of the users operations (admin sessions hold them all). Reads list and show;
 * writes change codes, invites, switches, SKUs and jobs. `exportCodes` is a write: it hands out
 * plain redeem codes (money) and is audited. Sessions, passwords and API keys are session-only.
 */
export const USERS_READ = 'users:read';
export const USERS_WRITE = 'users:write';
