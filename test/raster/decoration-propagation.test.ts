// Text decorations reach the text of elements nested in the decorating element, in its colour, and stop at absolute boxes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayList } from '../../src/index.js';

const fonts = [
  { name: 'Inter', weight: 400 as const, data: readFileSync('fonts/Inter_400Regular.ttf') },
  { name: 'Inter', weight: 700 as const, data: readFileSync('fonts/Inter_700Bold.ttf') },
];
const el = (type: string, props: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { ...props, children } });

async function lines(tree: unknown): Promise<{ x0: number; x1: number; color: string }[]> {
  const list = await displayList(tree, { width: 400, height: 100, fonts });
  return list.commands.flatMap((c) => (c.op === 'line' ? [{ x0: Math.round(c.x0), x1: Math.round(c.x1), color: c.color }] : []));
}

describe('text decoration propagation', () => {
  it("underlines the text of a strong inside a link in the link's colour", async () => {
    const found = await lines(el('div', { style: { display: 'block', fontSize: 20 } }, el('a', { href: '/x' }, 'Read ', el('strong', {}, 'docs'))));
    expect(found).toHaveLength(2);
    expect(new Set(found.map((line) => line.color))).toEqual(new Set(['rgba(0,0,238,1)']));
    expect(found[1]!.x0).toBeGreaterThan(found[0]!.x1);
  });

  it('does not reach an absolutely positioned child', async () => {
    const found = await lines(el('div', { style: { display: 'block', fontSize: 20, textDecoration: 'underline', position: 'relative' } }, 'Text', el('span', { style: { position: 'absolute', top: 40 } }, 'away')));
    expect(found).toHaveLength(1);
  });
});
