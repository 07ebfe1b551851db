/**
 * Bounded concurrency towards the upstream, per mother: at most `perMother` invites to one mother's
 * workspace are on the wire at once from this process; the rest queue in arrival order until a slot
 * frees or their deadline passes. A burst then never overloads one workspace (or our own event loop)
 * into attempt timeouts: it waits its turn inside the caller's deadline instead.
 */
export class MotherGate {
  private readonly lanes = new Map<string, { active: number; queue: { wake: () => void }[] }>();

  constructor(private readonly perMother: number) {}

  /** A release function once a slot is ours; null when `deadline` (epoch ms) passed while queued. */
  async enter(motherId: string, deadline: number): Promise<(() => void) | null> {
    let lane = this.lanes.get(motherId);
    if (!lane) this.lanes.set(motherId, (lane = { active: 0, queue: [] }));
    if (lane.active < this.perMother) {
      lane.active++;
      return this.releaser(motherId, lane);
    }
    const waitMs = deadline - Date.now();
    if (waitMs <= 0) return null;
    const entry = { wake: () => undefined as void };
    const admitted = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        lane!.queue.splice(lane!.queue.indexOf(entry), 1);
        resolve(false);
      }, waitMs);
      entry.wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      lane!.queue.push(entry);
    });
    return admitted ? this.releaser(motherId, lane) : null;
  }

  /** Calls on the wire or queued, per mother (for tests and profiling). */
  load(motherId: string): { active: number; queued: number } {
    const lane = this.lanes.get(motherId);
    return { active: lane?.active ?? 0, queued: lane?.queue.length ?? 0 };
  }

  private releaser(motherId: string, lane: { active: number; queue: { wake: () => void }[] }) {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = lane.queue.shift();
      if (next) next.wake(); // the slot passes straight to the next in line
      else if (--lane.active === 0) this.lanes.delete(motherId);
    };
  }
}
