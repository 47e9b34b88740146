// text-overflow on a flex container reaches the text directly inside it (ogsmith's extension; browsers need a block).
import { describe, expect, it } from 'vitest';
import { layout, type LayoutText } from '../../../src/index.js';

const el = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });
const page = { width: 400, height: 100 };
const title = 'A very long title that cannot fit';

describe('text-overflow in a flex container', () => {
  it.each([{}, { flexDirection: 'column' }, { alignItems: 'center', justifyContent: 'center' }])('cuts one nowrap line with an ellipsis inside the box (%j)', async (extra) => {
    const result = await layout(el('div', { width: 200, height: 50, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 20, ...extra }, title), page);
    const [line] = (result.root.children[0] as LayoutText).lines;
    expect(line!.text).toMatch(/^A very long title .*…$/);
    expect(line!.x).toBeGreaterThanOrEqual(0);
    expect(line!.x + line!.width).toBeLessThanOrEqual(200);
  });

  it('uses a custom string, and leaves text alone without overflow: hidden or when it fits', async () => {
    const custom = await layout(el('div', { width: 200, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: '" [more]"', fontSize: 20 }, title), page);
    expect((custom.root.children[0] as LayoutText).lines[0]!.text.endsWith(' [more]')).toBe(true);
    const visible = await layout(el('div', { width: 200, whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontSize: 20 }, title), page);
    expect((visible.root.children[0] as LayoutText).lines[0]!.text).toBe(title);
    const fits = await layout(el('div', { width: 380, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 20 }, title), page);
    expect((fits.root.children[0] as LayoutText).lines[0]!.text).toBe(title);
  });
});
