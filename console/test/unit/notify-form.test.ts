import { checkEndpoint, createInput, NEW_ENDPOINT, SUBSCRIBABLE, updateInput, valuesOf } from '../../src/domains/notify/endpoints/endpoint-form';
import { readablePayload } from '../../src/domains/notify/deliveries/payload';

const valid = { ...NEW_ENDPOINT, url: 'https://hooks.example.com/seatpool' };

describe('webhook endpoint form', () => {
  it('accepts the defaults with an https URL', () => {
    expect(checkEndpoint(valid)).toEqual({});
  });

  it('names each field that is off, with a message key', () => {
    expect(checkEndpoint({ ...NEW_ENDPOINT })).toEqual({ url: 'common.required' });
    expect(checkEndpoint({ ...valid, url: 'ftp://x.example' }).url).toBe('notify.form.urlInvalid');
    expect(checkEndpoint({ ...valid, url: 'not a url' }).url).toBe('notify.form.urlInvalid');
    expect(checkEndpoint({ ...valid, url: `https://x.example/${'a'.repeat(2000)}` }).url).toBe('notify.form.urlTooLong');
    expect(checkEndpoint({ ...valid, description: 'd'.repeat(201) }).description).toBe('notify.form.descriptionTooLong');
    expect(checkEndpoint({ ...valid, freeSeatsBelow: '0', tokenExpiryDays: '91', redeemFailuresPerMinute: '1.5' })).toEqual({
      freeSeatsBelow: 'validate.intBetween', tokenExpiryDays: 'validate.intBetween', redeemFailuresPerMinute: 'validate.intBetween',
    });
  });

  it('creates with numbers, no empty filters, and the picked types in the API order', () => {
    expect(createInput({ ...valid, url: ' https://h.example/x ', eventTypes: ['JOB_FAILED', 'SEATS_LOW'], motherGroupId: 'g1' })).toEqual({
      url: 'https://h.example/x', description: undefined, eventTypes: ['SEATS_LOW', 'JOB_FAILED'], motherGroupId: 'g1', poolGroupId: undefined,
      freeSeatsBelow: 10, tokenExpiryDays: 7, redeemFailuresPerMinute: 20,
    });
  });

  it('sends every type ticked as "all" (empty), so types added later are included', () => {
    expect(createInput({ ...valid, eventTypes: [...SUBSCRIBABLE] }).eventTypes).toEqual([]);
  });

  it('edits with empty strings to clear a group or the description', () => {
    const endpoint = {
      __typename: 'WebhookEndpoint' as const, id: 'e1', url: 'https://h.example/x', description: 'ops', eventTypes: ['SEATS_LOW' as const],
      motherGroupId: 'g1', poolGroupId: null, freeSeatsBelow: 5, tokenExpiryDays: 3, redeemFailuresPerMinute: 9,
      enabled: true, disabledReason: null, secretHint: 'abcd', createdAt: '2026-12-03T00:00:00.000Z', recentFailures: 0,
    };
    const values = valuesOf(endpoint);
    expect(values).toMatchObject({ motherGroupId: 'g1', poolGroupId: '', freeSeatsBelow: '5' });
    expect(updateInput({ ...values, motherGroupId: '', description: '' })).toEqual({
      url: 'https://h.example/x', description: '', eventTypes: ['SEATS_LOW'], motherGroupId: '', poolGroupId: '',
      freeSeatsBelow: 5, tokenExpiryDays: 3, redeemFailuresPerMinute: 9,
    });
  });

  it('indents a JSON payload and leaves anything else as sent', () => {
    expect(readablePayload('{"type":"test","data":{}}')).toBe('{\n  "type": "test",\n  "data": {}\n}');
    expect(readablePayload('not json')).toBe('not json');
  });
});
