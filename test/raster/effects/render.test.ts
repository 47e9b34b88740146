// Paint effects through render() and displayList(): coded errors naming property and value, groups as data, bounds.
import { describe, expect, it } from 'vitest';
import { displayList, render } from '../../../src/index.js';
import { renderTraced } from '../../../src/render.js';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { EFFECT_WORK_BUDGET } from '../../../src/raster/display-list/effects.js';
import { decodePng } from '../../golden/render/image-diff.js';

const size = { width: 40, height: 40 };
const box = (style: Record<string, unknown>, ...children: unknown[]) => ({ type: 'div', props: { style: { width: 40, height: 40, ...style }, children } });

async function failure(element: unknown): Promise<OgsmithError> {
  const error = await render(element, size).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OgsmithError);
  return error as OgsmithError;
}

describe('bad effect values', () => {
  it.each([
    [{ filter: 'blur(-3px)' }, 'filter', '"blur(-3px)"'],
    [{ backdropFilter: 'sepia(lots)' }, 'backdrop-filter', '"sepia(lots)"'],
    [{ clipPath: 'circle(-5px)' }, 'clip-path', '"circle(-5px)"'],
    [{ WebkitMaskImage: 'stripes' }, 'mask-image', '"stripes"'],
    [{ mixBlendMode: 'shiny' }, 'mix-blend-mode', '"shiny"'],
    [{ WebkitTextFillColor: 'blurple' }, '-webkit-text-fill-color', '"blurple"'],
    [{ textDecoration: 'underline', textDecorationThickness: '-2px' }, 'text-decoration-thickness', '"-2px"'],
  ])('%j is INVALID_STYLE_VALUE naming the property and the value', async (style, property, value) => {
    const error = await failure(box({ color: 'red' }, box(style, 'Ab')));
    expect(error.code).toBe('INVALID_STYLE_VALUE');
    expect(error.message).toContain(property);
    expect(error.message).toContain(value);
    expect(error.path).toBe('root > div[0] > div[0]');
  });

  it('with strict: false draws the element without the effect and warns', async () => {
    const element = box({ filter: 'blur(-3px)', backgroundColor: 'red' });
    const { warnings } = await renderTraced(element, { ...size, strict: false });
    expect(warnings.join('\n')).toContain('INVALID_STYLE_VALUE');
    const list = await displayList(element, { ...size, strict: false });
    expect(list.commands.find((c) => c.op === 'pushGroup')).toMatchObject({ filters: [] });
    expect(list.commands.some((c) => c.op === 'fill')).toBe(true);
  });
});

describe('effect bounds', () => {
  it('refuses large blurs and long chains with EFFECT_TOO_COSTLY, also with strict: false', async () => {
    for (const style of [{ filter: 'blur(400px)' }, { backdropFilter: 'blur(1000px)' }, { filter: 'drop-shadow(0 0 260px red)' }, { filter: Array(17).fill('invert(1)').join(' ') }]) {
      const error = await render(box(style), { ...size, strict: false }).catch((e: unknown) => e);
      expect((error as OgsmithError).code, JSON.stringify(style)).toBe('EFFECT_TOO_COSTLY');
      expect((error as OgsmithError).status).toBe(422);
    }
  });

  it('refuses a render whose effects exceed the work budget (canvas pixels × passes)', async () => {
    const many = (n: number) => ({ type: 'div', props: { style: { width: 1000, height: 1000, flexWrap: 'wrap' }, children: Array.from({ length: n }, () => ({ type: 'div', props: { style: { width: 1, height: 1, mixBlendMode: 'multiply' } } })) } });
    // A plain group is 2 passes: 40 fit a 1000×1000 canvas, 41 do not.
    const fits = EFFECT_WORK_BUDGET / (1000 * 1000 * 2);
    await expect(displayList(many(fits), { width: 1000, height: 1000 })).resolves.toBeDefined();
    const error = await displayList(many(fits + 1), { width: 1000, height: 1000, strict: false }).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('EFFECT_TOO_COSTLY');
    expect((error as OgsmithError).message).toContain('1000×1000');
    // A blur counts 4 + stdDeviation / 10 passes more, over a layer grown by 3 σ on every side: 1450² × 13.5 ≈ 28 M units each here.
    const blurs = (n: number) => ({ type: 'div', props: { style: { width: 1000, height: 1000 }, children: Array.from({ length: n }, () => ({ type: 'div', props: { style: { width: 1, height: 1, filter: 'blur(75px)' } } })) } });
    await expect(displayList(blurs(2), { width: 1000, height: 1000 })).resolves.toBeDefined();
    expect(((await displayList(blurs(3), { width: 1000, height: 1000 }).catch((e: unknown) => e)) as OgsmithError).code).toBe('EFFECT_TOO_COSTLY');
  });
});

