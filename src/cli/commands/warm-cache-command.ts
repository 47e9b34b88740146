// `ogsmith warm-cache`: writes the engine's V8 code caches ahead of time, for images and deploys whose first start should not compile ogsmith.
import type { Command } from 'commander';
import type { WarmCacheFlags } from '../warm-cache.js';

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

export function warmCacheCommand(program: Command): void {
  program
    .command('warm-cache')
    .description('write V8 code caches of the engine for this Node and its flags, so that a first start reads them instead of compiling')
    .option('--dir <dir>', 'where to write (default node_modules/.cache/ogsmith, read first at run time; elsewhere set OGSMITH_CODE_CACHE to it)')
    .option('--template <name>', 'the built-in template rendered once (its render decides what is compiled)', 'blog')
    .option('--render-processes', 'also the cache of RenderPool render processes (isolation "process", as npm start runs them)')
    .addHelpText(
      'after',
      [
        '',
        'Run it in the image or deploy build, after npm ci, with the Node binary and NODE_OPTIONS the service runs with:',
        'a process on another Node version or with other V8 flags compiles as usual.',
        '',
        'Examples:',
        '  npx ogsmith warm-cache                      # Dockerfile: RUN npx ogsmith warm-cache',
        '  npx ogsmith warm-cache --dir .ogsmith-cache # then run with OGSMITH_CODE_CACHE=.ogsmith-cache',
      ].join('\n'),
    )
    .action(async (flags: WarmCacheFlags) => {
      const { warmCache } = await import('../warm-cache.js');
      const result = await warmCache(flags);
      process.stdout.write(`code caches in ${result.directory} (this process: ${result.runtime}):\n`);
      for (const file of result.files) process.stdout.write(`  ${file.name}  ${kib(file.bytes)}\n`);
    });
}
