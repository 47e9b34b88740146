// Fonts: CSS font matching, fallback chains, Chromium's rounded metrics and bad font data.
import { readSfnt } from '../../../src/layout/fonts/sfnt-tables.js';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundledFonts, defaultRegistry } from '../../../src/fonts/bundled.js';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { scaledMetrics } from '../../../src/layout/fonts/font-face.js';
import { matchFace } from '../../../src/layout/fonts/font-match.js';
import { FontRegistry, faceForChar } from '../../../src/layout/fonts/font-registry.js';
import { shapeText } from '../../../src/layout/text/shape.js';
import { toCollection, toWoff } from '../../helpers/font-files.js';
import { repositoryRoot } from '../../helpers/oracle-cases.js';

const execFileAsync = promisify(execFile);

const faces = (...specs: [number, 'normal' | 'italic'][]) => specs.map(([weight, style]) => ({ weight, style }));

describe('matchFace (CSS Fonts 4 §5.2)', () => {
  const family = faces([100, 'normal'], [300, 'normal'], [400, 'normal'], [500, 'normal'], [700, 'normal'], [900, 'normal'], [400, 'italic']);
  it.each([
    [400, 400], [500, 500], [600, 700], [800, 900], [200, 100], [350, 300], [450, 500], [950, 900],
  ])('weight %i picks %i', (desired, picked) => {
    expect(matchFace(family, desired, 'normal')?.weight).toBe(picked);
  });

  it('400 prefers 500 before lighter weights when 400 is missing', () => {
    expect(matchFace(faces([300, 'normal'], [500, 'normal']), 400, 'normal')?.weight).toBe(500);
    expect(matchFace(faces([300, 'normal'], [600, 'normal']), 400, 'normal')?.weight).toBe(300);
  });

  it('italic falls back to normal faces, and normal to italic ones', () => {
    expect(matchFace(family, 700, 'italic')).toEqual({ weight: 400, style: 'italic' });
    expect(matchFace(faces([700, 'normal']), 400, 'italic')).toEqual({ weight: 700, style: 'normal' });
    expect(matchFace(faces([400, 'italic']), 400, 'normal')).toEqual({ weight: 400, style: 'italic' });
  });
});

