// Shader rows kept between portable renders: a gradient or image over the same box is computed once and copied after, with the same pixels every time, and never mixed up with another paint or image.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { clearDecodedImages } from '../../src/raster/portable/decoded-images.js';
import { CACHED_MIN_PIXELS, clearShaderRows, rowsOver, shaderRowStats } from '../../src/raster/portable/shader-rows.js';
import type { Shader } from '../../src/raster/portable/shader.js';

const gradientCard = (to: string) => ({ type: 'div', props: { style: { width: 300, height: 160, display: 'flex', backgroundImage: `linear-gradient(135deg, #0f172a, ${to})`, color: 'white', fontSize: 40 }, children: 'Title' } });
const jpeg = readFileSync(new URL('../fixtures/images/flag.jpg', import.meta.url));
const imageCard = (src: string) => ({ type: 'div', props: { style: { width: 300, height: 160, display: 'flex', backgroundColor: 'white' }, children: { type: 'img', props: { src, width: 200, height: 120, style: { borderRadius: 60 } } } } });
const options = { width: 300, height: 160, backend: 'portable' } as const;

beforeEach(() => {
  clearShaderRows();
  clearDecodedImages();
});

describe('portable shader rows', () => {
  it('keep a gradient background from its second render on, with the same PNG every time', async () => {
    const first = await render(gradientCard('#7c3aed'), options);
    expect(shaderRowStats().boxes).toBe(0);
    const second = await render(gradientCard('#7c3aed'), options);
    expect(shaderRowStats().boxes).toBe(1);
    const third = await render(gradientCard('#7c3aed'), options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);
  });

  it('never give one gradient the rows of another over the same box', async () => {
    await render(gradientCard('#7c3aed'), options);
    await render(gradientCard('#7c3aed'), options);
    const other = await render(gradientCard('#f472b6'), options);
    clearShaderRows();
    expect(Buffer.from(other).equals(Buffer.from(await render(gradientCard('#f472b6'), options)))).toBe(true);
  });

  it('keep an image drawn in the same place, and never give it to another image of the same size', async () => {
    const svg = (fill: string) => `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="12"><rect width="20" height="12" fill="${fill}"/><circle cx="10" cy="6" r="5" fill="#facc15"/></svg>`).toString('base64')}`;
    const flag = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
    const first = await render(imageCard(flag), options);
    const second = await render(imageCard(flag), options);
    expect(shaderRowStats().boxes).toBeGreaterThan(0);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    await render(imageCard(svg('#16a34a')), options);
    await render(imageCard(svg('#16a34a')), options);
    const other = await render(imageCard(svg('#dc2626')), options);
    clearShaderRows();
    expect(Buffer.from(other).equals(Buffer.from(await render(imageCard(svg('#dc2626')), options)))).toBe(true);
  });

  it('give any part of a row the words of the whole row, kept or not', () => {
    const calls: number[] = [];
    const shader: Shader = {
      solid: null,
      key: 'counting',
      row(x, y, count, out) {
        calls.push(count);
        // Words that depend on where the row starts, as a float-stepped gradient's may.
        for (let i = 0; i < count; i++) out[i] = x * 1000 + y * 10 + i;
      },
    };
    const area = { x: 10, y: 0, width: 100, height: Math.ceil(CACHED_MIN_PIXELS / 100) };
    const part = new Uint32Array(5);
    for (let use = 0; use < 3; use++) {
      rowsOver(shader, area).row(30, 2, 5, part);
      expect([...part]).toEqual([10 * 1000 + 20 + 20, 10 * 1000 + 20 + 21, 10 * 1000 + 20 + 22, 10 * 1000 + 20 + 23, 10 * 1000 + 20 + 24]);
    }
    // Computed whole each time until the box is kept (second use), then copied: the third use computes nothing.
    expect(calls).toEqual([100, 100]);
  });
});
