import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { compact, useListState } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import { CodeSkusDocument, CreateCodeSkuDocument, UpdateCodeSkuDocument } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNotice, useErrorText } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { FilterBar } from '../../../ui/FilterBar';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toasts';
import { EMPTY_SKU, skuInput, validateSku, type SkuForm } from './sku-form';

const FILTERS = { search: '', includeInactive: '' };

export default function SkusPage() {
  const { t } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const list = useListState(FILTERS);
  const filter = compact({ search: list.filters.search.trim(), includeInactive: list.filters.includeInactive === '1' || undefined });
  const { data, loading, error, refetch } = useQuery(CodeSkusDocument, { variables: { filter, page: list.page, pageSize: list.pageSize } });
  const [editing, setEditing] = useState<{ id?: string; form: SkuForm } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof SkuForm, string>>>({});
  const [create, creating] = useMutation(CreateCodeSkuDocument);
  const [update, updating] = useMutation(UpdateCodeSkuDocument);
  const saveError = creating.error ?? updating.error;

  const set = (k: keyof SkuForm) => (e: { target: { value: string } }) => setEditing((s) => (s ? { ...s, form: { ...s.form, [k]: e.target.value } } : s));
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    const found = validateSku(editing.form);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      if (editing.id) await update({ variables: { input: { id: editing.id, ...skuInput(editing.form) } } });
      else await create({ variables: { input: skuInput(editing.form) } });
      toast('ok', t('skus.saved'));
      setEditing(null);
      await refetch();
    } catch {
      // shown in the dialog
    }
  };
  const toggle = async (id: string, active: boolean) => {
    try {
      await update({ variables: { input: { id, active } } });
      toast('ok', t(active ? 'skus.activated' : 'skus.deactivated'));
      await refetch();
    } catch (e) {
      toast('error', errorText(e));
    }
  };

  type Row = NonNullable<typeof data>['codeSkus']['items'][number];
  const limit = (n: number | null | undefined) => (n === null || n === undefined ? t('skus.unlimited') : String(n));
  const columns: Column<Row>[] = [
    { key: 'name', header: t('skus.name'), cell: (r) => r.name },
    { key: 'slug', header: t('skus.slug'), cell: (r) => <span className="mono">{r.slug}</span> },
    { key: 'days', header: t('skus.lifecycleDays'), cell: (r) => r.lifecycleDays },
    { key: 'price', header: t('skus.price'), cell: (r) => (r.priceCents / 100).toFixed(2) },
    { key: 'switch', header: t('skus.switchLimit'), cell: (r) => limit(r.switchLimit) },
    { key: 'refresh', header: t('skus.refreshLimit'), cell: (r) => limit(r.refreshLimit) },
    { key: 'active', header: t('skus.active'), cell: (r) => <Badge value={String(r.active)} label={r.active ? t('common.yes') : t('common.no')} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (r) => (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setErrors({});
              setEditing({
                id: r.id,
                form: {
                  name: r.name, slug: r.slug, description: r.description ?? '', lifecycleDays: String(r.lifecycleDays),
                  price: (r.priceCents / 100).toFixed(2), switchLimit: r.switchLimit == null ? '' : String(r.switchLimit),
                  refreshLimit: r.refreshLimit == null ? '' : String(r.refreshLimit),
                },
              });
            }}
          >
            {t('skus.edit')}
          </button>
          <button type="button" onClick={() => toggle(r.id, !r.active)}>{r.active ? t('skus.deactivate') : t('skus.activate')}</button>
        </div>
      ),
    },
  ];

  return (
    <Page title={t('nav.skus')} actions={<button type="button" className="primary" onClick={() => { setErrors({}); setEditing({ form: EMPTY_SKU }); }}>{t('skus.create')}</button>}>
      <FilterBar label={t('skus.filters')} value={list.filters} onApply={list.setFilters} onReset={list.resetFilters}>
        {(draft, set) => (
          <>
            <TextField label={t('skus.search')} type="search" value={draft.search} onChange={set('search')} />
            <SelectField label={t('skus.show')} value={draft.includeInactive} onChange={set('includeInactive')} options={[{ value: '', label: t('skus.activeOnly') }, { value: '1', label: t('skus.allSkus') }]} />
          </>
        )}
      </FilterBar>
      <ErrorNotice error={error} />
      <DataTable
        caption={t('nav.skus')}
        columns={columns}
        rows={data?.codeSkus.items}
        rowKey={(r) => r.id}
        loading={loading}
        page={{ page: list.page, pageSize: list.pageSize, total: data?.codeSkus.total ?? 0, onPage: list.setPage, onPageSize: list.setPageSize }}
      />
      <Dialog open={editing !== null} title={editing?.id ? t('skus.edit') : t('skus.create')} onClose={() => setEditing(null)}>
        {editing ? (
          <form onSubmit={save} noValidate>
            <div className="form-grid">
              <TextField label={t('skus.name')} value={editing.form.name} onChange={set('name')} error={errors.name && t(errors.name)} />
              <TextField label={t('skus.slug')} value={editing.form.slug} onChange={set('slug')} error={errors.slug && t(errors.slug)} />
              <TextField label={t('skus.lifecycleDays')} type="number" value={editing.form.lifecycleDays} onChange={set('lifecycleDays')} error={errors.lifecycleDays && t(errors.lifecycleDays)} />
              <TextField label={t('skus.price')} inputMode="decimal" value={editing.form.price} onChange={set('price')} error={errors.price && t(errors.price)} />
              <TextField label={t('skus.switchLimit')} type="number" value={editing.form.switchLimit} onChange={set('switchLimit')} error={errors.switchLimit && t(errors.switchLimit)} hint={t('skus.limitHint')} />
              <TextField label={t('skus.refreshLimit')} type="number" value={editing.form.refreshLimit} onChange={set('refreshLimit')} error={errors.refreshLimit && t(errors.refreshLimit)} hint={t('skus.limitHint')} />
            </div>
            <TextField label={t('skus.description')} value={editing.form.description} onChange={set('description')} />
            <ErrorNotice error={saveError} />
            <div className="form-actions">
              <button type="submit" className="primary" disabled={creating.loading || updating.loading}>{t('common.save')}</button>
              <button type="button" onClick={() => setEditing(null)}>{t('common.cancel')}</button>
            </div>
          </form>
        ) : null}
      </Dialog>
    </Page>
  );
}
