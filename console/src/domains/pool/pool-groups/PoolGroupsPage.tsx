import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../core/i18n';
import {
  CreatePoolGroupDocument, DeletePoolGroupDocument, PoolGroupNamePreviewDocument, PoolGroupsListDocument, SyncPoolGroupDocument,
  UpdatePoolGroupDocument, type PoolGroupRowFragment, type SyncPoolGroupMutation,
} from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog, Dialog } from '../../../ui/Dialog';
import { CheckboxField, TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { required } from '../../../ui/validate';
import '../pool.css';
import { YesNo } from '../shared/badges';
import { useAction } from '../../../ui/useAction';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

type SyncResult = SyncPoolGroupMutation['syncPoolGroup'];

export default function PoolGroupsPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data, loading, error } = useQuery(PoolGroupsListDocument, { variables: { page, pageSize } });
  const [editing, setEditing] = useState<PoolGroupRowFragment | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<PoolGroupRowFragment | null>(null);
  const [synced, setSynced] = useState<{ group: PoolGroupRowFragment; result: SyncResult } | null>(null);
  const [remove] = useMutation(DeletePoolGroupDocument);
  const [sync] = useMutation(SyncPoolGroupDocument);
  const { busy, run } = useAction();

  const columns: Column<PoolGroupRowFragment>[] = [
    { key: 'name', header: t('pool.group.name'), cell: (g) => <Link to={`/mothers?pool=${encodeURIComponent(g.id)}`}>{g.name}</Link> },
    { key: 'active', header: t('pool.poolGroup.active'), cell: (g) => <YesNo value={g.isActive} /> },
    { key: 'mothers', header: t('nav.mothers'), className: 'num', cell: (g) => g.mothersCount },
    { key: 'team', header: t('pool.poolGroup.teamTemplate'), className: 'code', cell: (g) => g.teamTemplate || <span className="muted">{t('pool.poolGroup.default')}</span> },
    { key: 'child', header: t('pool.poolGroup.childEmailTemplate'), className: 'code', cell: (g) => g.childEmailTemplate || <span className="muted">{t('pool.poolGroup.default')}</span> },
    { key: 'auto', header: t('pool.poolGroup.autoInviteShort'), cell: (g) => <YesNo value={g.autoInvite} /> },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (g) => (
        <>
          <button type="button" onClick={() => setEditing(g)}>{t('pool.mother.edit')}</button>
          <button type="button" disabled={!!busy || !g.isActive}
            onClick={async () => {
              const r = await run(t('pool.poolGroup.syncing', { name: g.name }), () => sync({ variables: { input: { poolGroupId: g.id } } }));
              if (r?.data) setSynced({ group: g, result: r.data.syncPoolGroup });
            }}>
            {t('pool.poolGroup.sync')}
          </button>
          <button type="button" className="danger-text" onClick={() => setDeleting(g)}>{t('pool.mother.delete')}</button>
        </>
      ),
    },
  ];
  return (
    <Page title={t('nav.poolGroups')} actions={<button type="button" className="primary" onClick={() => setEditing(null)}>{t('pool.poolGroup.add')}</button>}>
      <p className="muted">{t('pool.poolGroup.intro')}</p>
      <ExplainedErrorNotice error={error} />
      {busy ? <Progress label={busy} /> : null}
      {!loading && data && data.poolGroups.total === 0 ? (
        <div className="panel empty-state">
          <p>{t('pool.poolGroup.empty')}</p>
          <button type="button" className="primary" onClick={() => setEditing(null)}>{t('pool.poolGroup.add')}</button>
        </div>
      ) : (
        <DataTable caption={t('nav.poolGroups')} columns={columns} rows={data?.poolGroups.items} rowKey={(g) => g.id} loading={loading}
          page={{ page, pageSize, total: data?.poolGroups.total ?? 0, onPage: setPage, onPageSize: (s) => { setPageSize(s); setPage(1); } }} />
      )}
      <PoolGroupDialog group={editing} onClose={() => setEditing(undefined)} onCreated={(g) => setEditing(g)} />
      <SyncResultDialog synced={synced} onClose={() => setSynced(null)} />
      <ConfirmDialog
        open={!!deleting}
        title={t('pool.poolGroup.deleteTitle')}
        message={deleting ? t('pool.group.deleteConfirm', { name: deleting.name }) : ''}
        confirmLabel={t('pool.mother.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          const g = deleting!;
          setDeleting(null);
          await run(t('common.working'), () => remove({ variables: { input: { id: g.id } }, refetchQueries: ['PoolGroupsList', 'PoolGroupChoices'] }), () => t('pool.group.deleted', { name: g.name }));
        }}
      />
    </Page>
  );
}

