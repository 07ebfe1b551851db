import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { OutboxRelay, type EventEnvelope, type OutboxRow } from '../../src/events';
import { pollUntil } from '../../src/poll-until';

const envelope = (n: number): EventEnvelope => ({ id: `test-${n}`, type: 'test.thing.happened', source: 'test', version: 1, occurredAt: new Date(0).toISOString(), data: { n } });

describe('outbox relay (transport failing on demand)', () => {
  it('keeps failed rows unpublished, logs the outage once and the recovery once, and keeps id order', async () => {
    const lines: string[] = [];
    const logger = createLogger('relay-test', 'info', new Writable({ write(c, _e, cb) { lines.push(String(c)); cb(); } }));
    const rows = [1, 2, 3, 4].map((n) => ({ rowId: n, envelope: envelope(n), published: false }));
    let down = false;
    let attempts = 0;
    const sent: string[] = [];
    const relay = new OutboxRelay({
      name: 'test', logger, intervalMs: 20, minBackoffMs: 20, maxBackoffMs: 40,
      fetchUnpublished: async (limit): Promise<OutboxRow[]> => rows.filter((r) => !r.published).slice(0, limit),
      markPublished: async (ids) => rows.forEach((r) => ids.includes(r.rowId) && (r.published = true)),
      publish: async (e) => {
        attempts++;
        if (down && e.id !== 'test-1') throw new Error('transport down');
        sent.push(e.id);
      },
    });
    down = true;
    relay.start();
    await pollUntil(() => attempts >= 6, { what: 'several failed rounds' });
    expect(rows.map((r) => r.published)).toEqual([true, false, false, false]);
    down = false;
    await pollUntil(() => rows.every((r) => r.published), { what: 'catch-up' });
    await relay.stop();
    expect(sent).toEqual(['test-1', 'test-2', 'test-3', 'test-4']);
    expect(lines.filter((l) => l.includes('outbox relay cannot deliver'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('outbox relay recovered'))).toHaveLength(1);
  });

  it('publishes right after a nudge instead of waiting for its interval', async () => {
    const rows: { rowId: number; envelope: EventEnvelope; published: boolean }[] = [];
    const relay = new OutboxRelay({
      name: 'nudge', logger: createLogger('relay-test', 'silent'), intervalMs: 60_000,
      fetchUnpublished: async () => rows.filter((r) => !r.published),
      markPublished: async (ids) => rows.forEach((r) => ids.includes(r.rowId) && (r.published = true)),
      publish: async () => undefined,
    }).start();
    try {
      rows.push({ rowId: 1, envelope: envelope(1), published: false });
      relay.nudge();
      await pollUntil(() => rows[0].published, { what: 'the nudged row published', timeoutMs: 5_000 });
    } finally {
      await relay.stop();
    }
  });
});
