import { Gauge, type Registry } from 'prom-client';
import { CHILD_STATUSES } from './entities/child-account.entity';
import { MOTHER_STATUSES } from './entities/mother.entity';
import { SEAT_STATUSES } from './entities/seat.entity';
import type { UpstreamProvider } from './provider/provider';
import type { DashboardService, PoolFigures } from './services/dashboard.service';

type Figures = PoolFigures & { children: Record<string, number>; tokensExpiringSoon: number };

/**
 * Business gauges, computed on scrape from aggregate queries (never left unset). One scrape reads
 * the database once: the figures are shared by every gauge for a second. `dashboard()` gives the
 * service on a fresh entity manager (from the composition root).
 */
export function registerGauges(registry: Registry, dashboard: () => DashboardService, provider: UpstreamProvider) {
  let cached: { at: number; figures: Promise<Figures> } | undefined;
  const figures = () => {
    if (!cached || Date.now() - cached.at > 1_000) {
      const service = dashboard();
      cached = { at: Date.now(), figures: Promise.all([service.figures(), service.operations()]).then(([a, b]) => ({ ...a, ...b })) };
    }
    return cached.figures;
  };
  const gauge = (name: string, help: string, labelNames: string[], collect: (g: Gauge) => Promise<void> | void) =>
    new Gauge({ name, help, labelNames, registers: [registry], async collect() { await collect(this); } });

  gauge('seatpool_pool_mothers', 'Mother accounts by status', ['status'], async (g) => {
    const { mothers } = await figures();
    for (const status of MOTHER_STATUSES) g.set({ status }, mothers[status]);
  });
  gauge('seatpool_pool_seats', 'Seats by status', ['status'], async (g) => {
    const { seats } = await figures();
    for (const status of SEAT_STATUSES) g.set({ status }, seats[status]);
  });
  gauge('seatpool_pool_sellable_seats', 'Free seats on ACTIVE mothers that have an enabled team', [], async (g) => g.set((await figures()).sellableSeats));
  gauge('seatpool_pool_child_accounts', 'Child accounts by status', ['status'], async (g) => {
    const { children } = await figures();
    for (const status of CHILD_STATUSES) g.set({ status }, children[status] ?? 0);
  });
  gauge('seatpool_pool_mothers_token_expiring_7d', 'ACTIVE mothers whose token expires within 7 days', [], async (g) => g.set((await figures()).tokensExpiringSoon));
  gauge('seatpool_pool_upstream_circuits', "Mothers' upstream circuit breakers by state (this process)", ['state'], (g) => {
    for (const [state, n] of Object.entries(provider.circuitStates())) g.set({ state }, n);
  });
  gauge('seatpool_pool_child_sync_success_ratio', 'Share of successful child-account (member) syncs since start; 1 before the first', [], async (g) => {
    const metric = await registry.getSingleMetric('seatpool_pool_child_syncs_total')?.get();
    const value = (outcome: string) => metric?.values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
    const total = value('success') + value('failure');
    g.set(total ? value('success') / total : 1);
  });
}
