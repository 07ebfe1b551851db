export const SCOPES = ['pool:read', 'pool:write', 'ingest', 'users:read', 'users:write', 'stats:read'] as const;

export interface KeyForm {
  name: string;
  scopes: string[];
  /** YYYY-MM-DD; empty: never expires. */
  expiresOn: string;
}

/** A name of 1–100 characters, at least one known scope, an expiry in the future. */
export function validateKey(form: KeyForm, now: Date): Partial<Record<keyof KeyForm, string>> {
  const out: Partial<Record<keyof KeyForm, string>> = {};
  const name = form.name.trim();
  if (!name) out.name = 'common.required';
  else if (name.length > 100) out.name = 'apiKeys.nameTooLong';
  if (!form.scopes.length || form.scopes.some((s) => !(SCOPES as readonly string[]).includes(s))) out.scopes = 'apiKeys.scopesRequired';
  if (form.expiresOn) {
    const end = new Date(`${form.expiresOn}T23:59:59.999`);
    if (Number.isNaN(end.getTime()) || end.getTime() <= now.getTime()) out.expiresOn = 'apiKeys.expiresPast';
  }
  return out;
}
