// List item markers (li): bullets as shapes and counters as text, placed outside the item as Chromium places them.
import type { ElementNode, TreeNode } from '../../layout/element/types.js';
import { syntheticStyle } from '../../layout/text/font-synthesis.js';
import { scaledMetrics } from '../../layout/fonts/font-face.js';
import type { FontRegistry } from '../../layout/fonts/font-registry.js';
import { COUNTER_MARKERS, SYMBOL_MARKERS, type ListStyleType } from '../../layout/style/list-style.js';
import type { ComputedStyle } from '../../layout/style/types.js';
import { primaryFace } from '../../layout/text/line-metrics.js';
import { shapeText } from '../../layout/text/shape.js';
import { PaintValueError } from '../css/paint-error.js';
import { rgbaText } from '../css/color-text.js';
import { contentRect } from './geometry.js';
import type { DisplayCommand, Rect } from './types.js';

const SYMBOLS: ReadonlySet<string> = new Set(SYMBOL_MARKERS);
const COUNTERS: ReadonlySet<string> = new Set(COUNTER_MARKERS);
/** ::marker's UA style: digits of one width (tabular-nums). */
const TABULAR_NUMS = [{ tag: 'tnum', value: 1 }] as const;
const ROMAN: readonly (readonly [number, string])[] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** The marker kind of a li's style; throws PaintValueError for kinds ogsmith cannot draw. */
export function markerKind(style: ComputedStyle): ListStyleType {
  const position = (style.paint.listStylePosition ?? 'outside').trim().toLowerCase();
  const image = (style.paint.listStyleImage ?? 'none').trim().toLowerCase();
  const type = (style.paint.listStyleType ?? 'disc').trim().toLowerCase();
  if (type === 'none') return 'none';
  if (image !== 'none') throw new PaintValueError('list-style-image is not drawn; use list-style-type, or an img inside the li');
  if (position !== 'outside') throw new PaintValueError(`list-style-position ${JSON.stringify(position)} is not drawn; use outside (the default), or put the marker text inside the li`);
  if (!SYMBOLS.has(type) && !COUNTERS.has(type)) throw new PaintValueError(`expected none, ${[...SYMBOL_MARKERS, ...COUNTER_MARKERS].join(', ')}`);
  return type as ListStyleType;
}

function alphabetic(n: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) out = String.fromCharCode(97 + ((v - 1) % 26)) + out;
  return out;
}

function roman(n: number): string {
  let out = '';
  let v = n;
  for (const [value, letters] of ROMAN) for (; v >= value; v -= value) out += letters;
  return out;
}

/** The counter text with its suffix, as CSS Counter Styles define the predefined styles (out of range: decimal). */
export function counterText(type: ListStyleType, ordinal: number): string {
  const decimal = String(ordinal);
  switch (type) {
    case 'decimal-leading-zero':
      return `${ordinal >= 0 && ordinal < 10 ? `0${decimal}` : ordinal < 0 && ordinal > -10 ? `-0${-ordinal}` : decimal}. `;
    case 'lower-alpha':
    case 'lower-latin':
      return `${ordinal >= 1 ? alphabetic(ordinal) : decimal}. `;
    case 'upper-alpha':
    case 'upper-latin':
      return `${ordinal >= 1 ? alphabetic(ordinal).toUpperCase() : decimal}. `;
    case 'lower-roman':
      return `${ordinal >= 1 && ordinal <= 3999 ? roman(ordinal) : decimal}. `;
    case 'upper-roman':
      return `${ordinal >= 1 && ordinal <= 3999 ? roman(ordinal).toUpperCase() : decimal}. `;
    default:
      return `${decimal}. `;
  }
}

/** The ordinal of every li, by element id: counted among its siblings from ol's start (or down with reversed), a li's value resets it. */
export function listOrdinals(root: ElementNode): ReadonlyMap<number, number> {
  const ordinals = new Map<number, number>();
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const items = node.children.filter((child): child is ElementNode => child.kind === 'element' && child.type === 'li');
    if (items.length > 0) {
      const reversed = node.type === 'ol' && node.attributes.reversed !== undefined;
      const start = node.type === 'ol' ? Number.parseInt(node.attributes.start ?? '', 10) : Number.NaN;
      let next = Number.isFinite(start) ? start : reversed ? items.length : 1;
      for (const item of items) {
        const value = Number.parseInt(item.attributes.value ?? '', 10);
        if (Number.isFinite(value)) next = value;
        ordinals.set(item.id, next);
        next += reversed ? -1 : 1;
      }
    }
    for (const child of node.children) if (child.kind === 'element') stack.push(child);
  }
  return ordinals;
}

