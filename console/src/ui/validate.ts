/**
 * Form checks shared by every screen, as pure functions returning a message key (or nothing),
 * so the same rules are unit-tested and shown in both languages.
 */
export type Check = (value: string) => string | undefined;

export const required: Check = (v) => (v.trim() === '' ? 'common.required' : undefined);

// Deliberately loose (the API has the last word): something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const email: Check = (v) => (v.trim() === '' ? 'common.required' : EMAIL.test(v.trim()) ? undefined : 'common.invalidEmail');

export const intBetween = (min: number, max: number): Check => (v) => {
  if (v.trim() === '') return 'common.required';
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? undefined : 'validate.intBetween';
};

export const minLength = (n: number): Check => (v) => (v.length < n ? 'validate.minLength' : undefined);

/** Runs each field's checks; returns only the fields that failed, with their first message key. */
export function validate<F extends string>(values: Record<F, string>, rules: Partial<Record<F, Check[]>>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const field of Object.keys(rules) as F[]) {
    for (const check of rules[field] ?? []) {
      const problem = check(values[field] ?? '');
      if (problem) {
        out[field] = problem;
        break;
      }
    }
  }
  return out;
}
