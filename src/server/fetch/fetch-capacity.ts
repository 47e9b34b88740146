// Caps remote fetches: how many run at once in all and per host (p-limit), how many wait, and the bytes they hold in flight.
import pLimit, { type LimitFunction } from 'p-limit';
import { OgsmithError } from '../../errors/catalogue.js';

export interface FetchCapacityLimits {
  /** Fetches running at once, all hosts together. */
  readonly concurrent: number;
  /** Fetches running at once to one host (also the sockets per origin). */
  readonly perHost: number;
  /** Fetches waiting for a slot; one more is BUSY at once. */
  readonly waiting: number;
  /** Body bytes of the fetches in flight, together; a chunk that would pass it ends its fetch with BUSY. */
  readonly bytesInFlight: number;
}

export const DEFAULT_FETCH_CAPACITY: FetchCapacityLimits = { concurrent: 16, perHost: 4, waiting: 256, bytesInFlight: 32 * 1024 * 1024 };

/** Why a fetch was refused with BUSY: too many waiting for a slot, or its body would pass the byte budget. */
export type FetchRefusal = 'waiting' | 'bytes';

/** Slots and bytes in use now, and the most fetches that ever ran at once. */
export interface FetchCapacityStats {
  /** Fetches running (global slots in use). */
  readonly active: number;
  /** Fetches waiting for a global or per-host slot. */
  readonly waiting: number;
  readonly peak: number;
  /** Body bytes held by the fetches in flight. */
  readonly bytes: number;
  /** Hosts with a fetch running or waiting. */
  readonly hosts: number;
  /** Per-host slots in use at the busiest host (at most `perHost`). */
  readonly busiestHost: number;
}

interface HostSlot {
  readonly limit: LimitFunction;
  users: number;
}

/** Bytes one fetch has taken from the shared budget; `release` gives them all back. */
export interface ByteLease {
  take(bytes: number): void;
  release(): void;
}

export class FetchCapacity {
  private readonly all: LimitFunction;
  private readonly hosts = new Map<string, HostSlot>();
  private bytes = 0;
  private waitingCount = 0;
  private peak = 0;

  constructor(readonly limits: FetchCapacityLimits = DEFAULT_FETCH_CAPACITY, private readonly onRefused: (reason: FetchRefusal) => void = () => {}) {
    this.all = pLimit(limits.concurrent);
  }

  /** Runs `work` once a slot for its host and a global slot are free; BUSY at once when too many already wait. */
  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    if (this.waitingCount >= this.limits.waiting) throw this.refuse('waiting', `${this.waitingCount} remote fetches are waiting for a connection slot; the limit is ${this.limits.waiting}`);
    const slot = this.hosts.get(host) ?? { limit: pLimit(this.limits.perHost), users: 0 };
    this.hosts.set(host, slot);
    slot.users++;
    this.waitingCount++;
    let started = false;
    try {
      return await slot.limit(() => this.all(() => {
        started = true;
        this.waitingCount--;
        this.peak = Math.max(this.peak, this.all.activeCount);
        return work();
      }));
    } finally {
      if (!started) this.waitingCount--;
      if (--slot.users === 0) this.hosts.delete(host);
    }
  }

  /** A lease on the shared byte budget for one fetch's body. */
  lease(url: string): ByteLease {
    let held = 0;
    return {
      take: (bytes) => {
        if (this.bytes + bytes > this.limits.bytesInFlight) {
          throw this.refuse('bytes', `Remote fetches in flight hold ${this.bytes} bytes; reading ${bytes} more for ${url.slice(0, 120)} would pass the budget of ${this.limits.bytesInFlight}`);
        }
        this.bytes += bytes;
        held += bytes;
      },
      release: () => {
        this.bytes -= held;
        held = 0;
      },
    };
  }

  get stats(): FetchCapacityStats {
    let busiestHost = 0;
    for (const slot of this.hosts.values()) busiestHost = Math.max(busiestHost, slot.limit.activeCount);
    return { active: this.all.activeCount, waiting: this.waitingCount, peak: this.peak, bytes: this.bytes, hosts: this.hosts.size, busiestHost };
  }

  private refuse(reason: FetchRefusal, message: string): OgsmithError {
    this.onRefused(reason);
    return new OgsmithError('BUSY', message);
  }
}
