// The edge encoder's hint (src/edge/many-colours.ts): cards of large images or wide gradients skip the palette attempt, and write the same PNG the attempt would have ended in; flat and subtly shaded cards still get their palette.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as edge from '../../dist/edge/api.js';
import { paintsManyColours } from '../../dist/edge/many-colours.js';

edge.useHarfBuzzWasm(new Uint8Array(readFileSync(new URL('../../dist/edge/harfbuzz.wasm', import.meta.url))));
const options = { width: 1200, height: 630, emoji: 'none' } as const;
const box = (style: Record<string, unknown>, ...children: unknown[]) => ({ type: 'div', props: { style: { display: 'flex', width: 1200, height: 630, padding: 80, fontSize: 56, ...style }, children } });
const svgImage = (size: number) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f472b6"/><stop offset="1" stop-color="#1e3a8a"/></linearGradient></defs><circle cx="${size / 2}" cy="${size / 2}" r="${size / 2}" fill="url(#g)"/></svg>`;
  return { type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width: size, height: size } };
};
const cards = {
  wideGradient: box({ backgroundImage: 'linear-gradient(135deg, #0f172a 0%, #312e81 55%, #7c3aed 100%)', color: 'white' }, 'A gradient card'),
  subtleGradient: box({ backgroundImage: 'linear-gradient(#ffffff, #f1f5f9)', color: '#0f172a' }, 'A subtle gradient'),
  flat: box({ backgroundColor: '#fafaf9', color: '#1c1917' }, 'A flat card'),
  largeImage: box({ backgroundColor: '#fafaf9', gap: 40, alignItems: 'center' }, svgImage(280), 'An avatar'),
  smallImage: box({ backgroundColor: '#fafaf9', gap: 40, alignItems: 'center' }, svgImage(48), 'An icon'),
};
/** The PNG's colour type (IHDR byte 9): 3 for a palette. */
const colourType = (png: Uint8Array): number => png[25]!;

describe('paintsManyColours', () => {
  it('is true for large images and wide gradients over a large box, false for flat cards, subtle gradients and small images', async () => {
    const hints = Object.fromEntries(await Promise.all(Object.entries(cards).map(async ([name, card]) => [name, paintsManyColours(await edge.displayList(card, options))])));
    expect(hints).toEqual({ wideGradient: true, subtleGradient: false, flat: false, largeImage: true, smallImage: false });
  });

  it('changes no bytes where the palette attempt fails: the PNG equals the encoder tried with a palette', async () => {
    for (const card of [cards.wideGradient, cards.largeImage]) {
      const list = await edge.displayList(card, options);
      const image = await edge.paintPortable(list, await edge.defaultRegistry(), { strict: true, warnings: [] });
      const attempted = await edge.encodePngWeb(image.data, image.width, image.height, 'auto', 'straight');
      const rendered = await edge.render(card, options);
      expect(colourType(rendered)).not.toBe(3);
      expect(Buffer.from(rendered).equals(Buffer.from(attempted))).toBe(true);
    }
  });

  it('leaves flat and subtly shaded cards their palette', async () => {
    for (const card of [cards.flat, cards.subtleGradient, cards.smallImage]) expect(colourType(await edge.render(card, options))).toBe(3);
  });
});
