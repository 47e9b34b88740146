// Background layers: colour, gradients and url() images with background-size, -position and -repeat.
import { dataUrlBytes, naturalSize } from '../../layout/element/image-natural-size.js';
import type { ImageResolver } from '../../layout/element/normalize.js';
import { findCssUrl } from '../../layout/element/css-url-sources.js';
import { parseLengthPercentage } from '../../layout/style/length.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import type { ComputedStyle } from '../../layout/style/types.js';
import { rgbaText } from '../css/color-text.js';
import { parseGradient } from '../css/gradient.js';
import { PaintValueError } from '../css/paint-error.js';
import type { DisplayCommand, Paint, Rect, RRect } from './types.js';

export type BackgroundLayer =
  | { readonly kind: 'paint'; readonly paint: Paint }
  /** A gradient with background-size or -position: `paint` is laid out for one tile at the origin. */
  | { readonly kind: 'gradient-tile'; readonly paint: Paint; readonly tile: Rect; readonly repeatX: boolean; readonly repeatY: boolean }
  | { readonly kind: 'image'; readonly bytes: Uint8Array; readonly tile: Rect; readonly repeatX: boolean; readonly repeatY: boolean };

/** A gradient function's name, ending where its "(" follows. */
const GRADIENT_NAME = /(?:repeating-)?(?:linear|radial|conic)-gradient$/i;
/** The longest gradient name ("repeating-linear-gradient"). */
const GRADIENT_NAME_MAX = 25;
const REPEATS = new Set(['repeat', 'no-repeat', 'repeat-x', 'repeat-y', 'space', 'round']);

interface LayerParts {
  /** The gradient or the url() as written, and, for a url(), its source. */
  readonly image: { readonly kind: 'gradient'; readonly text: string } | { readonly kind: 'url'; readonly text: string; readonly source: string };
  readonly position: string | undefined;
  readonly size: string | undefined;
  readonly repeat: string | undefined;
}

/**
 * Where the layer's gradient is, as the pattern `(?:repeating-)?(?:linear|radial|conic)-gradient\([\s\S]*\)`
 * (case-insensitive) matches: from the first gradient name followed by "(" to the layer's last ")".
 * Found from the "(" characters, which are few: a layer can be a megabyte data: URL.
 */
export function findGradient(layer: string): { readonly start: number; readonly end: number } | null {
  const lastParen = layer.lastIndexOf(')');
  for (let open = layer.indexOf('('); open >= 0 && open < lastParen; open = layer.indexOf('(', open + 1)) {
    const name = GRADIENT_NAME.exec(layer.slice(Math.max(0, open - GRADIENT_NAME_MAX), open));
    if (name) return { start: open - name[0].length, end: lastParen + 1 };
  }
  return null;
}