/**
 * Create, then edit with a live preview of the names the templates make (the preview needs a
 * stored group: after "Create" the dialog stays open on the new group, previewing as you type).
 */
function PoolGroupDialog({ group, onClose, onCreated }: { group: PoolGroupRowFragment | null | undefined; onClose: () => void; onCreated: (g: PoolGroupRowFragment) => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={group !== undefined} title={group ? t('pool.poolGroup.editTitle', { name: group.name }) : t('pool.poolGroup.createTitle')} onClose={onClose}>
      {group !== undefined ? <PoolGroupForm key={group?.id ?? 'new'} group={group} onClose={onClose} onCreated={onCreated} /> : null}
    </Dialog>
  );
}

type Fields = 'name' | 'description' | 'teamTemplate' | 'childNameTemplate' | 'childEmailTemplate' | 'emailDomain';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

function PoolGroupForm({ group, onClose, onCreated }: { group: PoolGroupRowFragment | null; onClose: () => void; onCreated: (g: PoolGroupRowFragment) => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [values, setValues] = useState<Record<Fields, string>>({
    name: group?.name ?? '', description: group?.description ?? '', teamTemplate: group?.teamTemplate ?? '',
    childNameTemplate: group?.childNameTemplate ?? '', childEmailTemplate: group?.childEmailTemplate ?? '', emailDomain: group?.emailDomain ?? '',
  });
  const [isActive, setIsActive] = useState(group?.isActive ?? true);
  const [autoInvite, setAutoInvite] = useState(group?.autoInvite ?? false);
  const [nameError, setNameError] = useState<string>();
  const [create, created] = useMutation(CreatePoolGroupDocument);
  const [update, updated] = useMutation(UpdatePoolGroupDocument);
  const busy = created.loading || updated.loading;
  const set = (f: Fields) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value }));
  const opt = (s: string) => s.trim() || null;

  const previewInput = useDebounced(
    group ? {
      poolGroupId: group.id, teamTemplate: opt(values.teamTemplate), childNameTemplate: opt(values.childNameTemplate),
      childEmailTemplate: opt(values.childEmailTemplate), emailDomain: opt(values.emailDomain), count: 3,
    } : null,
    300,
  );
  const preview = useQuery(PoolGroupNamePreviewDocument, { variables: { input: previewInput! }, skip: !previewInput, fetchPolicy: 'network-only' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = required(values.name);
    setNameError(problem && t(problem));
    if (problem) return;
    const fields = {
      name: values.name.trim(), description: opt(values.description), teamTemplate: opt(values.teamTemplate),
      childNameTemplate: opt(values.childNameTemplate), childEmailTemplate: opt(values.childEmailTemplate), emailDomain: opt(values.emailDomain), autoInvite,
    };
    try {
      if (group) {
        await update({ variables: { input: { id: group.id, ...fields, isActive } } });
        toast('ok', t('pool.group.saved', { name: fields.name }));
        onClose();
      } else {
        const { data } = await create({ variables: { input: fields }, refetchQueries: ['PoolGroupsList', 'PoolGroupChoices'] });
        if (!data) return;
        toast('ok', t('pool.poolGroup.createdPreview', { name: fields.name }));
        onCreated(data.createPoolGroup);
      }
    } catch {
      // shown below
    }
  };
  const p = preview.data?.poolGroupNamePreview;
  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField label={t('pool.group.name')} value={values.name} onChange={set('name')} error={nameError} maxLength={100} autoFocus />
        <TextField label={t('pool.group.description')} value={values.description} onChange={set('description')} />
        <TextField label={t('pool.poolGroup.teamTemplate')} value={values.teamTemplate} onChange={set('teamTemplate')} placeholder="{group}-{date}-{seq3}" spellCheck={false} />
        <TextField label={t('pool.poolGroup.childNameTemplate')} value={values.childNameTemplate} onChange={set('childNameTemplate')} placeholder="{group}-child-{seq3}" spellCheck={false} />
        <TextField label={t('pool.poolGroup.childEmailTemplate')} value={values.childEmailTemplate} onChange={set('childEmailTemplate')} placeholder="{group}-{date}-{seq3}@{domain}" spellCheck={false} />
        <TextField label={t('pool.poolGroup.emailDomain')} value={values.emailDomain} onChange={set('emailDomain')} placeholder="example.com" spellCheck={false} />
      </div>
      <p className="field-hint placeholders-hint">{t('pool.poolGroup.placeholders')}</p>
      <CheckboxField label={t('pool.poolGroup.autoInvite')} checked={autoInvite} onChange={(e) => setAutoInvite(e.target.checked)} />
      {group ? <CheckboxField label={t('pool.poolGroup.active')} checked={isActive} onChange={(e) => setIsActive(e.target.checked)} /> : null}
      <section className="preview" aria-labelledby="pg-preview" aria-live="polite">
        <h3 id="pg-preview">{t('pool.poolGroup.preview')}</h3>
        {!group ? <p className="field-hint">{t('pool.poolGroup.previewAfterCreate')}</p> : preview.error ? <ExplainedErrorNotice error={preview.error} /> : p ? (
          <>
            <div>{t('pool.poolGroup.previewTeams')}</div>
            <ul>{p.teamNames.map((n, i) => <li key={`t${i}`}>{n}</li>)}</ul>
            <div>{t('pool.poolGroup.previewChildren')}</div>
            <ul>{p.childNames.map((n, i) => <li key={`c${i}`}>{n} · {p.childEmails[i] ?? ''}</li>)}</ul>
          </>
        ) : <Progress label={t('common.loading')} />}
      </section>
      <ExplainedErrorNotice error={created.error ?? updated.error} />
      {busy ? <Progress label={t('common.working')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{group ? t('common.save') : t('pool.poolGroup.create')}</button>
        <button type="button" onClick={onClose}>{group ? t('common.close') : t('common.cancel')}</button>
      </div>
    </form>
  );
}

function SyncResultDialog({ synced, onClose }: { synced: { group: PoolGroupRowFragment; result: SyncResult } | null; onClose: () => void }) {
  const { t } = useI18n();
  type Row = SyncResult['mothers'][number];
  const columns: Column<Row>[] = [
    { key: 'mother', header: t('mother.detail'), cell: (r) => <Link to={`/mothers/${r.motherId}`}>{t('pool.child.openMother')}</Link> },
    { key: 'occupants', header: t('pool.mother.upstreamOccupants'), className: 'num', cell: (r) => r.sync?.occupants ?? '—' },
    { key: 'renamed', header: t('pool.poolGroup.renamed'), className: 'num', cell: (r) => r.renamed },
    { key: 'invited', header: t('pool.poolGroup.invited'), className: 'num', cell: (r) => r.invited },
    { key: 'errors', header: t('pool.poolGroup.errors'), cell: (r) => (r.errors.length || r.sync?.error ? <span className="badge badge-err">{[r.sync?.error, ...r.errors].filter(Boolean).join('; ')}</span> : '—') },
  ];
  return (
    <Dialog open={!!synced} title={synced ? t('pool.poolGroup.syncedTitle', { name: synced.group.name }) : ''} onClose={onClose}
      actions={<button type="button" onClick={onClose}>{t('common.close')}</button>}>
      {synced ? (
        synced.result.mothers.length === 0 ? <p>{t('pool.poolGroup.syncNoMothers')}</p> : (
          <DataTable caption={t('pool.poolGroup.syncedTitle', { name: synced.group.name })} columns={columns} rows={synced.result.mothers} rowKey={(r) => r.motherId} />
        )
      ) : null}
    </Dialog>
  );
}
