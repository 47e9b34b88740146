// Threads and resident memory of a process, read from /proc (Linux): what the chaos tests and the soak watch.
import { readFile } from 'node:fs/promises';

export interface ProcessStats {
  readonly threads: number;
  readonly rssBytes: number;
}

/** The process's live threads and RSS now; throws when /proc has no such process. */
export async function processStats(pid: number): Promise<ProcessStats> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { threads: field('Threads'), rssBytes: field('VmRSS') * 1024 };
}
