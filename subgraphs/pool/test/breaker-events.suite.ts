import { createLogger, createOrm, type Orm } from '@seatpool/kit';
import { OutboxEvent, poolEntities } from '../src/entities';
import { poolMigrations } from '../src/migrations';
import { breakerEvents } from '../src/services/breaker-events';
import { poolEnvelope } from '../src/services/outbox.service';
import { validateEventData } from '../../../schema/events-check';
import { pollUntil } from '@seatpool/kit/testing';

describe('mother.breaker_changed events', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await createOrm({ domain: 'pool', entities: poolEntities, migrations: poolMigrations, dataDir: ':memory:' });
  });
  afterAll(() => orm.close(true));

  it('writes one outbox event per real transition of a mother breaker', async () => {
    const changed = breakerEvents(orm, createLogger('pool-test', 'silent'), () => new Date('2026-12-03T07:00:00Z'));
    const m = '00000000-0000-4000-8000-0000000000b1';
    changed('closed', m); // closed is where a breaker starts: nothing to announce
    changed('open', m);
    changed('open', m); // a failed half-open probe re-opens: no new fact
    changed('closed', m);
    const rows = await pollUntil(async () => {
      const found = await orm.em.fork().find(OutboxEvent, { type: 'mother.breaker_changed' }, { orderBy: { id: 'asc' } });
      return found.length === 2 && found;
    }, { what: 'two breaker events' });
    expect(rows.map((r) => [r.motherId, r.payload.state])).toEqual([[m, 'open'], [m, 'closed']]);
    // As the relay publishes them: the envelope follows schema/events/pool.mother.breaker_changed.json.
    const envelope = poolEnvelope(rows[0]);
    expect(envelope).toMatchObject({ id: `pool-${rows[0].id}`, type: 'pool.mother.breaker_changed', source: 'pool', version: 1, data: { motherId: m, state: 'open' } });
    expect(validateEventData(envelope.type, envelope.version, envelope.data)).toEqual([]);
  });
});
