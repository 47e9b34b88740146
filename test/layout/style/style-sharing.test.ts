// Style sharing: siblings with the same declarations under one parent style resolve once, and warnings stay per element.
import { describe, expect, it } from 'vitest';
import { normalizeTree } from '../../../src/layout/element/normalize.js';
import { computeStyles } from '../../../src/layout/style/style-tree.js';
import { cacheReport } from '../../../src/runtime/cache-budget.js';

const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });

function stylesOf(input: unknown, strict = true, viewport = { width: 1200, height: 630 }, defaultFontFamily = 'Inter') {
  const tree = normalizeTree(input);
  const warnings: string[] = [];
  const styled = computeStyles(tree.root, tree.nodeCount, { viewportWidth: viewport.width, viewportHeight: viewport.height, defaultFontFamily, strict, warnings });
  const children = tree.root.children.filter((c) => c.kind === 'element');
  return { root: styled.styles[tree.root.id]!, styles: children.map((c) => styled.styles[c.id]!), warnings, anonymous: styled.anonymousStyle };
}

describe('style sharing', () => {
  it('gives siblings with the same type and declarations one computed style, and others their own', () => {
    const { styles } = stylesOf(h('div', { color: 'red' }, h('div', { width: 40, padding: 2 }), h('div', { width: 40, padding: 2 }), h('div', { width: 41, padding: 2 }), h('span', { width: 40, padding: 2 })));
    expect(styles[0]).toBe(styles[1]);
    expect(styles[2]).not.toBe(styles[0]);
    expect(styles[2]!.width).toEqual({ px: 41, pct: 0 });
    // Another element type has other UA defaults (a span is inline).
    expect(styles[3]).not.toBe(styles[0]);
    expect(styles[3]!.display).toBe('inline');
  });

  it('still reports a warning for every element that has it, at its own path (lenient mode)', () => {
    const { warnings } = stylesOf(h('div', {}, h('div', { width: 'wide' }), h('div', { width: 'wide' })), false);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).not.toBe(warnings[1]);
  });

  it('shares styles across renders of the same tree, and only within the same viewport and default font', () => {
    const card = () => h('div', { fontSize: '5vw', lineClamp: 2 }, h('p', { width: '50vh', color: 'red' }), h('span', { fontFamily: 'inherit' }));
    const first = stylesOf(card());
    const again = stylesOf(card());
    expect(again.root).toBe(first.root);
    expect(again.styles[0]).toBe(first.styles[0]);
    expect(again.anonymous(again.root)).toBe(first.anonymous(first.root));
    expect(first.anonymous(first.root).lineClamp).toBe(2);
    // vw and vh resolve against the viewport: another size computes other styles.
    const smaller = stylesOf(card(), true, { width: 600, height: 315 });
    expect(smaller.root).not.toBe(first.root);
    expect(smaller.root.fontSize).toBe(30);
    expect(first.root.fontSize).toBe(60);
    expect(smaller.styles[0]!.width).toEqual({ px: 157.5, pct: 0 });
    // The initial font family is the default one.
    const serif = stylesOf(card(), true, { width: 1200, height: 630 }, 'Noto Serif');
    expect(serif.styles[1]!.fontFamily).toEqual(['Noto Serif']);
    expect(first.styles[1]!.fontFamily).toEqual(['Inter']);
  });

  it('warns again on every render of a style that warned', () => {
    const card = () => h('div', {}, h('div', { width: 'wide' }));
    expect(stylesOf(card(), false).warnings).toHaveLength(1);
    expect(stylesOf(card(), false).warnings).toHaveLength(1);
  });

  it('resolves an element with very long declarations (a data: URL) each time instead of keeping megabytes of keys', () => {
    const url = `url(data:image/png;base64,${'A'.repeat(6000)})`;
    const card = () => h('div', {}, h('div', { backgroundImage: url }), h('div', { backgroundImage: url }));
    const first = stylesOf(card());
    const again = stylesOf(card());
    expect(again.styles[0]).not.toBe(first.styles[0]);
    expect(again.styles[0]).toEqual(first.styles[0]);
  });

  it('keeps no styles under a style resolved for one element only: their keys would name a parent made anew each render', () => {
    const url = `url(data:image/png;base64,${'A'.repeat(6000)})`;
    const card = (title: string) => h('div', { backgroundImage: url }, h('p', { color: 'red', margin: 3 }, title), h('span', { padding: 7 }));
    const entries = (): number => cacheReport().find((cache) => cache.name === 'computed_styles')!.entries;
    stylesOf(card('a'));
    const before = entries();
    const again = stylesOf(card('b'));
    expect(entries()).toBe(before);
    expect(again.styles[0]!.color).toEqual(stylesOf(h('div', {}, h('p', { color: 'red', margin: 3 }))).styles[0]!.color);
  });
});
