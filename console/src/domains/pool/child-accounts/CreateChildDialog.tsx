import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../core/i18n';
import { CreateChildAccountDocument } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { SelectField, TextField } from '../../../ui/Field';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { email as emailCheck, required } from '../../../ui/validate';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

/**
 * Invites a child account onto a free seat of a mother. The email may stay empty in a pool
 * group (the group's templates make one); the API says so when it is needed.
 */
export function CreateChildDialog(props: {
  open: boolean;
  motherId?: string;
  teams?: { teamId: string; name?: string | null }[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={props.open} title={t('pool.child.addTitle')} onClose={props.onClose}>
      <CreateChildForm {...props} />
    </Dialog>
  );
}

function CreateChildForm({ motherId: fixedMother, teams, onClose, onCreated }: { motherId?: string; teams?: { teamId: string; name?: string | null }[]; onClose: () => void; onCreated: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [motherId, setMotherId] = useState(fixedMother ?? '');
  const [teamId, setTeamId] = useState('');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ motherId?: string; email?: string }>({});
  const [create, { loading, error }] = useMutation(CreateChildAccountDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = {
      motherId: required(motherId),
      email: email.trim() ? emailCheck(email) : undefined,
    };
    setErrors({ motherId: problems.motherId && t(problems.motherId), email: problems.email && t(problems.email) });
    if (problems.motherId || problems.email) return;
    try {
      const { data } = await create({
        variables: { input: { motherId: motherId.trim(), teamId: teamId || null, email: email.trim() || null, name: name.trim() || null } },
        refetchQueries: ['ChildAccountsList'],
      });
      if (!data) return;
      toast('ok', t('pool.child.created', { email: data.createChildAccount.email }));
      onCreated();
    } catch {
      // shown below
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      {fixedMother ? null : <TextField label={t('pool.child.motherId')} value={motherId} onChange={(e) => setMotherId(e.target.value)} error={errors.motherId} autoFocus />}
      {teams && teams.length > 1 ? (
        <SelectField label={t('pool.seat.team')} value={teamId} onChange={(e) => setTeamId(e.target.value)}
          options={[{ value: '', label: t('pool.child.defaultTeam') }, ...teams.map((tm) => ({ value: tm.teamId, label: tm.name ?? tm.teamId }))]} />
      ) : null}
      <TextField label={t('pool.child.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} hint={t('pool.child.emailHint')} autoComplete="off" />
      <TextField label={t('pool.child.name')} value={name} onChange={(e) => setName(e.target.value)} />
      <ExplainedErrorNotice error={error} />
      {loading ? <Progress label={t('pool.child.inviting')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>{t('pool.child.invite')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
