// Test helper: reads oracle case files from a fixture folder and loads their fonts (cached, or fresh from disk).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontInput } from '../../src/layout/text/types.js';
import type { OracleCase } from '../layout/compare-layout.js';

export const repositoryRoot = new URL('../../', import.meta.url).pathname;

/**
 * Name prefix of the cases of test/golden/layout/cases-fonts.mjs (@fontsource web fonts, script subsets):
 * test/layout/fixtures-fonts.test.ts lays them out with fonts never loaded before, fixtures.test.ts leaves them out.
 */
export const WEBFONT_PREFIX = 'webfont-';

/** Every `*.case.json` in `dir` (sorted by file name). */
export function loadOracleCases(dir: string): OracleCase[] {
  return readdirSync(dir).filter((f) => f.endsWith('.case.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase);
}

/** The `{ case: reason }` list of a known-gaps.json (cases that do not match yet, run with it.fails). */
export function loadKnownGaps(file: string): Record<string, string> {
  return JSON.parse(readFileSync(join(repositoryRoot, file), 'utf8')) as Record<string, string>;
}

/** The case's fonts as ogsmith font inputs, each read from disk now (new bytes, no cache). */
export function readFontsOf(c: OracleCase): FontInput[] {
  return c.fonts.map((f) => ({ name: f.family, weight: weightOf(f.weight), style: f.style ?? 'normal', data: new Uint8Array(readFileSync(join(repositoryRoot, f.file))) }));
}

/** A case font's weight: a number, or a variable font's CSS range such as "300 1000". */
function weightOf(weight: number | string | undefined): FontInput['weight'] {
  if (typeof weight !== 'string') return weight ?? 400;
  const [min, max] = weight.split(/\s+/).map(Number);
  return [min ?? 400, max ?? min ?? 400];
}

const fontCache = new Map<string, FontInput[]>();

/** The case's fonts as ogsmith font inputs, read once per distinct list. */
export function fontsOf(c: OracleCase): FontInput[] {
  const key = JSON.stringify(c.fonts);
  let fonts = fontCache.get(key);
  if (!fonts) {
    fonts = readFontsOf(c);
    fontCache.set(key, fonts);
  }
  return fonts;
}

/** Whether the case uses paint effects (filter, backdrop-filter, clip-path, mask, blend): its display list has effect groups. */
export function usesEffects(c: OracleCase): boolean {
  return /"(filter|backdropFilter|WebkitBackdropFilter|clipPath|mask|maskImage|WebkitMaskImage|mixBlendMode)"/.test(JSON.stringify(c.element));
}
