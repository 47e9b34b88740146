// Records Chromium's layout of each HTML case (the DOM parseHtml() builds, whitespace text included) with the oracle: `npx tsx test/html/make-fixtures.mts`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/html/parse-html.js';
import { htmlCases } from './cases-html.js';

const root = new URL('../../', import.meta.url).pathname;
const out = join(root, 'test/html/fixtures');
const oracle = process.env.OGSMITH_ORACLE ?? join(root, '..', 'shared', 'oracle', 'oracle.mjs');

mkdirSync(out, { recursive: true });
const files = htmlCases.map((c) => {
  const file = join(out, `${c.name}.case.json`);
  writeFileSync(file, `${JSON.stringify({ name: c.name, width: c.width, height: c.height, fonts: c.fonts, element: parseHtml(c.html) }, null, 1)}\n`);
  return file;
});
execFileSync(process.execPath, [oracle, ...files, '--out', out], { cwd: root, stdio: 'inherit' });
console.log(`${files.length} HTML fixtures in ${out}`);
