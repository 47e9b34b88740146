// Shadows that the native canvas casts from a copy drawn far off the canvas: they must land under rotated transforms, and text shadows ignore the text's alpha.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { decodePng } from '../golden/render/image-diff.js';

const h = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });

async function pixel(png: Buffer, x: number, y: number): Promise<readonly number[]> {
  const { width, data } = await decodePng(png);
  const i = (y * width + x) * 4;
  return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
}

describe('shadows cast from copies of the shape', () => {
  it('draws the box shadow of a rotated box (it was lost off the canvas)', async () => {
    const element = h('div', { width: 200, height: 200, backgroundColor: 'white', alignItems: 'center', justifyContent: 'center' },
      h('div', { width: 80, height: 80, backgroundColor: '#2563eb', boxShadow: '30px 30px 0 black', transform: 'rotate(10deg)' }));
    const png = await render(element, { width: 200, height: 200 });
    // Under the box's bottom-right corner, 30 px down and right: the shadow's black.
    const [r, g, b] = await pixel(png, 150, 150);
    expect(Math.max(r!, g!, b!)).toBeLessThan(40);
  });

  it.each(['native', 'portable'] as const)('draws the text shadow of transparent text, in the shadow colour at full strength (%s)', async (backend) => {
    const element = h('div', { width: 200, height: 80, backgroundColor: 'white', fontSize: 60, fontWeight: 700 },
      h('div', { color: 'transparent', textShadow: '0 0 0 #ff0000' }, '\u2588\u2588'));
    const png = await render(element, { width: 200, height: 80, backend });
    const { width, height, data } = await decodePng(png);
    let red = 0;
    for (let i = 0; i < width * height * 4; i += 4) if (data[i]! > 240 && data[i + 1]! < 20 && data[i + 2]! < 20) red++;
    expect(red).toBeGreaterThan(200);
  });
});
