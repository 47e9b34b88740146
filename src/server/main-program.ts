// The `npm start` program behind src/main.ts: flags, then the image service (port 3000, in-memory cache, bundled fonts and templates).
import { parseArgs } from 'node:util';
import { flushCompileCache } from '../runtime/compile-cache.js';
import { startServerPool } from './early-pool.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    templates: { type: 'string' },
    dev: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  const { START_HELP } = await import('./start.js');
  console.log(`ogsmith image service\n\n${START_HELP}`);
  process.exit(0);
}

// The render processes first: they load the engine and warm up while this process loads the server.
const early = startServerPool();
const { startServer } = await import('./start.js');
await startServer(values, early);
// Listening: what the next cold start of this process needs is compiled now (its render processes flush after their first render).
flushCompileCache();