describe('effect groups in the display list', () => {
  it('emits one group with filters, clip, mask, alpha and blend, a backdrop first inside it', async () => {
    const list = await displayList(box({ opacity: 0.5, filter: 'grayscale(1)', WebkitBackdropFilter: 'blur(2px)', WebkitClipPath: 'circle(10px)', WebkitMaskImage: 'linear-gradient(black, transparent)', mixBlendMode: 'screen', backgroundColor: 'red' }), size);
    const ops = list.commands.map((c) => c.op);
    const push = ops.indexOf('pushGroup');
    expect(ops.slice(push, push + 3)).toEqual(['pushGroup', 'backdrop', 'fill']);
    expect(ops.at(-1)).toBe('popGroup');
    expect(ops).not.toContain('pushLayer');
    expect(list.commands[push]).toMatchObject({ filters: [{ kind: 'grayscale', amount: 1 }], clip: { kind: 'ellipse', cx: 20, cy: 20, rx: 10 }, alpha: 0.5, blend: 'screen', mask: [{ op: 'fill' }] });
    expect(list.commands[push + 1]).toMatchObject({ filters: [{ kind: 'blur', stdDeviation: 2 }], shape: { rect: { x: 0, y: 0, width: 40, height: 40 } } });
    expect(JSON.parse(JSON.stringify(list.commands))).toEqual(list.commands);
  });

  it('makes an effect a stacking context: a positioned child paints inside the group', async () => {
    const list = await displayList(box({ filter: 'invert(1)' }, { type: 'div', props: { style: { position: 'absolute', width: 5, height: 5, backgroundColor: 'blue' } } }), size);
    const ops = list.commands.map((c) => c.op);
    expect(ops.indexOf('fill')).toBeGreaterThan(ops.indexOf('pushGroup'));
    expect(ops.indexOf('fill')).toBeLessThan(ops.indexOf('popGroup'));
  });

  it('isolates a stacking context whose descendants blend, with an empty group', async () => {
    const context = (style: Record<string, unknown>) => box({}, { type: 'div', props: { style: { position: 'absolute', width: 20, height: 20, ...style }, children: [box({ mixBlendMode: 'multiply' })] } });
    const groups = async (style: Record<string, unknown>) => (await displayList(context(style), size)).commands.filter((c) => c.op === 'pushGroup');
    expect(await groups({ zIndex: 1 })).toEqual([{ op: 'pushGroup', filters: [], mask: null, clip: null, alpha: 1, blend: 'normal' }, expect.objectContaining({ blend: 'multiply' })]);
    expect(await groups({ transform: 'rotate(3deg)' })).toHaveLength(2);
    // Not a stacking context (no zIndex): the blend reaches the root.
    expect(await groups({})).toHaveLength(1);
  });

  it('leaves defaults without a group', async () => {
    const list = await displayList(box({ filter: 'none', clipPath: 'none', maskImage: 'none', mixBlendMode: 'normal', backdropFilter: 'none' }), size);
    expect(list.commands.map((c) => c.op)).not.toContain('pushGroup');
  });
});

describe('pixels', () => {
  const pixel = async (element: unknown, x: number, y: number): Promise<number[]> => {
    const png = await decodePng(await render(element, { ...size, palette: 'off' }));
    const i = (y * png.width + x) * 4;
    return [...png.data.subarray(i, i + 4)];
  };

  it('clips to the clip-path and filters the group', async () => {
    const element = box({ backgroundColor: 'white' }, box({ backgroundColor: '#ff0000', clipPath: 'circle(10px)', filter: 'invert(1)' }));
    expect(await pixel(element, 20, 20)).toEqual([0, 255, 255, 255]);
    expect(await pixel(element, 2, 2)).toEqual([255, 255, 255, 255]);
  });

  it('masks by the mask image alpha and blends with the backdrop', async () => {
    const masked = box({ backgroundColor: 'white' }, box({ backgroundColor: 'black', maskImage: 'linear-gradient(90deg, black 50%, transparent 50%)' }));
    expect(await pixel(masked, 5, 20)).toEqual([0, 0, 0, 255]);
    expect(await pixel(masked, 35, 20)).toEqual([255, 255, 255, 255]);
    const blended = box({ backgroundColor: '#00ff00' }, box({ backgroundColor: '#ff0000', mixBlendMode: 'screen' }));
    expect(await pixel(blended, 20, 20)).toEqual([255, 255, 0, 255]);
  });

  it('inherits -webkit-text-fill-color and -webkit-text-stroke into spans; imageRendering into images', async () => {
    const list = await displayList(box({ WebkitTextFillColor: '#00ff00', WebkitTextStroke: '1px blue' }, { type: 'span', props: { style: { color: 'red' }, children: 'Hi' } }), size);
    const glyphs = list.commands.find((c) => c.op === 'glyphs');
    expect(glyphs).toMatchObject({ paint: { kind: 'color', color: 'rgba(0,255,0,1)' }, stroke: { width: 1, color: 'rgba(0,0,255,1)' } });
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAABHNCSVQICAgIfAhkiAAAAAFzUkdCAK7OHOkAAABYSURBVEiJY3zv4vKfgYrAx24TNY1jYKKqaTQAow6kFAx6B7JQopm74yKG2H4GeQwxx20PybZj0IfgqAMpBaMOpBSMOpBSMOpASgHjaHOLQjDqQErBoHcgALZyC6dNrd3/AAAAAElFTkSuQmCC';
    const pixelated = await displayList(box({ imageRendering: 'pixelated' }, { type: 'img', props: { src: png, width: 40, height: 20 } }), size);
    expect(pixelated.commands.find((c) => c.op === 'image')).toMatchObject({ pixelated: true });
  });
});
