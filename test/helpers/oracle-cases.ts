// Test helper: reads oracle case files from a fixture folder and loads their fonts (cached).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontInput } from '../../src/layout/text/types.js';
import type { OracleCase } from '../layout/compare-layout.js';

export const repositoryRoot = new URL('../../', import.meta.url).pathname;

/** Every `*.case.json` in `dir` (sorted by file name). */
export function loadOracleCases(dir: string): OracleCase[] {
  return readdirSync(dir).filter((f) => f.endsWith('.case.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase);
}

const fontCache = new Map<string, FontInput[]>();

/** The case's fonts as ogsmith font inputs, read once per distinct list. */
export function fontsOf(c: OracleCase): FontInput[] {
  const key = JSON.stringify(c.fonts);
  let fonts = fontCache.get(key);
  if (!fonts) {
    fonts = c.fonts.map((f) => ({ name: f.family, weight: f.weight ?? 400, style: f.style ?? 'normal', data: new Uint8Array(readFileSync(join(repositoryRoot, f.file))) }));
    fontCache.set(key, fonts);
  }
  return fonts;
}
