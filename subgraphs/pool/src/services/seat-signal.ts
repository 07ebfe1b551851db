/**
 * Wakes placements waiting behind held seats when a seat changes state in this process (held → used
 * or free). Other replicas' changes are seen by the waiters' poll (`wait` never sleeps longer than
 * its timeout), so the signal only makes waiting faster, never correct.
 */
export class SeatSignal {
  private readonly waiters = new Set<() => void>();

  notify(): void {
    const all = [...this.waiters];
    this.waiters.clear();
    for (const wake of all) wake();
  }

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.waiters.add(done);
    });
  }
}
