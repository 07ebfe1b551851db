import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../core/i18n';

/** A modal on the native <dialog> element: focus trap, Escape and the accessible name come free. */
export function Dialog(props: { open: boolean; title: string; onClose: () => void; children: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={props.title} onClose={props.onClose} onCancel={props.onClose}>
      <header className="dialog-head">
        <h2>{props.title}</h2>
        <button type="button" className="ghost" onClick={props.onClose} aria-label={t('common.close')}>×</button>
      </header>
      <div className="dialog-body">{props.open ? props.children : null}</div>
      {props.actions ? <footer className="dialog-actions">{props.actions}</footer> : null}
    </dialog>
  );
}

/** Asks before a destructive or bulk action. */
export function ConfirmDialog(props: { open: boolean; title: string; message: string; confirmLabel: string; busy?: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog
      open={props.open}
      title={props.title}
      onClose={props.onClose}
      actions={
        <>
          <button type="button" onClick={props.onClose}>{t('common.cancel')}</button>
          <button type="button" className="danger" disabled={props.busy} onClick={props.onConfirm}>{props.confirmLabel}</button>
        </>
      }
    >
      <p>{props.message}</p>
    </Dialog>
  );
}
