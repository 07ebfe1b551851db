import { EventEmitter } from 'node:events';
import { ConfigError, serviceMain } from '../src';

/** Runs serviceMain with a fake process: signals, stderr and exit are recorded, nothing exits. */
function harness() {
  const signals = new EventEmitter();
  const out: string[] = [];
  const exits: number[] = [];
  let exited: (code: number) => void = () => {};
  const exitedOnce = new Promise<number>((r) => (exited = r));
  const opts = {
    signals: signals as unknown as Pick<NodeJS.Process, 'once'>,
    stderr: (t: string) => void out.push(t),
    exit: (code: number) => {
      exits.push(code);
      exited(code);
    },
  };
  return { signals, out, exits, exitedOnce, opts };
}

describe('serviceMain: one start-up for every service', () => {
  it('a configuration problem exits 78 with the problem list only', async () => {
    const h = harness();
    await serviceMain('pool', () => Promise.reject(new ConfigError(['POOL_PORT: too big'])), h.opts);
    expect(h.exits).toEqual([78]);
    expect(h.out.join('')).toBe('pool failed to start: invalid configuration:\n  - POOL_PORT: too big\n');
  });

  it('any other start failure exits 1 with its stack', async () => {
    const h = harness();
    await serviceMain('stats', () => Promise.reject(new Error('port in use')), h.opts);
    expect(h.exits).toEqual([1]);
    expect(h.out.join('')).toMatch(/^stats failed to start: Error: port in use\n\s+at /);
  });

  it('the first signal closes once and exits 0', async () => {
    const h = harness();
    let closes = 0;
    const started: unknown[] = [];
    const running = { close: async () => void closes++ };
    await serviceMain('users', async () => running, { ...h.opts, onStarted: (r) => started.push(r) });
    expect(started).toEqual([running]);
    h.signals.emit('SIGTERM');
    h.signals.emit('SIGINT');
    expect(await h.exitedOnce).toBe(0);
    expect(closes).toBe(1);
    expect(h.exits).toEqual([0]);
  });

  it('a failed close is reported and exits 1', async () => {
    const h = harness();
    await serviceMain('gateway', async () => ({ close: () => Promise.reject(new Error('redis quit timed out')) }), h.opts);
    h.signals.emit('SIGINT');
    expect(await h.exitedOnce).toBe(1);
    expect(h.out.join('')).toMatch(/^gateway failed to close: Error: redis quit timed out/);
  });
});