describe('FontRegistry', () => {
  it('parses each font once and returns the same registry for the same inputs', async () => {
    const a = await defaultRegistry();
    const b = await defaultRegistry();
    expect(a).toBe(b);
    const again = await FontRegistry.create([...bundledFonts()]);
    expect(again.faces[0]!.sfnt).toBe(a.faces[0]!.sfnt);
    expect(a.defaultFamily).toBe('Inter');
  });

  it('builds fallback chains: listed families, generic names as the default family, then the rest', async () => {
    const registry = await defaultRegistry();
    const chain = registry.chain(['Nope', 'sans-serif'], 700, 'italic');
    expect(chain[0]).toMatchObject({ family: 'Inter', weight: 700, style: 'italic' });
    expect(faceForChar(chain, 'A')).toBe(chain[0]);
  });

  it('reads Chromium\'s rounded ascent and descent for Inter', async () => {
    const registry = await defaultRegistry();
    const face = registry.chain(['Inter'], 400, 'normal')[0]!;
    // Values recorded by the browser oracle: content-area heights and line heights, and the ascent
    // split from text placed against raised atomic inlines (fixture vertical-align-lengths).
    expect(scaledMetrics(face, 16)).toMatchObject({ ascent: 16, descent: 4, lineSpacing: 20 });
    expect(scaledMetrics(face, 24)).toMatchObject({ ascent: 23, descent: 6, lineSpacing: 29 });
    expect(scaledMetrics(face, 48).lineSpacing).toBe(59);
    expect(scaledMetrics(face, 72)).toMatchObject({ ascent: 70, descent: 17, lineSpacing: 87 });
    expect(scaledMetrics(face, 13)).toMatchObject({ ascent: 13, descent: 3 });
  });

  it('refuses bad font data with a coded error naming the font', async () => {
    const error = await FontRegistry.create([{ name: 'Broken', data: new Uint8Array([1, 2, 3, 4, 5]) }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('INVALID_FONT');
    expect((error as OgsmithError).message).toContain('"Broken"');
    const badWeight = await FontRegistry.create([{ name: 'X', data: bundledFonts()[0]!.data, weight: 5000 }]).catch((e: unknown) => e);
    expect((badWeight as OgsmithError).code).toBe('INVALID_FONT');
  });
});

describe('font formats', () => {
  it('reads WOFF2 fonts (decompressed) with the same metrics and advances as the TTF', async () => {
    const { compress } = await import('wawoff2');
    const ttf = bundledFonts()[0]!.data as Uint8Array;
    const woff2 = await compress(ttf);
    expect(woff2.length).toBeLessThan(ttf.length);
    const registry = await FontRegistry.create([{ name: 'Packed', data: woff2 }]);
    const face = registry.faces[0]!;
    const reference = (await defaultRegistry()).faces[0]!;
    expect(scaledMetrics(face, 16)).toEqual(scaledMetrics(reference, 16));
    expect(readSfnt(face.sfnt).glyphCount).toBe(readSfnt(reference.sfnt).glyphCount);
    const chain = registry.chain(['Packed'], 400, 'normal');
    const referenceChain = (await defaultRegistry()).chain(['Inter'], 400, 'normal');
    expect(shapeText('AVATAR office', chain, 40, 0, 0).width).toBe(shapeText('AVATAR office', referenceChain, 40, 0, 0).width);
  });
});

describe('font formats users bring', () => {
  const [regular, , , , bold] = bundledFonts().map((f) => f.data as Uint8Array);
  const widthWith = async (data: Uint8Array, index?: number): Promise<number> => {
    const registry = await FontRegistry.create([{ name: 'Face', data, ...(index === undefined ? {} : { index }) }]);
    return shapeText('AVATAR office ->', registry.chain(['Face'], 400, 'normal'), 40, 0, 0).width;
  };

  it('reads WOFF 1.0 (zlib tables) with the advances of the TTF it wraps', async () => {
    expect(await widthWith(toWoff(regular!))).toBe(await widthWith(regular!));
  });

  it('reads a face of a TrueType collection by index', async () => {
    const collection = toCollection([regular!, bold!]);
    expect(await widthWith(collection, 0)).toBe(await widthWith(regular!));
    expect(await widthWith(collection, 1)).toBe(await widthWith(bold!));
    expect(await widthWith(collection, 1)).not.toBe(await widthWith(regular!));
  });

  it('refuses a collection index that does not exist, and an index on a single font, naming the font', async () => {
    const collection = toCollection([regular!, bold!]);
    await expect(FontRegistry.create([{ name: 'Pair', data: collection, index: 2 }])).rejects.toMatchObject({ code: 'INVALID_FONT', message: expect.stringMatching(/fonts\[0\] \("Pair"\).*2 faces; index 2 does not exist/) });
    await expect(FontRegistry.create([{ name: 'Single', data: regular!, index: 1 }])).rejects.toMatchObject({ code: 'INVALID_FONT', message: expect.stringMatching(/"Single".*not a collection/) });
    await expect(FontRegistry.create([{ name: 'Bad', data: regular!, index: -1 }])).rejects.toMatchObject({ code: 'INVALID_FONT', message: expect.stringMatching(/index -1/) });
  });

  it('decodes several WOFF2 fonts on the very first call of a fresh process (no concurrent decoder corruption)', async () => {
    const { compress } = await import('wawoff2');
    const dir = mkdtempSync(join(tmpdir(), 'ogsmith-woff2-'));
    writeFileSync(join(dir, 'r.woff2'), await compress(regular!));
    writeFileSync(join(dir, 'b.woff2'), await compress(bold!));
    const script = `
      import { readFileSync } from 'node:fs';
      import { layout } from ${JSON.stringify(pathToFileURL(join(repositoryRoot, 'dist/index.js')).href)};
      const read = (f) => readFileSync(${JSON.stringify(dir)} + '/' + f);
      const fonts = [{ name: 'W', data: read('r.woff2'), weight: 400 }, { name: 'W', data: read('b.woff2'), weight: 700 }];
      const el = { type: 'div', props: { style: { fontFamily: 'W', fontSize: 40 }, children: [{ type: 'span', props: { children: 'Regular ' } }, { type: 'span', props: { style: { fontWeight: 700 }, children: 'Bold' } }] } };
      const result = await layout(el, { width: 800, height: 200, fonts });
      console.log(JSON.stringify(result.root.children.map((span) => span.children[0].lines[0].width)));`;
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script]);
    const widths = JSON.parse(stdout) as number[];
    const registry = await FontRegistry.create([{ name: 'T', data: regular!, weight: 400 }, { name: 'T', data: bold!, weight: 700 }]);
    expect(widths[0]).toBeCloseTo(shapeText('Regular', registry.chain(['T'], 400, 'normal'), 40, 0, 0).width, 6);
    expect(widths[1]).toBeCloseTo(shapeText('Bold', registry.chain(['T'], 700, 'normal'), 40, 0, 0).width, 6);
  });
});

describe('scaled metrics', () => {
  it('rounds ascent and descent on their own, borrowing no pixel for a rounded-down descent (as the fixtures\' Chromium lays text out)', async () => {
    const face = (await defaultRegistry()).chain(['Inter'], 400, 'normal')[0]!;
    expect(scaledMetrics(face, 22)).toMatchObject({ ascent: 21, descent: 5 });
    expect(scaledMetrics(face, 18)).toMatchObject({ ascent: 17, descent: 4, lineSpacing: 21 });
  });
});
