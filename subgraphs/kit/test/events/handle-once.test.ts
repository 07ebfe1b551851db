import { defineEntity, p } from '@mikro-orm/core';
import { createOrm, type Orm } from '../../src/orm';
import { handleOnce, ProcessedEvent, purgeProcessedEvents } from '../../src/events';

const Effect = defineEntity({ name: 'Effect', tableName: 'effect', properties: { id: p.integer().primary().autoincrement(), eventId: p.string() } });
const event = { id: 'test-1', type: 'test.thing.happened' };

describe('handleOnce (processed events, real SQLite)', () => {
  let orm: Orm;
  beforeEach(async () => {
    orm = await createOrm({ domain: 'kit', entities: [ProcessedEvent, Effect], migrations: [], dataDir: ':memory:' });
    await orm.schema.createSchema();
  });
  afterEach(() => orm.close(true));
  const effects = () => orm.em.fork().count(Effect, {});
  const write = (tx: Parameters<Parameters<typeof handleOnce>[3]>[0]) => tx.insert(Effect, { eventId: event.id }).then(() => undefined);

  it('applies an event once per consumer; a redelivery changes nothing', async () => {
    expect(await handleOnce(orm.em.fork(), event, 'a', write)).toBe(true);
    expect(await handleOnce(orm.em.fork(), event, 'a', write)).toBe(false);
    expect(await handleOnce(orm.em.fork(), event, 'b', write)).toBe(true);
    expect(await effects()).toBe(2);
  });

  it('rolls the processed row back with a failed handler, so the redelivery applies it', async () => {
    await expect(handleOnce(orm.em.fork(), event, 'a', async (tx) => (await write(tx), Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    expect(await orm.em.fork().count(ProcessedEvent, {})).toBe(0);
    expect(await effects()).toBe(0);
    expect(await handleOnce(orm.em.fork(), event, 'a', write)).toBe(true);
    expect(await effects()).toBe(1);
  });

  it('purges rows older than a cut-off', async () => {
    await handleOnce(orm.em.fork(), event, 'a', write, () => new Date('2026-01-01T00:00:00Z'));
    await handleOnce(orm.em.fork(), { ...event, id: 'test-2' }, 'a', write, () => new Date('2026-03-01T00:00:00Z'));
    expect(await purgeProcessedEvents(orm.em.fork(), new Date('2026-02-01T00:00:00Z'))).toBe(1);
    expect((await orm.em.fork().find(ProcessedEvent, {})).map((r) => r.eventId)).toEqual(['test-2']);
  });
});
