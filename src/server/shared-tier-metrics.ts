// Prometheus metrics of the shared cache tier: failures and skipped calls by tier and operation, and its breaker's state.
import { Counter, Gauge, type Registry } from 'prom-client';

export type TierOperation = 'get' | 'set' | 'probe';
export type TierFailure = 'timeout' | 'error';
/** Why a call was not made: the breaker is open, or too many writes are already pending. */
export type TierSkip = 'open' | 'backlog';
export type BreakerState = 'closed' | 'half-open' | 'open';

/** The gauge's value for each state (Prometheus gauges are numbers). */
export const BREAKER_STATE_VALUE: Readonly<Record<BreakerState, number>> = { closed: 0, 'half-open': 1, open: 2 };

export class SharedTierMetrics {
  readonly errors: Counter<'tier' | 'op' | 'reason'>;
  readonly skipped: Counter<'tier' | 'op' | 'reason'>;
  private readonly state: Gauge<'tier'>;

  constructor(registry: Registry) {
    this.errors = new Counter({ name: 'ogsmith_shared_cache_errors_total', help: 'Failed shared-tier calls by tier, operation (get, set, probe) and reason (timeout, error)', labelNames: ['tier', 'op', 'reason'] as const, registers: [registry] });
    this.skipped = new Counter({ name: 'ogsmith_shared_cache_skipped_total', help: 'Shared-tier calls not made, by tier, operation and reason (open: breaker open; backlog: too many pending writes)', labelNames: ['tier', 'op', 'reason'] as const, registers: [registry] });
    this.state = new Gauge({ name: 'ogsmith_shared_cache_state', help: 'Shared-tier circuit breaker by tier: 0 closed (in use), 1 half-open (trying a call), 2 open (skipped)', labelNames: ['tier'] as const, registers: [registry] });
  }

  setState(tier: string, state: BreakerState): void {
    this.state.set({ tier }, BREAKER_STATE_VALUE[state]);
  }
}
