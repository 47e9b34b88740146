// Threads and resident memory of a process and its child processes (render processes), read from /proc (Linux): what the chaos tests and the soak watch.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessStats {
  /** Live threads of the process and all its descendants. */
  readonly threads: number;
  /** Resident memory summed over the process and its descendants (pages they share are counted once per process). */
  readonly rssBytes: number;
  /** Proportional set size summed likewise: shared pages split between the processes sharing them (the fairer total). */
  readonly pssBytes: number;
  /** The process and its descendants. */
  readonly processes: number;
}

/** The pids of a process and its descendants, parents first. */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    const parent = tree[i]!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      continue; // it exited meanwhile
    }
    for (const task of tasks) {
      try {
        for (const child of readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8').split(/\s+/)) if (child) tree.push(Number(child));
      } catch {
        // the thread exited meanwhile
      }
    }
  }
  return tree;
}

/** The process tree's threads and memory now; throws when /proc has no process `pid`. */
export async function processStats(pid: number): Promise<ProcessStats> {
  return processStatsSync(pid);
}

/** processStats, synchronously (for samplers on a timer); `tree: false` counts the process alone. */
export function processStatsSync(pid: number, options: { readonly tree?: boolean } = {}): ProcessStats {
  let threads = 0;
  let rssBytes = 0;
  let pssBytes = 0;
  let processes = 0;
  for (const member of options.tree === false ? [pid] : processTree(pid)) {
    let status: string;
    let rollup: string;
    try {
      status = readFileSync(`/proc/${member}/status`, 'utf8');
      rollup = readFileSync(`/proc/${member}/smaps_rollup`, 'utf8');
    } catch (error) {
      if (member === pid) throw error;
      continue; // a child that exited meanwhile
    }
    threads += field(status, 'Threads');
    rssBytes += field(status, 'VmRSS') * 1024;
    pssBytes += field(rollup, 'Pss') * 1024;
    processes++;
  }
  return { threads, rssBytes, pssBytes, processes };
}

function field(text: string, name: string): number {
  return Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
}
