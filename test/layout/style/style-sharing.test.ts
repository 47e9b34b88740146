// Style sharing: siblings with the same declarations under one parent style resolve once, and warnings stay per element.
import { describe, expect, it } from 'vitest';
import { normalizeTree } from '../../../src/layout/element/normalize.js';
import { computeStyles } from '../../../src/layout/style/style-tree.js';

const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });

function stylesOf(input: unknown, strict = true) {
  const tree = normalizeTree(input);
  const warnings: string[] = [];
  const styled = computeStyles(tree.root, tree.nodeCount, { viewportWidth: 1200, viewportHeight: 630, defaultFontFamily: 'Inter', strict, warnings });
  const children = tree.root.children.filter((c) => c.kind === 'element');
  return { styles: children.map((c) => styled.styles[c.id]!), warnings };
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
});
