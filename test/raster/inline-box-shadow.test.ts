// Box shadows of inline boxes split over lines: each fragment's shadow is sliced at its cut side, as Chromium paints it.
import { describe, expect, it } from 'vitest';
import { displayList } from '../../src/render.js';
import type { DisplayCommand } from '../../src/raster/display-list/types.js';

const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });

describe('boxShadow on an inline box over two lines', () => {
  it('clips each fragment at its cut side and stretches the shadow past it', async () => {
    const element = h('div', { display: 'block', width: 150, fontSize: 20 }, 'Some ', h('span', { boxShadow: '3px 3px 0 navy', backgroundColor: '#bfdbfe' }, 'highlighted words that wrap'), ' end.');
    const list = await displayList(element, { width: 200, height: 200 });
    const commands = list.commands;
    const shadows = commands.map((c, i) => [c, i] as const).filter(([c]) => c.op === 'shadow') as (readonly [Extract<DisplayCommand, { op: 'shadow' }>, number])[];
    expect(shadows.length).toBeGreaterThanOrEqual(2);
    const fills = commands.filter((c): c is Extract<DisplayCommand, { op: 'fill' }> => c.op === 'fill');
    for (const [shadow, index] of shadows) {
      const clip = commands[index - 1];
      expect(clip?.op).toBe('clip');
      if (clip?.op !== 'clip') continue;
      // The fragment painted right after the shadow: its background.
      const fragment = fills.find((f) => commands.indexOf(f) > index)!.shape.rect;
      const first = shadow === shadows[0]![0];
      // First fragment: cut on the right, so the clip ends at its right edge and the shadow runs past it.
      if (first) {
        expect(clip.shape.rect.x + clip.shape.rect.width).toBeCloseTo(fragment.x + fragment.width, 6);
        expect(shadow.shape.rect.x + shadow.shape.rect.width).toBeGreaterThan(fragment.x + fragment.width + 3);
      } else {
        expect(clip.shape.rect.x).toBeCloseTo(fragment.x, 6);
        expect(shadow.shape.rect.x).toBeLessThan(fragment.x - 3);
      }
    }
  });

  it('paints a box on one line with a plain shadow', async () => {
    const element = h('div', { display: 'block', width: 300 }, h('span', { boxShadow: '2px 2px 4px black' }, 'short'));
    const commands = (await displayList(element, { width: 320, height: 100 })).commands;
    expect(commands.filter((c) => c.op === 'shadow')).toHaveLength(1);
    expect(commands.filter((c) => c.op === 'clip')).toHaveLength(0);
  });
});
