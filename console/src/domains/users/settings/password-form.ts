export interface PasswordForm {
  current: string;
  next: string;
  confirm: string;
}

/** The API's rule (12–1024 characters, not the current one) checked before sending, plus the confirmation. */
export function validatePassword(form: PasswordForm): Partial<Record<keyof PasswordForm, string>> {
  const out: Partial<Record<keyof PasswordForm, string>> = {};
  if (!form.current) out.current = 'common.required';
  if (!form.next) out.next = 'common.required';
  else if (form.next.length < 12 || form.next.length > 1024) out.next = 'settings.passwordLength';
  else if (form.next === form.current) out.next = 'settings.passwordSame';
  if (!out.next && form.confirm !== form.next) out.confirm = 'settings.passwordMismatch';
  return out;
}
