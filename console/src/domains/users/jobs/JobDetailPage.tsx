import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../core/i18n';
import { BatchJobDocument, CancelBatchJobDocument, RetryBatchJobDocument, type BatchJobItemStatus } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorNotice, useErrorText } from '../../../ui/ErrorNotice';
import { SelectField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { canRetry, isActive, POLL_MS } from './job-status';

const ITEM_STATUSES: BatchJobItemStatus[] = ['PENDING', 'SUCCEEDED', 'FAILED'];

/** One batch job: live progress (polled while it runs), per-item results, retry and cancel. */
export default function JobDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const [itemPage, setItemPage] = useState(1);
  const [itemPageSize, setItemPageSize] = useState(20);
  const [itemStatus, setItemStatus] = useState('');
  const variables = { id, itemPage, itemPageSize, itemStatus: (itemStatus || undefined) as BatchJobItemStatus | undefined };
  const { data, loading, error, refetch } = useQuery(BatchJobDocument, { variables });
  const job = data?.batchJob;
  useQuery(BatchJobDocument, { variables, pollInterval: POLL_MS, skip: !job || !isActive(job.status), fetchPolicy: 'network-only' });
  const [retry, retrying] = useMutation(RetryBatchJobDocument);
  const [cancel, cancelling] = useMutation(CancelBatchJobDocument);

  const act = async (run: () => Promise<unknown>, ok: string) => {
    try {
      await run();
      toast('ok', ok);
      await refetch();
    } catch (e) {
      toast('error', errorText(e));
    }
  };

  type Item = NonNullable<typeof job>['items']['items'][number];
  const columns: Column<Item>[] = [
    { key: 'target', header: t('jobs.target'), cell: (i) => <span className="mono">{i.targetId}</span> },
    { key: 'status', header: t('jobs.status'), cell: (i) => <Badge value={i.status} label={t(`jobItemStatus.${i.status}`)} /> },
    { key: 'attempts', header: t('jobs.attempts'), cell: (i) => i.attempts },
    { key: 'error', header: t('jobs.error'), cell: (i) => i.error ?? '' },
    { key: 'updated', header: t('jobs.updated'), cell: (i) => formatDateTime(i.updatedAt, lang) },
  ];

  if (!loading && !error && !job) {
    return (
      <Page title={t('job.detail')}>
        <p className="notice">{t('jobs.notFound')}</p>
        <Link to="/jobs">{t('nav.jobs')}</Link>
      </Page>
    );
  }
  return (
    <Page
      title={job ? `${t('job.detail')} ${job.id}` : t('job.detail')}
      actions={
        job ? (
          <>
            {isActive(job.status) ? (
              <button type="button" disabled={cancelling.loading} onClick={() => act(() => cancel({ variables: { input: { id: job.id } } }), t('jobs.cancelled'))}>{t('jobs.cancel')}</button>
            ) : null}
            {canRetry(job.status) ? (
              <button type="button" className="primary" disabled={retrying.loading} onClick={() => act(() => retry({ variables: { input: { id: job.id } } }), t('jobs.retried'))}>{t('jobs.retry')}</button>
            ) : null}
          </>
        ) : undefined
      }
    >
      <ErrorNotice error={error} />
      {job ? (
        <>
          <div className="panel">
            <Progress label={isActive(job.status) ? t('jobs.running') : t(`jobStatus.${job.status}`)} done={job.done} total={job.total} />
            <dl className="kv">
              <dt>{t('jobs.status')}</dt>
              <dd><Badge value={job.status} label={t(`jobStatus.${job.status}`)} /></dd>
              <dt>{t('jobs.type')}</dt>
              <dd>{t(`jobType.${job.type}`)}</dd>
              <dt>{t('jobs.result')}</dt>
              <dd>{t('jobs.resultCounts', { ok: job.succeeded, failed: job.failed })}</dd>
              <dt>{t('jobs.attempts')}</dt>
              <dd>{job.attempts} / {job.maxAttempts}</dd>
              <dt>{t('jobs.actor')}</dt>
              <dd>{job.actor}</dd>
              <dt>{t('jobs.created')}</dt>
              <dd>{formatDateTime(job.createdAt, lang)}</dd>
              <dt>{t('jobs.finished')}</dt>
              <dd>{formatDateTime(job.finishedAt, lang)}</dd>
              {job.lastError ? (
                <>
                  <dt>{t('jobs.error')}</dt>
                  <dd>{job.lastError}</dd>
                </>
              ) : null}
            </dl>
          </div>
          <h2>{t('jobs.items')}</h2>
          <div className="filters">
            <SelectField
              label={t('jobs.itemStatus')}
              value={itemStatus}
              onChange={(e) => {
                setItemStatus(e.target.value);
                setItemPage(1);
              }}
              options={[{ value: '', label: t('common.all') }, ...ITEM_STATUSES.map((s) => ({ value: s, label: t(`jobItemStatus.${s}`) }))]}
            />
          </div>
          <DataTable
            caption={t('jobs.items')}
            columns={columns}
            rows={job.items.items}
            rowKey={(i) => i.targetId}
            loading={loading}
            page={{ page: itemPage, pageSize: itemPageSize, total: job.items.total, onPage: setItemPage, onPageSize: (s) => { setItemPageSize(s); setItemPage(1); } }}
          />
        </>
      ) : (
        <Progress label={t('common.loading')} />
      )}
    </Page>
  );
}
