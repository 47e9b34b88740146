// Renders the README gallery: every built-in template with its sample parameters, by ogsmith itself (npm run gallery).
import { writeFileSync } from 'node:fs';
import { buildApp } from '../../dist/server/app.js';
import { samples } from '../../dist/templates/samples.js';

const app = await buildApp({ pool: { threads: 2 } });
for (const [name, params] of Object.entries(samples)) {
  const res = await app.inject({ url: `/og/${name}.png?${new URLSearchParams(params)}` });
  if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
  writeFileSync(new URL(`./${name}.png`, import.meta.url), res.rawPayload);
  console.log(`${name}.png ${res.rawPayload.length} bytes`);
}
await app.close();
