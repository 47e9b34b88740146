// `ogsmith serve`: the image service, started exactly as `npm start` starts it.
import type { Command } from 'commander';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('start the image server (templates at /og/<name>.png, POST /render with an API key)')
    .option('--port <n>', 'listen port (env PORT, default 3000)')
    .option('--host <addr>', 'listen address (env HOST, default 0.0.0.0)')
    .option('--templates <dir>', 'extra templates: .js/.mjs modules exporting a template definition')
    .option('--dev', 're-read --templates on change')
    .addHelpText('after', '\nenv: OGSMITH_SECRET (comma-separated signing keys), OGSMITH_API_KEY (enables POST /render),\n     OGSMITH_REDIS_URL (shared cache tier), OGSMITH_RATE_LIMIT (requests per minute per IP), LOG_LEVEL')
    .action(async (flags: { port?: string; host?: string; templates?: string; dev?: boolean }) => {
      const { startServer } = await import('../../server/start.js');
      await startServer(flags);
    });
}
