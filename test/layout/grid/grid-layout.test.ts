// Grid layout guards: what a grid container refuses with a coded error instead of laying out wrongly.
import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/index.js';

const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });

describe('absolute children of a positioned grid', () => {
  it('refuses grid placement (a grid area as containing block) with UNSUPPORTED_LAYOUT instead of ignoring it', async () => {
    const grid = (child: Record<string, unknown>) => h('div', { display: 'grid', position: 'relative', width: 200, height: 100, gridTemplateColumns: '1fr 1fr' }, h('div', {}, 'a'), h('div', { position: 'absolute', ...child }, 'b'));
    await expect(layout(grid({ gridColumn: 2, top: 0 }), { width: 200, height: 100 })).rejects.toMatchObject({ code: 'UNSUPPORTED_LAYOUT', message: expect.stringContaining('grid area as containing block') });
    await expect(layout(grid({ top: 10, left: 10 }), { width: 200, height: 100 })).resolves.toBeDefined();
  });
});
