// `npm start`: the image service on an embedded default (port 3000, in-memory cache, bundled fonts and templates).
import { parseArgs } from 'node:util';
import { START_HELP, startServer } from './server/start.js';

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
