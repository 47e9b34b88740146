// Synthetic card pixels for the PNG encoder tests: text-like cards, gradients, noise photographs and translucent shapes, as premultiplied RGBA.

/** A 32-bit LCG (Math.imul keeps the product exact; a plain multiply loses bits above 2^53 and falls into a short cycle). */
export const seeded = (seed: number): (() => number) => () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

/** Writes opaque 0xAABBGGRR words into a fresh RGBA buffer, pixel by pixel from `colour(x, y)`. */
export function image(width: number, height: number, colour: (x: number, y: number) => number): Uint8Array {
  const words = new Uint32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) words[y * width + x] = colour(x, y) >>> 0;
  return new Uint8Array(words.buffer);
}

export const rgb = (r: number, g: number, b: number, a = 255): number => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

/** A card: flat background, blocks of "text" with anti-aliased edges in shades, different per seed (a palette of two bands). */
export function textCard(seed: number, width = 1200, height = 630): Uint8Array {
  const random = seeded(seed);
  const background = rgb(15 + seed, 23, 42);
  const ink = rgb(240, 240 - seed, 250);
  const blocks = Array.from({ length: 40 }, () => ({ x: Math.floor(random() * (width - 60)), y: Math.floor(random() * (height - 30)), w: 8 + Math.floor(random() * 50), h: 10 + Math.floor(random() * 20) }));
  return image(width, height, (x, y) => {
    for (const b of blocks) {
      if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) {
        const edge = x === b.x || x === b.x + b.w - 1 ? 0.5 : 1;
        const mix = (i: number, j: number): number => Math.round(i + (j - i) * edge);
        return rgb(mix(15 + seed, 240), mix(23, 240 - seed), mix(42, 250));
      }
    }
    return (x * 7 + y * 3) % 997 === 0 ? ink : background;
  });
}

/** A horizontal gradient of more steps than a palette holds (steps merged within a level), or a diagonal one (rows shifted a pixel). */
export const gradient = (diagonal: boolean, width = 1200, height = 630): Uint8Array =>
  image(width, height, (x, y) => {
    const t = diagonal ? (x + y) / (width + height) : x / width;
    return rgb(Math.round(51 + t * 152), Math.round(77 + t * 125), Math.round(80 + t * 85));
  });

/** Noise over a ramp: a photograph for the encoder (no palette, no matches: RGB rows deflated in pieces on libuv's pool). */
export function noisePhoto(seed: number, width: number, height: number): Uint8Array {
  const random = seeded(seed);
  return image(width, height, (x) => {
    const base = (x * 200) / width;
    return rgb(Math.round(base + random() * 40), Math.round(base + random() * 40), Math.round(base + random() * 40));
  });
}

/** Translucent shapes over transparency (RGBA or a palette with tRNS), premultiplied. */
export const translucent = (width = 300, height = 200): Uint8Array =>
  image(width, height, (x, y) => {
    const a = (x + y) % 3 === 0 ? 128 : x < width / 2 ? 255 : 0;
    return a === 0 ? 0 : rgb(Math.round((200 * a) / 255), Math.round((100 * a) / 255), Math.round((50 * a) / 255), a);
  });

/**
 * Lines of "text" (blocks with shaded edges) between blank stretches of 40 rows, and from row
 * `stripeFrom` on a vertical stripe in every row (so the stretches there repeat a row that is not
 * one colour): a card whose rows repeat in long stretches, as real cards' margins and line gaps do.
 */
export function linesCard(seed: number, width = 1200, height = 630, stripeFrom = height >> 1): Uint8Array {
  const random = seeded(seed);
  const background = rgb(250, 250, 245 - seed);
  const lineTops = Array.from({ length: Math.floor(height / 64) }, (_, i) => 20 + i * 64).filter((top) => top + 24 <= height);
  const blocks = lineTops.flatMap((top) => Array.from({ length: 12 }, () => ({ x: 40 + Math.floor(random() * (width - 120)), y: top + Math.floor(random() * 6), w: 6 + Math.floor(random() * 40), h: 10 + Math.floor(random() * 12) })));
  return image(width, height, (x, y) => {
    for (const b of blocks) {
      if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) {
        const edge = x === b.x || x === b.x + b.w - 1 ? 0.5 : 1;
        return rgb(Math.round(250 - 220 * edge), Math.round(250 - 200 * edge), Math.round(245 - seed - 180 * edge));
      }
    }
    return y >= stripeFrom && x >= 8 && x < 14 ? rgb(37, 99, 235) : background;
  });
}

/** linesCard with rows [from, to) made content (a red dot moving along them): the rows around the cut then differ, so the cut lands inside content. */
export function linesCardWithDots(seed: number, from: number, to: number): Uint8Array {
  const rgba = linesCard(seed);
  const words = new Uint32Array(rgba.buffer);
  for (let y = from; y < to; y++) words[y * 1200 + ((y * 37) % 1100) + 50] = rgb(255, 0, 0);
  return rgba;
}

/** Pixels of five colours in runs, rows repeated or moved a pixel, and random pixels, with a fifth of the rows copied from the row above: the palette kernels' property tests. */
export function fewColourRuns(width: number, height: number, seed: number): Uint32Array {
  const colours = [0xff000000, 0xffffffff, 0xff0000ff, 0xff010203, 0xffff0000];
  const random = seeded(seed);
  const pixels = new Uint32Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    const r = random();
    pixels[i] = r < 0.4 && i > 0 ? pixels[i - 1]! : r < 0.7 && i >= width ? pixels[i - width]! : r < 0.8 && i >= width - 1 && i > 0 ? pixels[i - width + 1]! : colours[Math.floor(random() * colours.length)]!;
  }
  for (let y = 1; y < height; y++) if (random() < 0.2) pixels.copyWithin(y * width, (y - 1) * width, y * width);
  return pixels;
}
