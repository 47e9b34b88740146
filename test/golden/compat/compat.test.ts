// The compatibility suite's figures: of the satori-derived cases (`satori-*`) that satori itself supports at least 95% match Chromium, and every example card (`og-*`) does.
// Each case is compared with the browser by test/layout/fixtures.test.ts and test/golden/render/render.test.ts; the ones that do not
// match yet are in their known-gaps lists (run with it.fails), so the figure here counts what those tests enforce.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnownGaps, repositoryRoot as root } from '../../helpers/oracle-cases.js';
import { loadCompatCases } from './compat-cases.js';

const cases = loadCompatCases().map(({ c }) => c);
const gaps = new Set([...Object.keys(loadKnownGaps('test/golden/layout/known-gaps.json')), ...Object.keys(loadKnownGaps('test/golden/render/known-gaps.json'))]);
const satoriCases = cases.filter((c) => c.name.startsWith('satori-'));
const exampleCards = cases.filter((c) => c.name.startsWith('og-'));

describe('satori compatibility suite', () => {
  it('covers satori\'s test files with cases of its own', () => {
    expect(satoriCases.length).toBeGreaterThanOrEqual(140);
    const files = new Set(satoriCases.map((c) => c.satori.test));
    expect(files.size).toBeGreaterThanOrEqual(40);
    for (const file of files) expect(file).toMatch(/^test\/[a-z-]+\.test\.tsx$/);
  });

  it('at least 95% of the cases satori supports match Chromium (layout and pixels)', () => {
    const supported = satoriCases.filter((c) => c.satori.supported);
    const matching = supported.filter((c) => !gaps.has(c.name));
    expect(matching.length / supported.length, `${matching.length} of ${supported.length}`).toBeGreaterThanOrEqual(0.95);
  });

  it('every example card of the @vercel/og docs and og-playground matches Chromium', () => {
    expect(exampleCards.length).toBeGreaterThanOrEqual(14);
    expect(exampleCards.filter((c) => gaps.has(c.name)).map((c) => c.name)).toEqual([]);
  });

  it('documents every case that does not match in docs/css.md', () => {
    const docs = readFileSync(join(root, 'docs/css.md'), 'utf8');
    for (const c of cases) if (gaps.has(c.name)) expect(docs, `docs/css.md does not name ${c.name}`).toContain(c.name);
  });
});
