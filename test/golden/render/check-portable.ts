// Dev tool: renders golden cases with both backends and prints how far the portable one is from the approved image, the native render and the browser.
// Usage: npx tsx test/golden/render/check-portable.ts [name-substring] [--write] [--gaps]
// --write keeps portable PNGs in render/_portable/; --gaps rewrites known-gaps-portable.json from the measured differences (whole suite only).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../../../src/index.js';
import { fontsOf, loadOracleCases, repositoryRoot as root } from '../../helpers/oracle-cases.js';
import { APPROVED_TOLERANCE, BROWSER_TOLERANCE, CJK_BROWSER_TOLERANCE } from './approved.js';
import { decodePng, differingShare } from './image-diff.js';

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const write = args.includes('--write');
const gaps = { approved: {} as Record<string, string>, browser: {} as Record<string, string> };
const nativeGaps = JSON.parse(readFileSync(join(root, 'test/golden/render/known-gaps.json'), 'utf8')) as Record<string, string>;
const outDir = join(root, 'test/golden/render/_portable');
if (write) mkdirSync(outDir, { recursive: true });
const dirs = [join(root, 'test/golden/render/browser'), join(root, 'test/golden/layout/fixtures')];
let approvedOk = 0;
let approvedAll = 0;
let browserOk = 0;
let browserAll = 0;
for (const dir of dirs) {
  for (const c of loadOracleCases(dir)) {
    if (filter && !c.name.includes(filter)) continue;
    const options = { width: c.width, height: c.height, fonts: fontsOf(c) };
    let png: Buffer;
    try {
      png = await render(c.element, { ...options, backend: 'portable' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`ERR  ${c.name}: ${message}`);
      if (existsSync(join(root, 'test/golden/render/approved', `${c.name}.png`))) gaps.approved[c.name] = `throws: ${message}`;
      if (!nativeGaps[c.name]) gaps.browser[c.name] = `throws: ${message}`;
      continue;
    }
    if (write) writeFileSync(join(outDir, `${c.name}.png`), png);
    const mine = await decodePng(png);
    const approvedPath = join(root, 'test/golden/render/approved', `${c.name}.png`);
    let line = '';
    if (existsSync(approvedPath)) {
      const share = differingShare(mine, await decodePng(readFileSync(approvedPath)), APPROVED_TOLERANCE.threshold);
      approvedAll++;
      if (share <= APPROVED_TOLERANCE.share) approvedOk++;
      else gaps.approved[c.name] = `${(share * 100).toFixed(3)}% of pixels differ by more than ${APPROVED_TOLERANCE.threshold}/255 from the approved image`;
      line += ` approved ${(share * 100).toFixed(3)}%${share <= APPROVED_TOLERANCE.share ? '' : ' FAIL'}`;
    }
    const browser = differingShare(mine, await decodePng(readFileSync(join(dir, `${c.name}.png`))), BROWSER_TOLERANCE.threshold);
    const limit = c.name.startsWith('cjk-') ? CJK_BROWSER_TOLERANCE.share : BROWSER_TOLERANCE.share;
    browserAll++;
    if (browser <= limit) browserOk++;
    else if (!nativeGaps[c.name]) gaps.browser[c.name] = `${(browser * 100).toFixed(2)}% of pixels differ by more than ${BROWSER_TOLERANCE.threshold}/255 from the browser`;
    line += ` browser ${(browser * 100).toFixed(2)}%${browser <= limit ? '' : ' FAIL'}`;
    console.log(`${c.name}:${line}`);
  }
}
console.log(`approved: ${approvedOk} of ${approvedAll} within tolerance; browser: ${browserOk} of ${browserAll}`);
if (args.includes('--gaps') && !filter) writeFileSync(join(root, 'test/golden/render/known-gaps-portable.json'), `${JSON.stringify(gaps, null, 2)}\n`);
