// The shared tier behind a circuit breaker (cockatiel): short time limits, skipped while down, writes in the background, failures counted and logged.
import {
  BulkheadRejectedError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  bulkhead,
  circuitBreaker,
  handleAll,
  isBrokenCircuitError,
  timeout,
  wrap,
} from 'cockatiel';
import type { SharedTier } from './image-cache.js';
import type { SharedCache } from './shared-cache.js';
import type { BreakerState, SharedTierMetrics, TierOperation } from './shared-tier-metrics.js';

/** Where the guard reports: pino's (fastify's) logger fits. */
export interface TierLog {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface TierGuardOptions {
  /** Consecutive failures (errors or timeouts) that open the breaker; default 5. */
  readonly failuresToOpen: number;
  /** First wait before a trial call once open, in ms; it grows (with jitter) up to `maxHalfOpenAfterMs`; default 500. */
  readonly halfOpenAfterMs: number;
  /** Longest wait between trial calls while the tier stays down; default 5000 ms. */
  readonly maxHalfOpenAfterMs: number;
  /** Writes in flight at once; more are skipped (each holds an image); default 32. */
  readonly maxPendingWrites: number;
}

export const DEFAULT_TIER_GUARD: TierGuardOptions = { failuresToOpen: 5, halfOpenAfterMs: 500, maxHalfOpenAfterMs: 5000, maxPendingWrites: 32 };

/** The key the probes read: a miss proves the tier answers. */
const PROBE_KEY = 'ogsmith-probe';
/** While the breaker is open, how often the background probe asks whether a trial call is due (the breaker's backoff decides). */
const PROBE_TICK_MS = 200;

const silent: TierLog = { warn: () => undefined, info: () => undefined };

const stateName = (state: CircuitState): BreakerState => (state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open');

const describe = (error: unknown): string => (error instanceof TaskCancelledError ? 'timed out' : error instanceof Error ? error.message : String(error));

/**
 * A SharedCache made safe for the request path: reads never throw nor wait past the time limit, writes never delay a
 * response. While the breaker is not closed, requests skip the tier altogether; the trial calls that close it again are
 * made by a background probe, so no request waits on a tier that may still be down.
 */
export class GuardedTier implements SharedTier {
  readonly name: string;
  private log: TierLog = silent;
  private readonly breaker;
  private readonly calls;
  private readonly writes;
  private readonly pending = new Set<Promise<void>>();
  private probing: NodeJS.Timeout | undefined;
  private trialRunning = false;

  constructor(private readonly tier: SharedCache, private readonly metrics: SharedTierMetrics, options: Partial<TierGuardOptions> = {}) {
    const settings = { ...DEFAULT_TIER_GUARD, ...options };
    this.name = tier.name ?? 'custom';
    const breaker = (this.breaker = circuitBreaker(handleAll, {
      breaker: new ConsecutiveBreaker(settings.failuresToOpen),
      halfOpenAfter: new ExponentialBackoff({ initialDelay: settings.halfOpenAfterMs, maxDelay: settings.maxHalfOpenAfterMs }),
    }));
    // The time limit sits inside the breaker, so a timeout counts as a failure; Aggressive: the caller never waits past it.
    this.calls = wrap(breaker, timeout(tier.timeoutMs ?? 1000, TimeoutStrategy.Aggressive));
    this.writes = bulkhead(settings.maxPendingWrites, 0);
    metrics.setState(this.name, 'closed');
    breaker.onStateChange((state) => metrics.setState(this.name, stateName(state)));
    breaker.onBreak((reason) => {
      this.log.warn({ tier: this.name, reason: 'error' in reason ? describe(reason.error) : 'isolated' }, `shared cache tier ${this.name} is down: skipped (memory tier and renders serve) until a trial call succeeds`);
      this.probing ??= setInterval(() => void this.trial(), PROBE_TICK_MS).unref();
    });
    breaker.onReset(() => {
      this.log.info({ tier: this.name }, `shared cache tier ${this.name} answers again: in use`);
      clearInterval(this.probing);
      this.probing = undefined;
    });
  }

  /** Sends the guard's reports to `log` and checks once, in the background, that the tier answers (a warning if not). */
  watch(log: TierLog): void {
    this.log = log;
    void this.calls.execute(({ signal }) => this.tier.get(PROBE_KEY, signal)).then(
      () => log.info({ tier: this.name }, `shared cache tier ${this.name} answers`),
      (error: unknown) => {
        this.count('probe', error);
        log.warn({ tier: this.name, reason: describe(error) }, `shared cache tier ${this.name} is unreachable: serving from the memory tier, and using it as soon as it answers`);
      },
    );
  }

  /** The bytes under `key`; undefined on a miss, a failure, a timeout, or while the tier is skipped. Never throws. */
  async read(key: string): Promise<Buffer | undefined> {
    if (this.skipping('get')) return undefined;
    try {
      return await this.calls.execute(({ signal }) => this.tier.get(key, signal));
    } catch (error) {
      this.failed('get', error);
      return undefined;
    }
  }

  /**
   * Queues a write and returns at once (fire and forget): it starts on the next turn of the event loop, after the
   * response has been handed to the socket (signing and hashing an S3 body cost a little CPU). A failure is counted
   * and logged, never thrown.
   */
  write(key: string, bytes: Buffer, ttlSeconds: number): void {
    if (this.skipping('set')) return;
    const task = new Promise((resolve) => setImmediate(resolve))
      .then(() => this.writes.execute(() => this.calls.execute(({ signal }) => this.tier.set(key, bytes, ttlSeconds, signal))))
      .catch((error: unknown) => this.failed('set', error))
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Waits for the writes in flight (each bounded by the time limit), then closes the tier. */
  async close(): Promise<void> {
    clearInterval(this.probing);
    this.probing = undefined;
    await Promise.all(this.pending);
    await this.tier.close();
  }

  /** True (and counted) when the breaker is not closed: the call is not made. */
  private skipping(op: TierOperation): boolean {
    if (this.breaker.state === CircuitState.Closed) return false;
    this.metrics.skipped.inc({ tier: this.name, op, reason: 'open' });
    return true;
  }

  /** One background trial call (a get of the probe key) when the breaker allows it; its success closes the breaker. */
  private async trial(): Promise<void> {
    if (this.trialRunning) return;
    this.trialRunning = true;
    try {
      await this.calls.execute(({ signal }) => this.tier.get(PROBE_KEY, signal));
    } catch (error) {
      this.count('probe', error);
    } finally {
      this.trialRunning = false;
    }
  }

  private failed(op: TierOperation, error: unknown): void {
    if (this.count(op, error)) this.log.warn({ tier: this.name, op, reason: describe(error) }, `shared cache tier ${this.name}: ${op} failed`);
  }

  /** Counts a failed or skipped call; true when the call was made and failed (worth a log line). */
  private count(op: TierOperation, error: unknown): boolean {
    if (isBrokenCircuitError(error)) {
      this.metrics.skipped.inc({ tier: this.name, op, reason: 'open' });
      return false;
    }
    if (error instanceof BulkheadRejectedError) {
      this.metrics.skipped.inc({ tier: this.name, op, reason: 'backlog' });
      return false;
    }
    this.metrics.errors.inc({ tier: this.name, op, reason: error instanceof TaskCancelledError ? 'timeout' : 'error' });
    return true;
  }
}
