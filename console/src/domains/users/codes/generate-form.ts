import { intBetween, validate } from '../../../ui/validate';

export interface GenerateForm {
  count: string;
  skuId: string;
  prefix: string;
  /** YYYY-MM-DD from a date input; empty: no redeem deadline. */
  expiresOn: string;
}

// The code alphabet has no 0/O, 1/I: the same rule as the users service (codes are typed by people).
const PREFIX = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{1,12}$/;

/** The generate form's rules: 1–10,000 codes, a prefix from the code alphabet, an expiry in the future. */
export function validateGenerate(form: GenerateForm, now: Date): Partial<Record<keyof GenerateForm, string>> {
  const out = validate(form, { count: [intBetween(1, 10_000)] });
  const prefix = form.prefix.trim();
  if (prefix && !PREFIX.test(prefix.toUpperCase())) out.prefix = 'codes.prefixInvalid';
  if (form.expiresOn) {
    const end = new Date(`${form.expiresOn}T23:59:59.999`);
    if (Number.isNaN(end.getTime())) out.expiresOn = 'codes.expiresInvalid';
    else if (end.getTime() <= now.getTime()) out.expiresOn = 'codes.expiresPast';
  }
  return out;
}
