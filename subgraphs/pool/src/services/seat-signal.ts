/** Free and held seats of the mothers one kind of placement may use (a mother group, minus exclusions). */
export interface Capacity {
  free: number;
  held: number;
}

interface Waiter {
  /** Free seats the waiter cannot use (they do not wake it again). */
  sawFree: number;
  /** With the capacity the probe found, or null when the waiter's own timeout ran out. */
  wake: (seen: Capacity | null) => void;
}

interface Watch {
  probe: () => Promise<Capacity>;
  /** In arrival order: freed seats go to the longest waiters first. */
  waiters: Set<Waiter>;
  kick?: () => void;
}

/**
 * Placements waiting behind held seats share one capacity probe per kind of placement (mother
 * group and exclusions) in this process, instead of each polling the database: in a flash sale
 * 400 losers waiting for 100 held seats cost one grouped count every `intervalMs`, not 400.
 * The probe wakes as many waiters (oldest first) as it finds new free seats, and every waiter once
 * no seat is held any more (they answer NO_CAPACITY at once). A seat freed in this process
 * (`notify`) probes at once. Other replicas' changes are seen by the probe (it reads the
 * database); a waiter's own timeout stays the backstop, so the signal makes waiting cheap and
 * fast, never correct.
 */
export class SeatSignal {
  private readonly watches = new Map<string, Watch>();

  constructor(private readonly intervalMs = 100) {}

  /** A seat was freed in this process: probe every watch now. */
  notify(): void {
    for (const watch of this.watches.values()) watch.kick?.();
  }

  /**
   * Waits until the probe of `key` finds more than `sawFree` free seats (those the waiter cannot
   * use; it is woken when it is among the first that many), or no held seat, or `ms` passed. `probe` is used when no watch runs yet.
   * Answers the capacity that woke it (null after `ms`): nothing free and nothing held needs no second look.
   */
  wait(key: string, probe: () => Promise<Capacity>, sawFree: number, ms: number): Promise<Capacity | null> {
    const running = this.watches.get(key);
    const watch: Watch = running ?? { probe, waiters: new Set() };
    const done = new Promise<Capacity | null>((resolve) => {
      const waiter: Waiter = {
        sawFree,
        wake: (seen) => {
          clearTimeout(timer);
          watch.waiters.delete(waiter);
          resolve(seen);
        },
      };
      const timer = setTimeout(() => waiter.wake(null), Math.max(0, ms));
      watch.waiters.add(waiter);
    });
    // Started only once the waiter is in: the loop ends as soon as it finds no waiter.
    if (!running) {
      this.watches.set(key, watch);
      void this.run(key, watch);
    }
    return done;
  }

  /** Placements waiting now, over all watches (tests, profiling). */
  waiting(): number {
    let n = 0;
    for (const watch of this.watches.values()) n += watch.waiters.size;
    return n;
  }

  private async run(key: string, watch: Watch): Promise<void> {
    while (watch.waiters.size) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (watch.kick = undefined, resolve()), this.intervalMs);
        watch.kick = () => {
          clearTimeout(timer);
          watch.kick = undefined;
          resolve();
        };
      });
      if (!watch.waiters.size) break;
      let capacity: Capacity;
      try {
        capacity = await watch.probe();
      } catch {
        continue; // the database hiccuped: the next round (or the waiters' own timeouts) goes on
      }
      this.wakeFor(watch, capacity);
    }
    // Synchronously after the last check: a later wait() starts a new watch.
    if (this.watches.get(key) === watch) this.watches.delete(key);
  }

  private wakeFor(watch: Watch, capacity: Capacity): void {
    if (capacity.held === 0) {
      for (const waiter of [...watch.waiters]) waiter.wake(capacity);
      return;
    }
    let seats = capacity.free;
    for (const waiter of [...watch.waiters]) {
      if (seats <= 0) break;
      if (capacity.free > waiter.sawFree) {
        waiter.wake(capacity);
        seats--;
      }
    }
  }
}
