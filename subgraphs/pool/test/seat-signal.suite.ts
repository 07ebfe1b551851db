/**
 * The shared capacity probe of waiting placements: a waiter is woken by the probe (within a few
 * of its intervals), never left to its own backstop timeout; the first waiter of a new kind of
 * placement too (a watch once ended before its first waiter was in, so that waiter slept the
 * whole backstop and a burst's last buyer waited seconds for NO_CAPACITY).
 */
import { SeatSignal, type Capacity } from '../src/services/seat-signal';

const BACKSTOP = 60_000;

/** Waits for `p` and answers how long it took; fails if the backstop fired instead of the probe. */
async function woken(p: Promise<unknown>): Promise<number> {
  const t = Date.now();
  await p;
  const ms = Date.now() - t;
  expect(ms).toBeLessThan(BACKSTOP / 2);
  return ms;
}

describe('SeatSignal', () => {
  it('wakes the first waiter of a new watch when no seat is held any more', async () => {
    const signal = new SeatSignal(5);
    let capacity: Capacity = { free: 0, held: 1 };
    const waiting = signal.wait('group-a', async () => capacity, 0, BACKSTOP);
    expect(signal.waiting()).toBe(1);
    capacity = { free: 0, held: 0 };
    await woken(waiting);
    // What woke it comes with the wake: nothing free, nothing held (the placement answers NO_CAPACITY at once).
    expect(await waiting).toEqual({ free: 0, held: 0 });
    expect(signal.waiting()).toBe(0);
  });

  it('wakes as many waiters as seats freed, oldest first, and the rest once nothing is held', async () => {
    const signal = new SeatSignal(5);
    let capacity: Capacity = { free: 0, held: 3 };
    const probe = async () => capacity;
    const order: number[] = [];
    const waits = [0, 1, 2].map((i) => signal.wait('group-b', probe, 0, BACKSTOP).then(() => void order.push(i)));
    capacity = { free: 1, held: 2 };
    await woken(waits[0]);
    expect(order).toEqual([0]);
    expect(signal.waiting()).toBe(2);
    capacity = { free: 0, held: 0 };
    await woken(Promise.all(waits).then(() => undefined));
    expect(order).toEqual([0, 1, 2]);
  });

  it('answers null when its own timeout runs out first', async () => {
    const signal = new SeatSignal(5);
    expect(await signal.wait('group-d', async () => ({ free: 0, held: 1 }), 0, 30)).toBeNull();
    expect(signal.waiting()).toBe(0);
  });

  it('starts a new watch after the last one ended', async () => {
    const signal = new SeatSignal(5);
    const probe = async () => ({ free: 0, held: 0 });
    await woken(signal.wait('group-c', probe, 0, BACKSTOP));
    await woken(signal.wait('group-c', probe, 0, BACKSTOP));
    expect(signal.waiting()).toBe(0);
  });
});
