// The `npm start` program behind src/main.ts: flags, then the image service (port 3000, in-memory cache, bundled fonts and templates).
import { parseArgs } from 'node:util';
import { flushCompileCache } from '../runtime/compile-cache.js';
import { START_HELP, startServer } from './start.js';

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
  console.log(`ogsmith image service\n\n${START_HELP}`);
  process.exit(0);
}

await startServer(values);
// Listening, warmed up: what the next cold start needs is compiled now.
flushCompileCache();
