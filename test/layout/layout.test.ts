// layout(): options validation, determinism, warnings, display none, fonts option and the sample cards.
import { describe, expect, it } from 'vitest';
import { bundledFonts, layout, type LayoutText } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { sampleCards } from '../../src/samples/cards.js';

const el = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });

describe('layout()', () => {
  it.each([0, -1, Number.NaN, 1e9, 12.5, '100'])('refuses width %j with INVALID_OPTIONS', async (width) => {
    const error = await layout(el('div', {}), { width: width as number, height: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('INVALID_OPTIONS');
    expect((error as OgsmithError).message).toContain('width');
  });

  it('is deterministic: the same input gives the same result bytes', async () => {
    for (const card of Object.values(sampleCards)) {
      const a = JSON.stringify(await layout(card, { width: 1200, height: 630 }));
      const b = JSON.stringify(await layout(structuredClone(card), { width: 1200, height: 630 }));
      expect(a).toBe(b);
    }
  });

  it('keeps display: none elements in place as zero boxes, with their children', async () => {
    const result = await layout(el('div', { width: 100 }, el('div', { display: 'none' }, 'hidden', el('span', {}, 'x')), 'shown'), { width: 200, height: 100 });
    expect(result.root.children[0]).toEqual({ x: 0, y: 0, width: 0, height: 0, children: [{ text: 'hidden', lines: [] }, { x: 0, y: 0, width: 0, height: 0, children: [{ text: 'x', lines: [] }] }] });
    expect(result.root.children[1]).toMatchObject({ text: 'shown', lines: [{ text: 'shown', x: 0 }] });
  });

  it('collects warnings with strict: false and lays out the rest', async () => {
    const result = await layout(el('div', { width: 100, float: 'left', height: 'tall' }), { width: 200, height: 100, strict: false });
    expect(result.root.width).toBe(100);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings.join('\n')).toContain('root');
  });

  it('uses the first given font as the default family', async () => {
    const [regular] = bundledFonts();
    const result = await layout(el('div', {}, 'Hi'), { width: 200, height: 100, fonts: [{ name: 'Custom', data: regular!.data }] });
    expect(result.root.children[0]).toMatchObject({ lines: [{ text: 'Hi', height: 20 }] });
  });

  it('lays out every sample card within the image', async () => {
    for (const [name, card] of Object.entries(sampleCards)) {
      const result = await layout(card, { width: 1200, height: 630 });
      expect(result.root, name).toMatchObject({ x: 0, y: 0, width: 1200, height: 630 });
    }
  });
});

describe('line clamping in any display', () => {
  it('clamps text directly inside a flex container, with an ellipsis', async () => {
    const element = el('div', { width: 120, lineClamp: 2, fontSize: 16 }, 'A title that is much too long to fit on two lines of this box');
    const result = await layout(element, { width: 200, height: 200 });
    const text = result.root.children[0] as LayoutText;
    expect(text.lines).toHaveLength(2);
    expect(text.lines[1]!.text.endsWith('…')).toBe(true);
    expect(result.root.height).toBe(40);
  });
});
