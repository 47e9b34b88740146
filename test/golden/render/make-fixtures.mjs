// Writes the paint cases to browser/ and records Chromium's screenshot of each with the oracle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import paintCases from './cases.mjs';
import effectCases from './cases-effects.mjs';
import satoriCases from './cases-satori.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const out = join(here, 'browser');
const oracle = process.env.OGSMITH_ORACLE ?? join(root, '..', 'shared', 'oracle', 'oracle.mjs');
const cases = [...paintCases, ...effectCases, ...satoriCases];
// `npm run fixtures:render -- NAME-PART` regenerates only the matching cases and keeps the others' files.
const only = process.argv[2];
const chosen = only ? cases.filter((c) => c.name.includes(only)) : cases;
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (!only || chosen.some((c) => file.startsWith(`${c.name}.`))) rmSync(join(out, file));
const files = chosen.map((c) => {
  const file = join(out, `${c.name}.case.json`);
  writeFileSync(file, `${JSON.stringify(c, null, 1)}\n`);
  return file;
});
execFileSync(process.execPath, [oracle, ...files, '--out', out], { cwd: root, stdio: 'inherit' });
console.log(`${chosen.length} paint fixtures in ${out}`);
