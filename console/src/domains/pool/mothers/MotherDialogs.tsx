import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../core/i18n';
import {
  CreateMotherDocument, DeleteMotherDocument, ReplaceMotherTokenDocument, UpdateMotherDocument, type MotherRowFragment,
} from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { intBetween, required, validate } from '../../../ui/validate';
import { localToIso, useGroupChoices } from '../shared/group-choices';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

type Fields = 'name' | 'accessToken' | 'seatLimit' | 'notes' | 'tokenExpiresAt' | 'motherGroupId' | 'poolGroupId';

/** Create (with the token) or edit (name, seats, notes, groups) a mother. */
export function MotherFormDialog(props: { open: boolean; mother?: MotherRowFragment | null; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useI18n();
  const editing = !!props.mother;
  return (
    <Dialog open={props.open} title={editing ? t('pool.mother.editTitle', { name: props.mother!.name }) : t('pool.mother.createTitle')} onClose={props.onClose}>
      <MotherForm key={props.mother?.id ?? 'new'} {...props} />
    </Dialog>
  );
}

function MotherForm({ mother, onClose, onSaved }: { mother?: MotherRowFragment | null; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const groups = useGroupChoices('none');
  const [values, setValues] = useState<Record<Fields, string>>({
    name: mother?.name ?? '',
    accessToken: '',
    seatLimit: String(mother?.seatLimit ?? 7),
    notes: mother?.notes ?? '',
    tokenExpiresAt: '',
    motherGroupId: mother?.motherGroup?.id ?? '',
    poolGroupId: mother?.poolGroup?.id ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [create, created] = useMutation(CreateMotherDocument);
  const [update, updated] = useMutation(UpdateMotherDocument);
  const busy = created.loading || updated.loading;
  const set = (f: Fields) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validate(values, {
      name: [required],
      seatLimit: [intBetween(1, 500)],
      ...(mother ? {} : { accessToken: [required] }),
    });
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      if (mother) {
        const { data } = await update({
          variables: {
            input: {
              id: mother.id, name: values.name.trim(), notes: values.notes.trim() || null, seatLimit: Number(values.seatLimit),
              motherGroupId: values.motherGroupId || null, poolGroupId: values.poolGroupId || null,
            },
          },
        });
        if (!data) return;
        toast('ok', t('pool.mother.saved', { name: data.updateMother.name }));
        onSaved(data.updateMother.id);
      } else {
        const { data } = await create({
          variables: {
            input: {
              name: values.name.trim(), accessToken: values.accessToken.trim(), seatLimit: Number(values.seatLimit),
              notes: values.notes.trim() || null, tokenExpiresAt: localToIso(values.tokenExpiresAt),
              motherGroupId: values.motherGroupId || null, poolGroupId: values.poolGroupId || null,
            },
          },
          refetchQueries: ['MothersList'],
        });
        if (!data) return;
        toast('ok', t('pool.mother.created', { name: data.createMother.name }));
        onSaved(data.createMother.id);
      }
    } catch {
      // shown by <ErrorNotice> below
    }
  };

  const err = (f: Fields) => (errors[f] ? t(errors[f]!) : undefined);
  return (
    <form onSubmit={submit} noValidate>
      <TextField label={t('pool.mother.name')} value={values.name} onChange={set('name')} error={err('name')} maxLength={100} autoFocus />
      {mother ? null : (
        <TextAreaField label={t('pool.mother.accessToken')} value={values.accessToken} onChange={set('accessToken')} error={err('accessToken')} hint={t('pool.mother.accessTokenHint')} autoComplete="off" spellCheck={false} className="token-field" />
      )}
      <div className="form-grid">
        <TextField label={t('pool.mother.seatLimit')} type="number" min={1} max={500} value={values.seatLimit} onChange={set('seatLimit')} error={err('seatLimit')} hint={mother ? t('pool.mother.seatLimitHint') : undefined} />
        {mother ? null : (
          <TextField label={t('pool.mother.tokenExpiresAt')} type="datetime-local" value={values.tokenExpiresAt} onChange={set('tokenExpiresAt')} hint={t('pool.mother.tokenExpiresHint')} />
        )}
        <SelectField label={t('pool.mother.motherGroup')} value={values.motherGroupId} onChange={set('motherGroupId')} options={groups.motherGroups} />
        <SelectField label={t('pool.mother.poolGroup')} value={values.poolGroupId} onChange={set('poolGroupId')} options={groups.poolGroups} hint={t('pool.mother.poolGroupHint')} />
      </div>
      <TextAreaField label={t('pool.mother.notes')} value={values.notes} onChange={set('notes')} className="short" />
      <ExplainedErrorNotice error={created.error ?? updated.error ?? groups.error} />
      {busy ? <Progress label={mother ? t('pool.mother.saving') : t('pool.mother.checkingToken')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{mother ? t('common.save') : t('pool.mother.create')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** Replaces a mother's token (same upstream account); checked upstream before it is stored. */
export function ReplaceTokenDialog({ mother, onClose }: { mother: MotherRowFragment | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={!!mother} title={mother ? t('pool.mother.replaceTokenTitle', { name: mother.name }) : ''} onClose={onClose}>
      {mother ? <ReplaceTokenForm key={mother.id} mother={mother} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ReplaceTokenForm({ mother, onClose }: { mother: MotherRowFragment; onClose: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [token, setToken] = useState('');
  const [expires, setExpires] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [replace, { loading, error }] = useMutation(ReplaceMotherTokenDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = required(token);
    setFieldError(problem && t(problem));
    if (problem) return;
    try {
      await replace({ variables: { input: { id: mother.id, accessToken: token.trim(), tokenExpiresAt: localToIso(expires) } } });
      toast('ok', t('pool.mother.tokenReplaced', { name: mother.name }));
      onClose();
    } catch {
      // shown below
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextAreaField label={t('pool.mother.newAccessToken')} value={token} onChange={(e) => setToken(e.target.value)} error={fieldError} hint={t('pool.mother.accessTokenHint')} autoComplete="off" spellCheck={false} autoFocus />
      <TextField label={t('pool.mother.tokenExpiresAt')} type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} hint={t('pool.mother.tokenExpiresHint')} />
      <ExplainedErrorNotice error={error} />
      {loading ? <Progress label={t('pool.mother.checkingToken')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>{t('pool.mother.replaceToken')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** Deletes a mother; with seats in use only with "force", which releases them upstream first. */
export function DeleteMotherDialog({ mother, onClose, onDeleted }: { mother: MotherRowFragment | null; onClose: () => void; onDeleted: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={!!mother} title={mother ? t('pool.mother.deleteTitle', { name: mother.name }) : ''} onClose={onClose}>
      {mother ? <DeleteForm key={mother.id} mother={mother} onClose={onClose} onDeleted={onDeleted} /> : null}
    </Dialog>
  );
}

function DeleteForm({ mother, onClose, onDeleted }: { mother: MotherRowFragment; onClose: () => void; onDeleted: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const inUse = mother.seatsUsed + mother.seatsHeld;
  const [force, setForce] = useState(false);
  const [remove, { loading, error }] = useMutation(DeleteMotherDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { data } = await remove({ variables: { input: { id: mother.id, force } }, refetchQueries: ['MothersList'] });
      if (!data) return;
      toast('ok', t('pool.mother.deleted', { name: mother.name, released: data.deleteMother.releasedSeats }));
      onDeleted();
    } catch {
      // shown below
    }
  };
  return (
    <form onSubmit={submit}>
      <p>{t('pool.mother.deleteConfirm', { name: mother.name })}</p>
      {inUse > 0 ? <p className="notice notice-warn">{t('pool.mother.deleteInUse', { count: inUse })}</p> : null}
      <CheckboxField label={t('pool.mother.force')} checked={force} onChange={(e) => setForce(e.target.checked)} />
      <ExplainedErrorNotice error={error} />
      {error && !force ? <p className="field-hint">{t('pool.mother.deleteForceHint')}</p> : null}
      {loading ? <Progress label={force ? t('pool.mother.releasing') : t('common.working')} /> : null}
      <div className="form-actions">
        <button type="submit" className="danger" disabled={loading}>{force ? t('pool.mother.forceDelete') : t('pool.mother.delete')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
