import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../core/i18n';
import {
  ApplyTeamNameTemplateDocument, DisableMotherDocument, EnableMotherDocument, MotherDetailDocument, RefreshMotherTeamsDocument,
  SyncMotherChildrenDocument, UpdateTeamDocument, type MotherDetailQuery,
} from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { required } from '../../../ui/validate';
import '../pool.css';
import { ChildStatusBadge, HealthBadge, MotherStatusBadge, SeatBadge, YesNo } from '../shared/badges';
import { useAction } from '../../../ui/useAction';
import { CreateChildDialog } from '../child-accounts/CreateChildDialog';
import { DeleteMotherDialog, MotherFormDialog, ReplaceTokenDialog } from './MotherDialogs';
import { TokenExpiry } from './MothersPage';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

type Mother = NonNullable<MotherDetailQuery['mother']>;
type Team = Mother['teams'][number];
type Seat = Mother['seats'][number];
type Child = Mother['children'][number];

export default function MotherDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MotherDetailDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [addingChild, setAddingChild] = useState(false);
  const [renaming, setRenaming] = useState<Team | null>(null);
  const [enable] = useMutation(EnableMotherDocument);
  const [disable] = useMutation(DisableMotherDocument);
  const [refreshTeams] = useMutation(RefreshMotherTeamsDocument);
  const [applyTemplate] = useMutation(ApplyTeamNameTemplateDocument);
  const [syncChildren] = useMutation(SyncMotherChildrenDocument);
  const [updateTeam] = useMutation(UpdateTeamDocument);
  const { busy, run } = useAction();

  const m = data?.mother;
  if (!m) {
    return (
      <Page title={t('mother.detail')}>
        <ExplainedErrorNotice error={error} />
        {loading ? <Progress label={t('common.loading')} /> : !error ? (
          <div className="panel empty-state">
            <p>{t('pool.mother.notFound')}</p>
            <Link className="button" to="/mothers">{t('pool.mother.backToList')}</Link>
          </div>
        ) : null}
      </Page>
    );
  }

  const teamColumns: Column<Team>[] = [
    { key: 'name', header: t('pool.team.name'), cell: (tm) => tm.name ?? <span className="muted">—</span> },
    { key: 'id', header: t('pool.team.id'), className: 'code', cell: (tm) => tm.teamId },
    { key: 'enabled', header: t('pool.team.enabled'), cell: (tm) => <YesNo value={tm.isEnabled} /> },
    { key: 'default', header: t('pool.team.default'), cell: (tm) => (tm.isDefault ? <span className="badge badge-ok">{t('pool.team.default')}</span> : '') },
    { key: 'lost', header: t('pool.team.lostAt'), cell: (tm) => (tm.lostAt ? <span className="badge badge-err">{formatDateTime(tm.lostAt, lang)}</span> : '—') },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (tm) => (
        <>
          <button type="button" onClick={() => setRenaming(tm)}>{t('pool.team.rename')}</button>
          <button type="button" disabled={!!busy}
            onClick={() => run(t('common.working'), () => updateTeam({ variables: { input: { motherId: m.id, teamId: tm.teamId, isEnabled: !tm.isEnabled } } }),
              () => (tm.isEnabled ? t('pool.team.disabledToast', { team: tm.name ?? tm.teamId }) : t('pool.team.enabledToast', { team: tm.name ?? tm.teamId })))}>
            {tm.isEnabled ? t('pool.team.disable') : t('pool.team.enable')}
          </button>
          {!tm.isDefault ? (
            <button type="button" disabled={!!busy}
              onClick={() => run(t('common.working'), () => updateTeam({ variables: { input: { motherId: m.id, teamId: tm.teamId, isDefault: true } } }),
                () => t('pool.team.defaultToast', { team: tm.name ?? tm.teamId }))}>
              {t('pool.team.makeDefault')}
            </button>
          ) : null}
        </>
      ),
    },
  ];
  const teamName = (teamId: string | null | undefined) => (teamId ? m.teams.find((x) => x.teamId === teamId)?.name ?? teamId : '—');
  const seatColumns: Column<Seat>[] = [
    { key: 'slot', header: t('pool.seat.slot'), className: 'num', cell: (s) => s.slotIndex + 1 },
    { key: 'status', header: t('pool.mother.status'), cell: (s) => <SeatBadge status={s.status} /> },
    { key: 'email', header: t('pool.seat.email'), cell: (s) => s.email ?? '—' },
    { key: 'team', header: t('pool.seat.team'), cell: (s) => teamName(s.teamId) },
    { key: 'origin', header: t('pool.seat.origin'), cell: (s) => (s.origin ? t(`pool.seat.origin.${s.origin}`) : '—') },
    { key: 'held', header: t('pool.seat.heldUntil'), cell: (s) => (s.heldUntil ? formatDateTime(s.heldUntil, lang) : '—') },
  ];
  const childColumns: Column<Child>[] = [
    { key: 'email', header: t('pool.child.email'), cell: (c) => c.email },
    { key: 'name', header: t('pool.child.name'), cell: (c) => c.name ?? '—' },
    { key: 'status', header: t('pool.mother.status'), cell: (c) => <ChildStatusBadge status={c.status} /> },
    { key: 'origin', header: t('pool.child.origin'), cell: (c) => t(`pool.child.origin.${c.origin}`) },
    { key: 'team', header: t('pool.seat.team'), cell: (c) => teamName(c.teamId) },
    { key: 'seen', header: t('pool.child.lastSeenAt'), cell: (c) => formatDateTime(c.lastSeenAt, lang) },
  ];
  const rate = m.inviteAcceptanceRate;

  return (
    <Page
      title={m.name}
      actions={
        <>
          <button type="button" onClick={() => setEditing(true)}>{t('pool.mother.edit')}</button>
          {m.status === 'ACTIVE' ? (
            <button type="button" disabled={!!busy} onClick={() => run(t('pool.mother.disabling', { name: m.name }), () => disable({ variables: { input: { id: m.id } } }), () => t('pool.mother.disabled', { name: m.name }))}>{t('pool.mother.disable')}</button>
          ) : (
            <button type="button" disabled={!!busy} onClick={() => run(t('pool.mother.enabling', { name: m.name }), () => enable({ variables: { input: { id: m.id } } }), () => t('pool.mother.enabled', { name: m.name }))}>{t('pool.mother.enable')}</button>
          )}
          <button type="button" onClick={() => setReplacing(true)}>{t('pool.mother.replaceToken')}</button>
          <button type="button" disabled={!!busy} onClick={() => run(t('pool.mother.refreshingTeams', { name: m.name }), () => refreshTeams({ variables: { input: { id: m.id } } }), (r) => t('pool.mother.teamsRefreshed', { name: m.name, count: r.data?.refreshMotherTeams.teams.length ?? 0 }))}>{t('pool.mother.refreshTeams')}</button>
          <button type="button" className="danger" onClick={() => setDeleting(true)}>{t('pool.mother.delete')}</button>
        </>
      }
    >
      <p className="muted"><Link to="/mothers">← {t('pool.mother.backToList')}</Link></p>
      <ExplainedErrorNotice error={error} />
      {busy ? <Progress label={busy} /> : null}
      <div className="detail-grid">
        <section className="panel" aria-labelledby="mother-summary">
          <h2 id="mother-summary">{t('pool.mother.summary')}</h2>
          <dl className="kv">
            <dt>{t('pool.mother.status')}</dt>
            <dd><MotherStatusBadge status={m.status} /> {m.statusReason ? <span className="muted small">{m.statusReason}</span> : null}</dd>
            <dt>{t('pool.mother.health')}</dt>
            <dd><HealthBadge health={m.health} /> <span className="muted small">{formatDateTime(m.lastHealthCheckAt, lang)}</span></dd>
            <dt>{t('pool.mother.tokenExpiresAt')}</dt>
            <dd><TokenExpiry iso={m.tokenExpiresAt} lang={lang} /></dd>
            <dt>{t('pool.mother.motherGroup')}</dt>
            <dd>{m.motherGroup?.name ?? '—'}</dd>
            <dt>{t('pool.mother.poolGroup')}</dt>
            <dd>{m.poolGroup?.name ?? '—'}</dd>
            <dt>{t('pool.mother.notes')}</dt>
            <dd>{m.notes || '—'}</dd>
            <dt>{t('pool.mother.createdAt')}</dt>
            <dd>{formatDateTime(m.createdAt, lang)}</dd>
            <dt>{t('pool.mother.lastSyncAt')}</dt>
            <dd>{formatDateTime(m.lastSyncAt, lang)}</dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="mother-usage">
          <h2 id="mother-usage">{t('pool.mother.usage')}</h2>
          <dl className="kv">
            <dt>{t('pool.mother.seatLimit')}</dt>
            <dd>{m.seatLimit}</dd>
            <dt>{t('pool.seat.USED')}</dt>
            <dd>{m.seatsUsed}</dd>
            <dt>{t('pool.seat.HELD')}</dt>
            <dd>{m.seatsHeld}</dd>
            <dt>{t('pool.seat.FREE')}</dt>
            <dd>{m.seatsFree}</dd>
            <dt>{t('pool.mother.upstreamOccupants')}</dt>
            <dd>{m.upstreamOccupants ?? '—'}{m.unrecordedMembers > 0 ? <> · <span className="badge badge-warn">{t('pool.mother.unrecorded', { count: m.unrecordedMembers })}</span></> : null}</dd>
            <dt>{t('pool.mother.codesRedeemed')}</dt>
            <dd>{m.codesRedeemed}</dd>
            <dt>{t('pool.mother.invites')}</dt>
            <dd>{t('pool.mother.invitesCell', { delivered: m.invitesDelivered, accepted: m.invitesAccepted, rate: rate == null ? '—' : `${Math.round(rate * 100)}%` })}</dd>
          </dl>
        </section>
      </div>

      <div className="page-head">
        <h2>{t('pool.mother.teams')}</h2>
        <div className="page-actions">
          <button type="button" disabled={!!busy} onClick={() => run(t('pool.team.applyingTemplate'), () => applyTemplate({ variables: { input: { motherId: m.id } } }), (r) => t('pool.team.templateApplied', { count: r.data?.applyTeamNameTemplate.renamed ?? 0 }))}>
            {t('pool.team.applyTemplate')}
          </button>
        </div>
      </div>
      <DataTable caption={t('pool.mother.teams')} columns={teamColumns} rows={m.teams} rowKey={(tm) => tm.teamId} />

      <h2>{t('pool.mother.seatLedger')}</h2>
      <DataTable caption={t('pool.mother.seatLedger')} columns={seatColumns} rows={m.seats} rowKey={(s) => String(s.slotIndex)} />

      <div className="page-head">
        <h2>{t('nav.childAccounts')} ({m.childrenCount})</h2>
        <div className="page-actions">
          <button type="button" disabled={!!busy}
            onClick={() => run(t('pool.child.syncing'), () => syncChildren({ variables: { input: { motherId: m.id } } }).then(async (r) => { await refetch(); return r; }),
              (r) => {
                const s = r.data?.syncChildAccounts;
                if (!s) return undefined;
                return s.error ? t('pool.child.syncStopped', { reason: s.error }) : t('pool.child.synced', { occupants: s.occupants, discovered: s.discovered, missing: s.missing });
              })}>
            {t('pool.child.sync')}
          </button>
          <button type="button" onClick={() => setAddingChild(true)}>{t('pool.child.add')}</button>
          <Link className="button" to={`/child-accounts?mother=${encodeURIComponent(m.id)}`}>{t('pool.child.all')}</Link>
        </div>
      </div>
      <DataTable caption={t('nav.childAccounts')} columns={childColumns} rows={m.children} rowKey={(c) => c.id} />

      <MotherFormDialog open={editing} mother={m} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <ReplaceTokenDialog mother={replacing ? m : null} onClose={() => setReplacing(false)} />
      <DeleteMotherDialog mother={deleting ? m : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('/mothers', { replace: true })} />
      <CreateChildDialog open={addingChild} motherId={m.id} teams={m.teams.filter((x) => x.isEnabled)} onClose={() => setAddingChild(false)} onCreated={() => { setAddingChild(false); void refetch(); }} />
      <RenameTeamDialog motherId={m.id} team={renaming} onClose={() => setRenaming(null)} />
    </Page>
  );
}

function RenameTeamDialog({ motherId, team, onClose }: { motherId: string; team: Team | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={!!team} title={team ? t('pool.team.renameTitle', { team: team.name ?? team.teamId }) : ''} onClose={onClose}>
      {team ? <RenameTeamForm key={team.teamId} motherId={motherId} team={team} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RenameTeamForm({ motherId, team, onClose }: { motherId: string; team: Team; onClose: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [name, setName] = useState(team.name ?? '');
  const [fieldError, setFieldError] = useState<string>();
  const [save, { loading: saving, error }] = useMutation(UpdateTeamDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = required(name);
    setFieldError(problem && t(problem));
    if (problem) return;
    try {
      const r = await save({ variables: { input: { motherId, teamId: team.teamId, name: name.trim() } } });
      toast('ok', r.data?.updateTeam.renamedUpstream ? t('pool.team.renamedUpstream', { team: name.trim() }) : t('pool.team.renamedLocal', { team: name.trim() }));
      onClose();
    } catch {
      // shown below
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField label={t('pool.team.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError} maxLength={200} autoFocus />
      <ExplainedErrorNotice error={error} />
      {saving ? <Progress label={t('pool.team.renaming')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>{t('common.save')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
