// Font parsing at a cold start: static faces are read without a HarfBuzz face (made by their first shaping), variable faces still get their axes, and the content key is the same for any view of the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBytes, parseFont } from '../../../src/layout/fonts/font-parse.js';
import { readSfnt } from '../../../src/layout/fonts/sfnt-tables.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { layout } from '../../../src/index.js';
import { repositoryRoot } from '../../helpers/oracle-cases.js';

const file = (path: string): Uint8Array => new Uint8Array(readFileSync(join(repositoryRoot, path)));

describe('parsing fonts lazily', () => {
  it('tells static fonts (no fvar) from variable ones, and still reads the variable axes at parse time', async () => {
    expect(readSfnt(file('fonts/Inter_400Regular.ttf')).variable).toBe(false);
    const recursive = await parseFont(file('node_modules/@fontsource-variable/recursive/files/recursive-latin-standard-normal.woff2'));
    expect(readSfnt(recursive.sfnt).variable).toBe(true);
    expect(recursive.axes.map((axis) => axis.tag)).toContain('wght');
    expect((await parseFont(file('fonts/Inter_700Bold.ttf'))).axes).toEqual([]);
  });

  it('lays text out with a static face whose HarfBuzz face is made at its first shaping', async () => {
    const bold = file('fonts/Inter_700Bold.ttf');
    const registry = await FontRegistry.create([{ name: 'Lazy', weight: 700, data: bold }]);
    expect(registry.faces[0]!.axes).toEqual([]);
    const laid = await layout({ type: 'div', props: { style: { fontFamily: 'Lazy', fontWeight: 700, fontSize: 40 }, children: 'Lazy faces' } }, { width: 600, height: 100, fonts: [{ name: 'Lazy', weight: 700, data: bold }] });
    expect(laid.root.height).toBeGreaterThan(40);
  });

  it('keys the same bytes the same whatever their alignment, and tells apart fonts that differ in one sampled word', () => {
    const bytes = file('fonts/Inter_400Regular.ttf');
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(hashBytes(shifted.subarray(1))).toBe(hashBytes(bytes));
    // A Buffer's slice() is a view, not a copy: an unaligned Buffer (a render process's fonts file) is keyed the same too.
    expect(hashBytes(Buffer.from(shifted.buffer, 1, bytes.length))).toBe(hashBytes(bytes));
    const changed = bytes.slice();
    changed[7 * 4 * 1000 + 3]! ^= 0x80; // the high byte of the 7,000th word, which the key samples
    expect(hashBytes(changed)).not.toBe(hashBytes(bytes));
    const small = new Uint8Array([1, 2, 3]);
    expect(hashBytes(small)).not.toBe(hashBytes(new Uint8Array([1, 2, 4])));
  });

  it('parses a font apart, under a key of its own, when it differs from a parsed one only in words the key skips', async () => {
    const bytes = file('fonts/Inter_400Regular.ttf');
    const fixed = bytes.slice();
    fixed[(7 * 1000 + 3) * 4]! ^= 0x01; // a word the sampled key skips: the same key, other bytes
    expect(hashBytes(fixed)).toBe(hashBytes(bytes));
    const [original, other, again] = await Promise.all([parseFont(bytes.slice()), parseFont(fixed), parseFont(bytes.slice())]);
    expect(other.hash).not.toBe(original.hash);
    expect(other.sfnt[(7 * 1000 + 3) * 4]).toBe(fixed[(7 * 1000 + 3) * 4]);
    expect(original.sfnt[(7 * 1000 + 3) * 4]).toBe(bytes[(7 * 1000 + 3) * 4]);
    expect(again.hash).toBe(original.hash); // the same bytes in a third buffer share the first parse
    expect(again.sfnt).toBe(original.sfnt);
    expect((await parseFont(fixed.slice())).hash).toBe(other.hash);
  });
});
