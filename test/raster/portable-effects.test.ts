// Paint effects on the portable backend: blend modes, filter functions, clip paths and layers sized to their clip, checked on pixels.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { decodePng, differingShare } from '../golden/render/image-diff.js';

const box = (style: Record<string, unknown>, ...children: unknown[]) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

async function pixels(element: unknown, width = 40, height = 40): Promise<{ at: (x: number, y: number) => number[] }> {
  const image = await decodePng(await render(element as never, { width, height, backend: 'portable' }));
  return { ...image, at: (x, y) => [...image.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)] };
}

describe('portable paint effects', () => {
  it('blends with mix-blend-mode: multiply of red over grey keeps red × grey', async () => {
    const image = await pixels(box({ width: 40, height: 40, backgroundColor: 'rgb(128,128,128)' }, box({ width: 20, height: 20, backgroundColor: 'rgb(255,0,0)', mixBlendMode: 'multiply' })));
    expect(image.at(5, 5)).toEqual([128, 0, 0, 255]);
    expect(image.at(30, 30)).toEqual([128, 128, 128, 255]);
  });

  it('applies filter colour functions on unpremultiplied colours: grayscale(1) of red is its luminance', async () => {
    const image = await pixels(box({ width: 40, height: 40, backgroundColor: 'white' }, box({ width: 20, height: 20, backgroundColor: 'rgb(255,0,0)', filter: 'grayscale(1)' })));
    const [r, g, b] = image.at(5, 5);
    expect(Math.abs(r! - 54)).toBeLessThanOrEqual(1);
    expect(g).toBe(r);
    expect(b).toBe(r);
  });

  it('cuts a group to its clip-path: a circle leaves the corners empty', async () => {
    const image = await pixels(box({ width: 40, height: 40, backgroundColor: 'rgb(0,0,255)', clipPath: 'circle(50%)' }));
    expect(image.at(20, 20)).toEqual([0, 0, 255, 255]);
    expect(image.at(1, 1)[3]).toBe(0);
  });

  it('blurs with filter: blur() past the element\'s edge', async () => {
    const image = await pixels(box({ width: 40, height: 40, backgroundColor: 'white', alignItems: 'center', justifyContent: 'center' }, box({ width: 10, height: 10, backgroundColor: 'black', filter: 'blur(3px)' })));
    const [r] = image.at(13, 20);
    expect(r).toBeGreaterThan(100);
    expect(r).toBeLessThan(250);
  });

  it('draws opacity layers and effect groups inside a clip at their place (layers only as large as the clip)', async () => {
    const element = box({ width: 120, height: 80, backgroundColor: '#fef3c7', padding: 10 },
      box({ width: 90, height: 50, marginLeft: 13, marginTop: 7, overflow: 'hidden', borderRadius: 12, backgroundColor: '#1e293b' },
        box({ width: 60, height: 30, marginLeft: 17, marginTop: 9, opacity: 0.6, backgroundColor: '#f43f5e' }),
        box({ width: 20, height: 20, marginTop: 5, filter: 'drop-shadow(2px 3px 1px #22d3ee)', backgroundColor: '#a3e635' })));
    const native = await decodePng(await render(element as never, { width: 120, height: 80 }));
    const portable = await decodePng(await render(element as never, { width: 120, height: 80, backend: 'portable' }));
    expect(differingShare(native, portable, 16)).toBeLessThanOrEqual(0.01);
  });
});
