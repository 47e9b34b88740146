// CPU and memory of the workerd processes miniflare started, read from /proc (Linux): CPU in nanoseconds per thread, resident memory and its peak.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The workerd processes that are children of this process. */
export function workerdPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)]).toString();
  return out.split('\n').map((line) => line.trim().split(/\s+/)).filter(([, comm]) => comm?.startsWith('workerd')).map(([pid]) => Number(pid));
}

/** Nanoseconds on CPU so far per thread (pid/tid) of the processes (schedstat's first field: not rounded to clock ticks). */
export function cpuByThread(pids: readonly number[]): Map<string, number> {
  const threads = new Map<string, number>();
  for (const pid of pids) {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        threads.set(`${pid}/${tid}`, Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  }
  return threads;
}

/** CPU between two readings in ms: over every thread, and on the thread that did most (the isolate's thread, which a Workers CPU limit counts). */
export function cpuBetween(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): { all: number; busiest: number } {
  let all = 0;
  let busiest = 0;
  for (const [thread, ns] of after) {
    const delta = ns - (before.get(thread) ?? 0);
    all += delta;
    busiest = Math.max(busiest, delta);
  }
  return { all: all / 1e6, busiest: busiest / 1e6 };
}

/** Resident set and its peak (VmRSS, VmHWM) in bytes, summed over the processes. */
export function residentBytes(pids: readonly number[]): { rss: number; peak: number } {
  let rss = 0;
  let peak = 0;
  for (const pid of pids) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    rss += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    peak += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  }
  return { rss, peak };
}
