// `ogsmith build`: flags to build options, progress on a TTY or as lines, the summary, and the exit code.
import type { Command } from 'commander';
import type { BuildReporter } from '../build.js';
import type { ConfigOverrides } from '../config.js';
import { barReporter, lineReporter, printSummary, STDIO } from '../reporter.js';
import { positiveInteger } from './values.js';

interface BuildFlags extends ConfigOverrides {
  readonly keep?: boolean;
  readonly check?: boolean;
  readonly force?: boolean;
  readonly threads?: number;
  readonly quiet?: boolean;
  readonly json?: boolean;
}

async function reporterFor(flags: BuildFlags): Promise<BuildReporter> {
  const tty = process.stderr.isTTY === true && !process.env.CI;
  if (flags.json || flags.check) return lineReporter(STDIO, true);
  return tty && !flags.quiet ? barReporter(process.stderr) : lineReporter(STDIO, flags.quiet ?? false);
}

export function buildCommand(program: Command): void {
  program
    .command('build')
    .description('render an OG image for every page (manifest or Markdown folder), redoing only what changed')
    .option('-c, --config <file>', 'config file (default: ogsmith.config.{json,mjs,js,ts} in the working directory)')
    .option('--pages <file>', 'pages manifest: JSON or YAML list of { slug, template, params, alt? }')
    .option('--content <dir>', 'Markdown/MDX folder with front matter (title, description, date, author, tags, image)')
    .option('--templates <dir>', 'folder of .js/.mjs template modules, added to the built-ins')
    .option('-o, --out <dir>', 'output folder (default out/og)')
    .option('--format <format>', 'png, jpeg, webp or avif (default png)')
    .option('--meta <format>', 'og:image meta output: json (og-meta.json), html (plus <slug>.meta.html per page) or none')
    .option('--keep', "keep removed pages' images (default: delete them)")
    .option('--check', 'write nothing; exit 1 when any image is missing or out of date (for CI)')
    .option('--force', 'render every page again')
    .option('-j, --threads <n>', 'render threads (default: available cores)', positiveInteger('--threads'))
    .option('-q, --quiet', 'print only the summary and failures')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText('after', '\nExit codes: 0 all pages built (or up to date with --check), 1 a page failed or (--check) is out of date, 2 bad config or flags.')
    .action(async (flags: BuildFlags) => {
      const { build } = await import('../build.js');
      const summary = await build({ ...flags, reporter: await reporterFor(flags) });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, failed: summary.failed.map((f) => ({ slug: f.slug, source: f.source, code: f.error.code, message: f.error.message })) }, null, 2)}\n`);
      } else {
        printSummary(summary, STDIO);
      }
      process.exitCode = summary.failed.length > 0 || summary.stale.length > 0 ? 1 : 0;
    });
}
