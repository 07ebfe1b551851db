import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../core/i18n';
import { CreateWebhookEndpointDocument, UpdateWebhookEndpointDocument, type NotificationType, type WebhookEndpointRowFragment } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { useGroupChoices } from '../shared/choices';
import { NotifyErrorNotice } from '../shared/NotifyErrorNotice';
import { checkEndpoint, createInput, NEW_ENDPOINT, SUBSCRIBABLE, updateInput, valuesOf, type EndpointFormValues } from './endpoint-form';

/**
 * Create (`endpoint` null) or edit an endpoint. A new endpoint's secret goes to `onCreated`,
 * which shows it once.
 */
export function EndpointDialog({ endpoint, onClose, onCreated }: {
  endpoint: WebhookEndpointRowFragment | null | undefined;
  onClose: () => void;
  onCreated: (endpoint: WebhookEndpointRowFragment, secret: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={endpoint !== undefined} title={endpoint ? t('notify.editTitle') : t('notify.createTitle')} onClose={onClose}>
      {endpoint !== undefined ? <EndpointForm key={endpoint?.id ?? 'new'} endpoint={endpoint} onClose={onClose} onCreated={onCreated} /> : null}
    </Dialog>
  );
}

function EndpointForm({ endpoint, onClose, onCreated }: {
  endpoint: WebhookEndpointRowFragment | null;
  onClose: () => void;
  onCreated: (endpoint: WebhookEndpointRowFragment, secret: string) => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const groups = useGroupChoices();
  const [values, setValues] = useState<EndpointFormValues>(endpoint ? valuesOf(endpoint) : NEW_ENDPOINT);
  const [errors, setErrors] = useState<ReturnType<typeof checkEndpoint>>({});
  const [create, created] = useMutation(CreateWebhookEndpointDocument);
  const [update, updated] = useMutation(UpdateWebhookEndpointDocument);
  const busy = created.loading || updated.loading;
  const set = (key: Exclude<keyof EndpointFormValues, 'eventTypes'>) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const toggle = (type: NotificationType, on: boolean) =>
    setValues((v) => ({ ...v, eventTypes: on ? [...v.eventTypes, type] : v.eventTypes.filter((x) => x !== type) }));
  const err = (key: keyof typeof errors) => (errors[key] ? t(errors[key]!) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = checkEndpoint(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      if (endpoint) {
        await update({ variables: { id: endpoint.id, input: updateInput(values) } });
        toast('ok', t('notify.saved'));
        onClose();
      } else {
        // no-cache: the answer holds the secret, which must not stay in the client's cache; the lists are refetched.
        const { data } = await create({ variables: { input: createInput(values) }, fetchPolicy: 'no-cache', refetchQueries: ['WebhookEndpoints', 'NotifyEndpointChoices'] });
        if (data) onCreated(data.createWebhookEndpoint.endpoint, data.createWebhookEndpoint.secret);
      }
    } catch {
      // shown below the form
    }
  };

  return (
    <form className="endpoint-form" onSubmit={submit} noValidate>
      <TextField label={t('notify.url')} type="url" value={values.url} onChange={set('url')} error={err('url')} hint={t('notify.form.urlHint')}
        maxLength={2000} placeholder="https://example.com/webhooks/seatpool" autoFocus />
      <TextField label={t('notify.description')} value={values.description} onChange={set('description')} error={err('description')} maxLength={200} />
      <fieldset className="type-list">
        <legend>{t('notify.eventTypes')}</legend>
        {SUBSCRIBABLE.map((type) => (
          <CheckboxField key={type} label={t(`notifyType.${type}`)} checked={values.eventTypes.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
        ))}
        <p className="field-hint">{t('notify.form.typesHint')}</p>
      </fieldset>
      <div className="group-row">
        <SelectField label={t('notify.motherGroup')} value={values.motherGroupId} onChange={set('motherGroupId')} options={groups.motherGroups} />
        <SelectField label={t('notify.poolGroup')} value={values.poolGroupId} onChange={set('poolGroupId')} options={groups.poolGroups} />
      </div>
      {groups.error ? <p className="notice notice-warn">{t('notify.groupsError')}</p> : <p className="field-hint">{t('notify.form.groupsHint')}</p>}
      <fieldset className="field">
        <legend>{t('notify.form.thresholds')}</legend>
        <div className="threshold-row">
          <TextField label={t('notify.freeSeatsBelow')} type="number" inputMode="numeric" min={1} max={100000} value={values.freeSeatsBelow} onChange={set('freeSeatsBelow')}
            error={err('freeSeatsBelow')} hint={t('notify.freeSeatsBelowHint')} />
          <TextField label={t('notify.tokenExpiryDays')} type="number" inputMode="numeric" min={1} max={90} value={values.tokenExpiryDays} onChange={set('tokenExpiryDays')}
            error={err('tokenExpiryDays')} hint={t('notify.tokenExpiryDaysHint')} />
          <TextField label={t('notify.redeemFailuresPerMinute')} type="number" inputMode="numeric" min={1} max={100000} value={values.redeemFailuresPerMinute}
            onChange={set('redeemFailuresPerMinute')} error={err('redeemFailuresPerMinute')} hint={t('notify.redeemFailuresPerMinuteHint')} />
        </div>
      </fieldset>
      <NotifyErrorNotice error={created.error ?? updated.error} />
      {busy ? <Progress label={t('common.working')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{endpoint ? t('common.save') : t('notify.create')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
