// Emoji glyphs of a line as image commands: one em square, bottom 0.1em below the baseline (Twemoji's CSS).
import type { PlacedLine } from '../../layout/result/collect.js';
import type { Rect } from './types.js';

/** Where emoji images come from (the Node side's emoji provider). */
export interface EmojiImages {
  readonly name: string;
  load(sequence: string): Uint8Array | null;
}

export interface EmojiImage {
  readonly source: string;
  readonly bytes: Uint8Array;
  readonly dest: Rect;
}

const DESCENT = 0.1;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The images of the line's emoji glyphs; SVGs get the drawn size so they rasterise sharply. */
export function emojiImages(line: PlacedLine, images: EmojiImages | null | undefined): EmojiImage[] {
  if (!images) return [];
  const out: EmojiImage[] = [];
  for (const glyph of line.glyphs) {
    if (glyph.emoji === undefined) continue;
    const loaded = images.load(glyph.emoji);
    if (!loaded) continue;
    const size = glyph.fontSize;
    out.push({
      source: `emoji:${images.name}:${size}:${glyph.emoji}`,
      bytes: sized(loaded, size),
      dest: { x: glyph.x + line.glyphDx, y: line.baseline + DESCENT * size - size, width: size, height: size },
    });
  }
  return out;
}

/** Sets width and height on an SVG's root element (PNG and other bytes pass unchanged). */
function sized(bytes: Uint8Array, size: number): Uint8Array {
  const head = decoder.decode(bytes.subarray(0, 256));
  const at = head.indexOf('<svg');
  if (at < 0) return bytes;
  const text = decoder.decode(bytes);
  const open = text.indexOf('<svg') + 4;
  const tagEnd = text.indexOf('>', open);
  const attributes = text.slice(open, tagEnd).replace(/\s(width|height)="[^"]*"/g, '');
  return encoder.encode(`${text.slice(0, open)} width="${size}" height="${size}"${attributes}${text.slice(tagEnd)}`);
}
