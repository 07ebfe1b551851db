import { useState } from 'react';
import { explainedText, useErrorText } from './ErrorNotice';
import { useToast } from './Toasts';

/**
 * Runs one operator action at a time: `busy` names it while it runs (shown as progress), a
 * success toast when it worked, the API error in the page language when it did not (`explain`
 * may say it more precisely for one screen, e.g. which service is not answering).
 */
export function useAction(explain?: (error: unknown) => string | undefined) {
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async <T,>(label: string, fn: () => Promise<T>, ok?: (result: T) => string | undefined): Promise<T | undefined> => {
    setBusy(label);
    try {
      const result = await fn();
      const text = ok?.(result);
      if (text) toast('ok', text);
      return result;
    } catch (e) {
      toast('error', explain?.(e) ?? explainedText(errorText(e), e));
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
