// The endpoint dialog's values, its checks and their API inputs, as pure functions (unit-tested;
// the API has the last word: it answers anything off with BAD_USER_INPUT).
import type { CreateWebhookEndpointInput, NotificationType, UpdateWebhookEndpointInput, WebhookEndpointRowFragment } from '../../../gql/graphql';
import { intBetween, required, validate, type Check } from '../../../ui/validate';

/** The types an endpoint can subscribe to (TEST only comes from "send test", whatever the filter). */
export const SUBSCRIBABLE: NotificationType[] = [
  'SEATS_LOW', 'SEATS_RECOVERED', 'MOTHER_LOST', 'TOKEN_EXPIRING', 'JOB_FINISHED', 'JOB_FAILED', 'REDEEM_FAILURES_HIGH', 'BREAKER_OPEN',
];

export interface EndpointFormValues {
  url: string;
  description: string;
  /** Empty: every type. */
  eventTypes: NotificationType[];
  motherGroupId: string;
  poolGroupId: string;
  freeSeatsBelow: string;
  tokenExpiryDays: string;
  redeemFailuresPerMinute: string;
}

/** The defaults the API applies (schema/notify.graphql). */
export const NEW_ENDPOINT: EndpointFormValues = {
  url: '', description: '', eventTypes: [], motherGroupId: '', poolGroupId: '',
  freeSeatsBelow: '10', tokenExpiryDays: '7', redeemFailuresPerMinute: '20',
};

export function valuesOf(e: WebhookEndpointRowFragment): EndpointFormValues {
  return {
    url: e.url, description: e.description ?? '', eventTypes: e.eventTypes.filter((t) => t !== 'TEST'),
    motherGroupId: e.motherGroupId ?? '', poolGroupId: e.poolGroupId ?? '',
    freeSeatsBelow: String(e.freeSeatsBelow), tokenExpiryDays: String(e.tokenExpiryDays), redeemFailuresPerMinute: String(e.redeemFailuresPerMinute),
  };
}

/** An http(s) URL of at most 2,000 characters (production's https-only rule is the API's to tell). */
export const webhookUrl: Check = (v) => {
  const s = v.trim();
  if (s.length > 2000) return 'notify.form.urlTooLong';
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : 'notify.form.urlInvalid';
  } catch {
    return 'notify.form.urlInvalid';
  }
};

const maxLength = (n: number): Check => (v) => (v.trim().length > n ? 'notify.form.descriptionTooLong' : undefined);

type TextFields = Exclude<keyof EndpointFormValues, 'eventTypes'>;

/** Each field's first problem as a message key; empty when the form may be sent. */
export function checkEndpoint(values: EndpointFormValues): Partial<Record<TextFields, string>> {
  const { eventTypes: _types, ...text } = values;
  return validate<TextFields>(text, {
    url: [required, webhookUrl],
    description: [maxLength(200)],
    freeSeatsBelow: [intBetween(1, 100000)],
    tokenExpiryDays: [intBetween(1, 90)],
    redeemFailuresPerMinute: [intBetween(1, 100000)],
  });
}

function thresholds(v: EndpointFormValues) {
  return { freeSeatsBelow: Number(v.freeSeatsBelow), tokenExpiryDays: Number(v.tokenExpiryDays), redeemFailuresPerMinute: Number(v.redeemFailuresPerMinute) };
}

/** Types in the API's order; every type selected reads as "all" (empty), so new types are included later too. */
function typesOf(v: EndpointFormValues): NotificationType[] {
  const picked = SUBSCRIBABLE.filter((t) => v.eventTypes.includes(t));
  return picked.length === SUBSCRIBABLE.length ? [] : picked;
}

export function createInput(v: EndpointFormValues): CreateWebhookEndpointInput {
  return {
    url: v.url.trim(),
    description: v.description.trim() || undefined,
    eventTypes: typesOf(v),
    motherGroupId: v.motherGroupId || undefined,
    poolGroupId: v.poolGroupId || undefined,
    ...thresholds(v),
  };
}

/** Every field, so the endpoint becomes what the dialog shows: an empty group or description clears it. */
export function updateInput(v: EndpointFormValues): UpdateWebhookEndpointInput {
  return { url: v.url.trim(), description: v.description.trim(), eventTypes: typesOf(v), motherGroupId: v.motherGroupId, poolGroupId: v.poolGroupId, ...thresholds(v) };
}
