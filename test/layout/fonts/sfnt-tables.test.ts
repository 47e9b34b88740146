// The sfnt reader: metrics from the tables Chromium reads, and INVALID_FONT with the reason for files that are not fonts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSfnt } from '../../../src/layout/fonts/sfnt-tables.js';
import { tableDirectory, tablesByTag } from '../../../src/layout/fonts/sfnt-directory.js';
import { writeSfnt } from '../../../src/layout/fonts/sfnt-writer.js';
import { repositoryRoot } from '../../helpers/oracle-cases.js';

const inter = (): Uint8Array => new Uint8Array(readFileSync(join(repositoryRoot, 'fonts/Inter_400Regular.ttf')));
const tag = (text: string): number => text.split('').reduce((value, c) => value * 256 + c.charCodeAt(0), 0);

describe('readSfnt', () => {
  it("reads Inter's units per em, hhea line metrics and post/OS2 decoration metrics", () => {
    const info = readSfnt(inter());
    expect(info.unitsPerEm).toBe(2048);
    expect(info.glyphCount).toBeGreaterThan(2000);
    expect(info.line.metricsSource).toMatch(/typo|hhea/);
    expect(info.line.ascent).toBeGreaterThan(1900);
    expect(info.line.descent).toBeGreaterThan(400);
    expect(info.decoration.underlineThickness).toBeGreaterThan(0);
  });

  it('refuses bytes that are not a font, naming the signature', () => {
    expect(() => readSfnt(new TextEncoder().encode('<html>not a font at all</html>'))).toThrow(/not a TrueType\/OpenType font: unsupported signature 0x3c68746d/);
  });

  it('refuses a font whose tables lie past the end of the file', () => {
    expect(() => readSfnt(inter().subarray(0, 4000))).toThrow(/table '.{4}' past the end of the file/);
  });

  it('refuses a font without a cmap table', () => {
    const bytes = inter();
    const tables = tableDirectory(bytes).filter((t) => t.tag !== tag('cmap'));
    expect(tablesByTag(tables).has('cmap')).toBe(false);
    expect(() => readSfnt(writeSfnt(0x00010000, tables))).toThrow("the font has no 'cmap' table");
  });
});
