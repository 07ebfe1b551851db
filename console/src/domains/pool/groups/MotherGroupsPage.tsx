import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../core/i18n';
import {
  CreateMotherGroupDocument, DeleteMotherGroupDocument, MotherGroupsListDocument, UpdateMotherGroupDocument, type MotherGroupsListQuery,
} from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog, Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { required } from '../../../ui/validate';
import { Link } from 'react-router';
import '../pool.css';
import { useAction } from '../../../ui/useAction';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

type Group = MotherGroupsListQuery['motherGroups']['items'][number];

export default function MotherGroupsPage() {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data, loading, error } = useQuery(MotherGroupsListDocument, { variables: { page, pageSize } });
  const [editing, setEditing] = useState<Group | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Group | null>(null);
  const [remove] = useMutation(DeleteMotherGroupDocument);
  const { busy, run } = useAction();
  const columns: Column<Group>[] = [
    { key: 'name', header: t('pool.group.name'), cell: (g) => <Link to={`/mothers?group=${encodeURIComponent(g.id)}`}>{g.name}</Link> },
    { key: 'description', header: t('pool.group.description'), cell: (g) => g.description || '—' },
    { key: 'template', header: t('pool.group.teamNameTemplate'), className: 'code', cell: (g) => g.teamNameTemplate || '—' },
    { key: 'created', header: t('pool.mother.createdAt'), cell: (g) => formatDateTime(g.createdAt, lang) },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (g) => (
        <>
          <button type="button" onClick={() => setEditing(g)}>{t('pool.mother.edit')}</button>
          <button type="button" className="danger-text" onClick={() => setDeleting(g)}>{t('pool.mother.delete')}</button>
        </>
      ),
    },
  ];
  return (
    <Page title={t('nav.groups')} actions={<button type="button" className="primary" onClick={() => setEditing(null)}>{t('pool.group.add')}</button>}>
      <p className="muted">{t('pool.group.intro')}</p>
      <ExplainedErrorNotice error={error} />
      {busy ? <Progress label={busy} /> : null}
      {!loading && data && data.motherGroups.total === 0 ? (
        <div className="panel empty-state">
          <p>{t('pool.group.empty')}</p>
          <button type="button" className="primary" onClick={() => setEditing(null)}>{t('pool.group.add')}</button>
        </div>
      ) : (
        <DataTable caption={t('nav.groups')} columns={columns} rows={data?.motherGroups.items} rowKey={(g) => g.id} loading={loading}
          page={{ page, pageSize, total: data?.motherGroups.total ?? 0, onPage: setPage, onPageSize: (s) => { setPageSize(s); setPage(1); } }} />
      )}
      <Dialog open={editing !== undefined} title={editing ? t('pool.group.editTitle', { name: editing.name }) : t('pool.group.createTitle')} onClose={() => setEditing(undefined)}>
        <GroupForm key={editing?.id ?? 'new'} group={editing ?? null} onDone={() => setEditing(undefined)} />
      </Dialog>
      <ConfirmDialog
        open={!!deleting}
        title={t('pool.group.deleteTitle')}
        message={deleting ? t('pool.group.deleteConfirm', { name: deleting.name }) : ''}
        confirmLabel={t('pool.mother.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          const g = deleting!;
          setDeleting(null);
          await run(t('common.working'), () => remove({ variables: { input: { id: g.id } }, refetchQueries: ['MotherGroupsList', 'PoolGroupChoices'] }), () => t('pool.group.deleted', { name: g.name }));
        }}
      />
    </Page>
  );
}

function GroupForm({ group, onDone }: { group: Group | null; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [template, setTemplate] = useState(group?.teamNameTemplate ?? '');
  const [nameError, setNameError] = useState<string>();
  const [create, created] = useMutation(CreateMotherGroupDocument);
  const [update, updated] = useMutation(UpdateMotherGroupDocument);
  const busy = created.loading || updated.loading;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = required(name);
    setNameError(problem && t(problem));
    if (problem) return;
    const fields = { name: name.trim(), description: description.trim() || null, teamNameTemplate: template.trim() || null };
    try {
      if (group) await update({ variables: { input: { id: group.id, ...fields } } });
      else await create({ variables: { input: fields }, refetchQueries: ['MotherGroupsList', 'PoolGroupChoices'] });
      toast('ok', t('pool.group.saved', { name: fields.name }));
      onDone();
    } catch {
      // shown below
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField label={t('pool.group.name')} value={name} onChange={(e) => setName(e.target.value)} error={nameError} maxLength={100} autoFocus />
      <TextField label={t('pool.group.description')} value={description} onChange={(e) => setDescription(e.target.value)} />
      <TextField label={t('pool.group.teamNameTemplate')} value={template} onChange={(e) => setTemplate(e.target.value)} hint={t('pool.group.templateHint')} spellCheck={false} />
      <ExplainedErrorNotice error={created.error ?? updated.error} />
      {busy ? <Progress label={t('common.working')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{group ? t('common.save') : t('pool.group.create')}</button>
        <button type="button" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
