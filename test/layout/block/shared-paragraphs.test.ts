// Paragraphs kept across renders: repeated text reuses its shaping, breaks and lines; any change in text, style, fonts or shaper lays it out anew.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/fonts/bundled.js';
import { FontRegistry } from '../../../src/layout/fonts/font-registry.js';
import { layoutTree, type LaidOutTree } from '../../../src/layout/layout.js';
import { cacheReport } from '../../../src/runtime/cache-budget.js';

const el = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });
const card = (title: string, style: Record<string, unknown> = {}) =>
  el('div', { display: 'flex', flexDirection: 'column', width: 600, height: 400, padding: 20 }, el('div', { fontSize: 40, ...style }, title), el('div', { fontSize: 20 }, 'blog.example.com'));
/** The glyph arrays of every line, in text id order (the same arrays when a layout was reused). */
const glyphArrays = (tree: LaidOutTree) => [...tree.geometry.lines.entries()].sort(([a], [b]) => a - b).flatMap(([, lines]) => lines.map((line) => line.glyphs));
const entries = (name: string) => cacheReport().find((c) => c.name === name)?.entries ?? 0;

describe('shared paragraphs', () => {
  it('keeps a paragraph from its second layout on, and reuses its lines after that with the same result', async () => {
    const fonts = await defaultRegistry();
    const layoutOf = () => layoutTree(card('Rendering images at the edge of the network'), { width: 640, height: 440 }, fonts);
    const prepared = entries('prepared_paragraphs');
    const first = layoutOf();
    // Seen once: nothing kept (text that never comes back leaves nothing behind).
    expect(entries('prepared_paragraphs')).toBe(prepared);
    const second = layoutOf();
    expect(entries('prepared_paragraphs')).toBe(prepared + 2);
    const third = layoutOf();
    expect(entries('prepared_paragraphs')).toBe(prepared + 2);
    expect(JSON.stringify(second.result)).toBe(JSON.stringify(first.result));
    expect(JSON.stringify(third.result)).toBe(JSON.stringify(first.result));
    const [a, b, c] = [glyphArrays(first), glyphArrays(second), glyphArrays(third)];
    expect(a.length).toBeGreaterThan(1);
    b.forEach((glyphs, i) => {
      expect(glyphs).not.toBe(a[i]);
      expect(c[i]).toBe(glyphs);
    });
  });

  it('lays out anew when the text or a style changes, and gives what a first layout of it gives', async () => {
    const fonts = await defaultRegistry();
    const options = { width: 640, height: 440 };
    const wide = JSON.stringify(layoutTree(card('Wide words wrap onto three lines here', { fontSize: 48 }), options, fonts).result);
    const short = layoutTree(card('Short'), options, fonts);
    const longer = layoutTree(card('Shorter'), options, fonts);
    expect(longer.result.root.children[0]).not.toEqual(short.result.root.children[0]);
    // Same text, another size: another style, so not the 40px layout.
    const small = layoutTree(card('Wide words wrap onto three lines here', { fontSize: 20 }), options, fonts);
    const big = layoutTree(card('Wide words wrap onto three lines here', { fontSize: 48 }), options, fonts);
    expect(JSON.stringify(big.result)).toBe(wide);
    expect(JSON.stringify(small.result)).not.toBe(wide);
    // The site name's line is shared by all of them.
    expect(glyphArrays(small).at(-1)).toBe(glyphArrays(big).at(-1));
  });

  it('does not keep paragraphs whose style warned (resolved for that element only) or that hyphenate automatically', async () => {
    const fonts = await defaultRegistry();
    const options = { width: 640, height: 440, strict: false };
    for (const style of [{ color: 'not-a-colour' }, { hyphens: 'auto' }]) {
      const [a, b, c] = [1, 2, 3].map(() => layoutTree(card('Hyphenation of extraordinarily long words', style), options, fonts));
      expect(JSON.stringify(c!.result)).toBe(JSON.stringify(a!.result));
      expect(glyphArrays(c!)[0]).not.toBe(glyphArrays(b!)[0]);
    }
  });

  it('keeps the paragraphs of a few registries only: new fonts at every render empty the caches instead of keeping every registry alive', async () => {
    const data = readFileSync(new URL('../../../fonts/Inter_400Regular.ttf', import.meta.url));
    const registries = await Promise.all(Array.from({ length: 6 }, () => FontRegistry.create([{ name: 'Inter', weight: 400, data }])));
    const title = card('Same text, other fonts');
    const shared = (registry: FontRegistry) => glyphArrays(layoutTree(title, { width: 640, height: 440 }, registry))[0];
    /** The title's glyphs once its paragraph is kept (from the second layout on). */
    const kept = (registry: FontRegistry) => [shared(registry), shared(registry)][1];
    const warm = kept(registries[0]!);
    expect(shared(registries[0]!)).toBe(warm);
    for (const registry of registries.slice(1)) kept(registry);
    // Six registries passed the limit of four: the caches were emptied twice, so at most the last registries' paragraphs are left.
    expect(entries('prepared_paragraphs')).toBeLessThanOrEqual(4);
    const before = kept(registries[0]!);
    expect(shared(registries[0]!)).toBe(before);
  });
});