/** Splits one layer of the `background` shorthand (or a backgroundImage entry) into its parts. */
function layerParts(layer: string): LayerParts | null {
  const gradient = findGradient(layer);
  const url = gradient ? null : findCssUrl(layer);
  const found = gradient ?? url;
  if (!found) return null;
  const text = layer.slice(found.start, found.end);
  const image = url ? { kind: 'url' as const, text, source: url.source } : { kind: 'gradient' as const, text };
  // The rest without copying the image (a data: URL is large): it is the first occurrence of its text.
  const rest = `${layer.slice(0, found.start)} ${layer.slice(found.end)}`.trim();
  const words = splitTopLevel(rest.replace(/\//g, ' / '), ' ');
  const repeat = words.filter((w) => REPEATS.has(w.toLowerCase())).join(' ') || undefined;
  const others = words.filter((w) => !REPEATS.has(w.toLowerCase()));
  const slash = others.indexOf('/');
  const position = (slash < 0 ? others : others.slice(0, slash)).join(' ') || undefined;
  const size = slash < 0 ? undefined : others.slice(slash + 1).join(' ') || undefined;
  return { image, position, size, repeat };
}

/** True for `none` (any case, spaces around), without lower-casing a long value. */
function isNone(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length === 4 && trimmed.toLowerCase() === 'none';
}

const pick = (list: string | undefined, index: number): string | undefined => {
  if (list === undefined) return undefined;
  const items = splitTopLevel(list, ',');
  return items[index % items.length];
};

function length(token: string, basis: number, em: number): number {
  const lp = parseLengthPercentage(token, { em, rem: 16, vw: 0, vh: 0 });
  return lp.px + (lp.pct / 100) * basis;
}

/** Used tile size (CSS Backgrounds §3.9) for an image of natural size inside the positioning area. */
function tileSize(size: string | undefined, natural: { width: number; height: number }, area: Rect, em: number): { width: number; height: number } {
  const text = (size ?? 'auto').trim().toLowerCase();
  const ratio = natural.height > 0 ? natural.width / natural.height : 1;
  if (text === 'cover' || text === 'contain') {
    const scale = text === 'cover' ? Math.max(area.width / natural.width, area.height / natural.height) : Math.min(area.width / natural.width, area.height / natural.height);
    return { width: natural.width * scale, height: natural.height * scale };
  }
  const [w = 'auto', h = 'auto', extra] = splitTopLevel(text, ' ');
  if (extra !== undefined) throw new PaintValueError('background-size takes one or two values');
  const width = w === 'auto' ? null : length(w, area.width, em);
  const height = h === 'auto' ? null : length(h, area.height, em);
  if (width !== null && height !== null) return { width, height };
  if (width !== null) return { width, height: width / ratio };
  if (height !== null) return { width: height * ratio, height };
  return natural;
}

/**
 * Used tile size of a gradient (CSS Backgrounds §3.9): it has no natural size or ratio, so `auto`,
 * `cover` and `contain` take the positioning area's dimensions.
 */
function gradientTileSize(size: string | undefined, area: Rect, em: number): { width: number; height: number } {
  const text = (size ?? 'auto').trim().toLowerCase();
  if (text === 'cover' || text === 'contain') return { width: area.width, height: area.height };
  const [w = 'auto', h = 'auto', extra] = splitTopLevel(text, ' ');
  if (extra !== undefined) throw new PaintValueError('background-size takes one or two values');
  return { width: w === 'auto' ? area.width : length(w, area.width, em), height: h === 'auto' ? area.height : length(h, area.height, em) };
}

const POSITION_KEYWORDS: Readonly<Record<string, string>> = { left: '0%', center: '50%', right: '100%', top: '0%', bottom: '100%' };

function tilePosition(position: string | undefined, tile: { width: number; height: number }, area: Rect, em: number): { x: number; y: number } {
  // One value means the other is center; keywords may come in either order.
  let [xToken = '0%', yToken = 'center'] = splitTopLevel((position ?? '0% 0%').toLowerCase(), ' ');
  if (xToken === 'top' || xToken === 'bottom' || yToken === 'left' || yToken === 'right') [xToken, yToken] = [yToken, xToken];
  const at = (token: string, free: number): number => length(POSITION_KEYWORDS[token] ?? token, free, em);
  return { x: area.x + at(xToken, area.width - tile.width), y: area.y + at(yToken, area.height - tile.height) };
}

function repeatFlags(repeat: string | undefined): { repeatX: boolean; repeatY: boolean } {
  const words = (repeat ?? 'repeat').toLowerCase().split(/\s+/);
  if (words[0] === 'repeat-x') return { repeatX: true, repeatY: false };
  if (words[0] === 'repeat-y') return { repeatX: false, repeatY: true };
  const x = words[0] !== 'no-repeat';
  const y = (words[1] ?? words[0]) !== 'no-repeat';
  return { repeatX: x, repeatY: y };
}

/** The background layers of a box, bottom first (the colour first). `area` is the padding box. */
export function backgroundLayers(style: ComputedStyle, borderBox: Rect, area: Rect, resolveImage: ImageResolver | undefined): BackgroundLayer[] {
  const layers: BackgroundLayer[] = [];
  if (style.backgroundColor.a > 0) layers.push({ kind: 'paint', paint: { kind: 'color', color: rgbaText(style.backgroundColor) } });
  const layersText = style.paint.backgroundImage ?? style.paint.background;
  if (!layersText || isNone(layersText)) return layers;
  const entries = splitTopLevel(layersText, ',');
  const em = style.fontSize;
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (isNone(entry)) continue;
    const parts = layerParts(entry);
    if (!parts) throw new PaintValueError(`${JSON.stringify(entry.trim())} is not a gradient or url() image`);
    const size = pick(style.paint.backgroundSize, index) ?? parts.size;
    const position = pick(style.paint.backgroundPosition, index) ?? parts.position;
    const repeat = pick(style.paint.backgroundRepeat, index) ?? parts.repeat;
    if (parts.image.kind === 'gradient') {
      const sized = size !== undefined && !/^\s*auto(\s+auto)?\s*$/i.test(size);
      const positioned = position !== undefined && !/^\s*(0%?\s+0%?|left\s+top|top\s+left)\s*$/i.test(position);
      if (!sized && !positioned) {
        layers.push({ kind: 'paint', paint: parseGradient(parts.image.text, borderBox, style.color) });
        continue;
      }
      const tile = gradientTileSize(size, area, em);
      const at = tilePosition(position, tile, area, em);
      layers.push({ kind: 'gradient-tile', paint: parseGradient(parts.image.text, { x: 0, y: 0, ...tile }, style.color), tile: { ...at, ...tile }, ...repeatFlags(repeat) });
      continue;
    }
    const src = parts.image.source;
    const bytes = dataUrlBytes(src) ?? resolveImage?.(src) ?? null;
    if (!bytes) throw new PaintValueError(`url(${JSON.stringify(src.slice(0, 60))}) cannot be read: use a data: URL or a file under the imageDirectory option`);
    let natural: { width: number; height: number };
    try {
      natural = naturalSize(bytes);
    } catch (error) {
      throw new PaintValueError(`url(${JSON.stringify(src.slice(0, 60))}) is not a readable image: ${error instanceof Error ? error.message : String(error)}`);
    }
    const tile = tileSize(size, natural, area, em);
    const at = tilePosition(position, tile, area, em);
    layers.push({ kind: 'image', bytes, tile: { x: at.x, y: at.y, width: tile.width, height: tile.height }, ...repeatFlags(repeat) });
  }
  return layers;
}

/** Drawing commands of background (or mask) layers over `shape`; url() images are added to `images` under `sourcePrefix:index`. */
export function layerCommands(layers: readonly BackgroundLayer[], shape: RRect, sourcePrefix: string, images: Map<string, Uint8Array>, pixelated: boolean): Extract<DisplayCommand, { op: 'fill' | 'pattern' | 'paintPattern' }>[] {
  return layers.map((layer, index) => {
    if (layer.kind === 'paint') return { op: 'fill', shape, paint: layer.paint };
    if (layer.kind === 'gradient-tile') return { op: 'paintPattern', paint: layer.paint, tile: layer.tile, repeatX: layer.repeatX, repeatY: layer.repeatY, shape };
    const source = `${sourcePrefix}:${index}`;
    images.set(source, layer.bytes);
    return { op: 'pattern', source, tile: layer.tile, repeatX: layer.repeatX, repeatY: layer.repeatY, shape, ...(pixelated ? { pixelated } : {}) };
  });
}
