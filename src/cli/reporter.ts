// Build progress: a progress bar on a terminal, plain lines otherwise (CI logs), and the closing summary.
import type { BuildReporter, BuildSummary, PageEvent } from './build.js';
import type { SingleBar } from 'cli-progress';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const STDIO: Output = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

function describe(event: PageEvent): string {
  switch (event.kind) {
    case 'rendered':
      return `rendered ${event.slug} -> ${event.file} (${Math.round(event.ms)} ms)`;
    case 'removed':
      return `removed  ${event.slug} -> ${event.file}`;
    case 'failed':
      return `failed   ${event.failure.source} (${event.failure.error.code}; reason below)`;
  }
}

/** One line per rendered, removed or failed page (the reasons come in the summary); `quiet` prints none. */
export function lineReporter(output: Output, quiet: boolean): BuildReporter {
  return {
    start: (renders, skipped) => {
      if (!quiet) output.out(`ogsmith build: ${renders} to render, ${skipped} up to date`);
    },
    page: (event) => {
      if (!quiet) output.out(describe(event));
    },
    stop: () => {},
  };
}

/** A progress bar on stderr (a TTY); failed pages are named above it as they happen. */
export async function barReporter(stream: NodeJS.WriteStream): Promise<BuildReporter> {
  const { default: cliProgress } = await import('cli-progress');
  const bars = new cliProgress.MultiBar({ stream, format: 'ogsmith build [{bar}] {value}/{total} pages | {eta_formatted} left | {slug}', hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic);
  let bar: SingleBar | undefined;
  return {
    start: (renders) => {
      if (renders > 0) bar = bars.create(renders, 0, { slug: '' });
    },
    page: (event) => {
      if (event.kind === 'failed') bars.log(`${describe(event)}\n`);
      else if (event.kind === 'rendered') bar?.increment({ slug: event.slug });
    },
    stop: () => bars.stop(),
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const pages = (n: number): string => `${n} page${n === 1 ? '' : 's'}`;

/** The closing lines: counts and time, then every failure with its page and reason. */
export function printSummary(summary: BuildSummary, output: Output): void {
  if (summary.mode === 'check') {
    output.out(`ogsmith build --check: ${pages(summary.pages)}, ${summary.skipped} up to date, ${summary.stale.length} out of date, ${summary.failed.length} failed (${seconds(summary.ms)})`);
    for (const line of summary.stale) output.err(`out of date: ${line}`);
  } else {
    const kept = summary.kept.length > 0 ? `, ${summary.kept.length} kept` : '';
    output.out(`ogsmith build: ${pages(summary.pages)}: ${summary.rendered} rendered, ${summary.skipped} skipped, ${summary.failed.length} failed, ${summary.removed.length} removed${kept} in ${seconds(summary.ms)} -> ${summary.outDir}`);
  }
  for (const warning of summary.warnings) output.err(`warning: ${warning}`);
  for (const failure of summary.failed) output.err(`FAILED [${failure.error.code}] ${failure.error.message}`);
}
