// Writes every case of cases.mjs to fixtures/ and records the browser's layout and screenshot with the oracle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cases from './cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const out = join(here, 'fixtures');
const oracle = process.env.OGSMITH_ORACLE ?? join(root, '..', 'shared', 'oracle', 'oracle.mjs');
const only = process.argv[2];

mkdirSync(out, { recursive: true });
const selected = cases.filter((c) => !only || c.name.includes(only));
if (!only) for (const file of readdirSync(out)) rmSync(join(out, file));
const caseFiles = selected.map((c) => {
  const file = join(out, `${c.name}.case.json`);
  writeFileSync(file, `${JSON.stringify(c, null, 1)}\n`);
  return file;
});
execFileSync(process.execPath, [oracle, ...caseFiles, '--out', out], { cwd: root, stdio: 'inherit' });
console.log(`${selected.length} fixtures in ${out}`);
