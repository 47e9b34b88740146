// The peer benchmark's cards (bench/*-cards.mjs) render with ogsmith: a 1200×630 PNG with the card's own pixels, so the benchmark never times an error or a blank card.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, type OgsmithElement } from '../../src/index.js';
import { decodePng } from '../golden/render/image-diff.js';
// @ts-expect-error bench scripts are plain JavaScript modules without types
import { avatarDataUrl, fontFiles, makeAvatar, peerCards } from '../../bench/peer-cards.mjs';
// @ts-expect-error bench scripts are plain JavaScript modules without types
import { encodeCards, makePhoto, photoCards } from '../../bench/encode-cards.mjs';
// @ts-expect-error bench scripts are plain JavaScript modules without types
import { varietyCards, varietyFonts } from '../../bench/variety-cards.mjs';
// @ts-expect-error bench scripts are plain JavaScript modules without types
import { themedCards } from '../../bench/themed-cards.mjs';

type Font = { name: string; weight: number; style: 'normal'; data: Uint8Array };
const root = join(import.meta.dirname, '..', '..');
const fonts = [...(fontFiles(root) as Font[]), ...(varietyFonts(root) as Font[])];
const cards = {
  ...(peerCards(avatarDataUrl(makeAvatar())) as Record<string, OgsmithElement>),
  ...(encodeCards(avatarDataUrl(makePhoto())) as Record<string, OgsmithElement>),
  ...(photoCards(avatarDataUrl(makePhoto({ trueNoise: true }))) as Record<string, OgsmithElement>),
  ...(varietyCards() as Record<string, OgsmithElement>),
  // The themed cards' first and a later render (new colours every render).
  ...Object.fromEntries(Object.entries(themedCards() as Record<string, (render: number) => OgsmithElement>).flatMap(([name, make]) => [[`${name}-0`, make(0)], [`${name}-17`, make(17)]])),
};

describe('peer benchmark cards', () => {
  it("cover issue 17's variety: ten designs, and photographs beyond the synthetic one", () => {
    const names = Object.keys(cards).filter((name) => name !== 'photo-street'); // its file comes from a devDependency
    expect(names.sort()).toEqual(['avatar', 'borders', 'cjk-title', 'emoji-title', 'gradient', 'long-title', 'minimal', 'photo', 'photo-baboon', 'photo-noise', 'radial-shadow', 'tags', 'themed-linear-0', 'themed-linear-17', 'themed-radial-0', 'themed-radial-17']);
  });

  it.each(Object.keys(cards))('%s renders a 1200×630 PNG with more than its background colour', async (name) => {
    const png = await render(cards[name]!, { width: 1200, height: 630, fonts });
    const image = await decodePng(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length && colours.size < 3; i += 4) colours.add(((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!) >>> 0);
    expect(colours.size).toBeGreaterThanOrEqual(3);
  });
});
