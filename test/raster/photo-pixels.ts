// Seeded noise over a smooth ramp: a photograph's pixels for the PNG encoder's purposes (shared by the encoder tests and their child processes).

/** Premultiplied RGBA, opaque unless `alpha` < 255. */
export function photo(width: number, height: number, alpha = 255): Uint8Array {
  let seed = 7;
  // Math.imul keeps the product exact: a plain multiply loses the bits above 2^53 and the sequence falls into a short cycle (a nearly flat "photo").
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const base = ((i % width) * 200) / width;
    for (let c = 0; c < 3; c++) pixels[i * 4 + c] = Math.round(((base + random() * 40) * alpha) / 255);
    pixels[i * 4 + 3] = alpha;
  }
  return pixels;
}
