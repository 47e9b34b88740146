// Seeded noise over a smooth ramp: a photograph's pixels for the PNG encoder's purposes (shared by the encoder tests and their child processes).

/** Premultiplied RGBA, opaque unless `alpha` < 255. */
export function photo(width: number, height: number, alpha = 255): Uint8Array {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const base = ((i % width) * 200) / width;
    for (let c = 0; c < 3; c++) pixels[i * 4 + c] = Math.round(((base + random() * 40) * alpha) / 255);
    pixels[i * 4 + 3] = alpha;
  }
  return pixels;
}
