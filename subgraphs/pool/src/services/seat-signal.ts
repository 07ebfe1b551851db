/**
 * Wakes placements waiting behind held seats when a seat is freed in this process (a held seat
 * becoming used frees nothing, so it wakes nobody: a burst's 400 losers must not all query again on
 * each of the 100 winners). Other replicas' changes and the end of the held seats are seen by the waiters' poll (`wait` never sleeps longer than
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