/** Baseline of the li's first line of text (in flow, depth first), or null when it has none. */
export function firstBaseline(node: ElementNode, lines: ReadonlyMap<number, readonly { readonly baseline: number }[]>): number | null {
  const visit = (children: readonly TreeNode[]): number | null => {
    for (const child of children) {
      if (child.kind === 'text') {
        const first = lines.get(child.id)?.[0];
        if (first) return first.baseline;
      } else if (child.image === null) {
        const found = visit(child.children);
        if (found !== null) return found;
      }
    }
    return null;
  };
  return visit(node.children);
}

export interface MarkerInput {
  readonly kind: ListStyleType;
  readonly style: ComputedStyle;
  /** The li's border box. */
  readonly rect: Rect;
  readonly ordinal: number;
  /** Baseline of the li's first line, or null (then the marker sits on a line at the li's content top). */
  readonly baseline: number | null;
  readonly fonts: FontRegistry;
}

/**
 * Chromium's outside marker: a bullet is a shape of (⌊2a/3⌋ + 1) / 2 px (a = the rounded ascent),
 * ⌊2a/3⌋ + 7 px left of the content edge and 1.5 (a − ⌊2a/3⌋) px below the line top
 * (ListMarker::RelativeSymbolMarkerRect, InlineMarginsForOutside); a counter is its text ("1. ")
 * ending at the content edge. Measured against the oracle at 16, 23 and 100 px.
 */
export function markerCommands(input: MarkerInput): DisplayCommand[] {
  if (input.kind === 'none') return [];
  const { style, fonts } = input;
  const face = primaryFace(style, fonts);
  const metrics = scaledMetrics(face, style.fontSize);
  const content = contentRect(style, input.rect);
  const baseline = input.baseline ?? content.y + metrics.ascent;
  const color = rgbaText(style.color);
  if (SYMBOLS.has(input.kind)) {
    const a = metrics.ascent;
    const offset = Math.floor((a * 2) / 3);
    const size = Math.floor((offset + 1) / 2);
    const x = content.x - offset - 7;
    const y = baseline - a + Math.floor((3 * (a - offset)) / 2);
    const rect = { x, y, width: size, height: size };
    const round = [[size / 2, size / 2], [size / 2, size / 2], [size / 2, size / 2], [size / 2, size / 2]] as const;
    if (input.kind === 'square') return [{ op: 'fill', shape: { rect, radii: null }, paint: { kind: 'color', color } }];
    if (input.kind === 'disc') return [{ op: 'fill', shape: { rect, radii: round }, paint: { kind: 'color', color } }];
    // circle: a 1 px stroke centred on the ellipse.
    const outer = { x: x - 0.5, y: y - 0.5, width: size + 1, height: size + 1 };
    const inner = { x: x + 0.5, y: y + 0.5, width: Math.max(0, size - 1), height: Math.max(0, size - 1) };
    const ring = (r: Rect) => ({ rect: r, radii: [[r.width / 2, r.height / 2], [r.width / 2, r.height / 2], [r.width / 2, r.height / 2], [r.width / 2, r.height / 2]] as const });
    const side = { width: 1, color, style: 'solid' } as const;
    return [{ op: 'border', outer: ring(outer), inner: ring(inner), top: side, right: side, bottom: side, left: side }];
  }
  const text = counterText(input.kind, input.ordinal);
  const chain = fonts.chainFor(style);
  const shaped = shapeText(text, chain, style.fontSize, 0, 0, TABULAR_NUMS, undefined, style.lang);
  const x0 = content.x - shaped.width;
  const commands: DisplayCommand[] = [];
  for (const glyph of shaped.glyphs) {
    if (glyph.emoji !== undefined) continue;
    const last = commands[commands.length - 1];
    const drawn = { glyphId: glyph.glyphId, x: x0 + glyph.x, y: baseline + glyph.y };
    if (last?.op === 'glyphs' && last.fontKey === glyph.fontKey) (last.glyphs as { glyphId: number; x: number; y: number }[]).push(drawn);
    else {
      const synthetic = syntheticStyle(fonts.face(glyph.fontKey), style, style.fontSize);
      commands.push({ op: 'glyphs', fontKey: glyph.fontKey, size: style.fontSize, paint: { kind: 'color', color }, glyphs: [drawn], shadow: null, stroke: null, ...(synthetic ? { synthetic } : {}) });
    }
  }
  return commands;
}
