// The portable backend's PNGs keep translucent colours: its pixels are straight RGBA, and the encoder must not un-premultiply them again.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render.js';
import { decodePng } from '../golden/render/image-diff.js';

const translucent = (background: string) => ({ type: 'div', props: { style: { width: 120, height: 40, background } } });

describe('backend portable, translucent pixels', () => {
  for (const palette of ['auto', 'off'] as const) {
    it(`writes rgba(40, 80, 120, 0.25) as the native backend does (palette ${palette})`, async () => {
      const options = { width: 120, height: 40, palette };
      const native = await decodePng(await render(translucent('rgba(40, 80, 120, 0.25)'), { ...options, backend: 'native' }));
      const portable = await decodePng(await render(translucent('rgba(40, 80, 120, 0.25)'), { ...options, backend: 'portable' }));
      expect(Array.from(portable.data.subarray(0, 4))).toEqual(Array.from(native.data.subarray(0, 4)));
      expect(Array.from(portable.data.subarray(0, 4))).toEqual([40, 80, 120, 64]);
    });
  }

  it('writes a translucent gradient (matched RGBA) within the golden tolerance (8/255) of the native backend', async () => {
    const options = { width: 1200, height: 630 };
    const card = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: 'linear-gradient(90deg, rgba(15, 23, 42, 0.2), rgba(124, 58, 237, 0.9))' } } };
    const native = await decodePng(await render(card, { ...options, backend: 'native' }));
    const portable = await decodePng(await render(card, { ...options, backend: 'portable' }));
    let worst = 0;
    for (let i = 0; i < native.data.length; i += 4 * 97) for (let c = 0; c < 4; c++) worst = Math.max(worst, Math.abs(native.data[i + c]! - portable.data[i + c]!));
    expect(worst).toBeLessThanOrEqual(8);
  });
});
