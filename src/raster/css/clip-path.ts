// clip-path values → ClipShape data: inset(), circle(), ellipse(), polygon(), path() and reference boxes (CSS Masking 1, §3).
import { parseLengthPercentage } from '../../layout/style/length.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import type { ClipShape, FillRule } from '../display-list/effect-types.js';
import type { Radii, Rect, RRect } from '../display-list/types.js';
import { PaintValueError } from './paint-error.js';

export type ReferenceBox = 'margin-box' | 'border-box' | 'padding-box' | 'content-box';
/** The element's boxes, each with its rounded corners (a reference box alone clips to that shape). */
export type ReferenceBoxes = Readonly<Record<ReferenceBox, RRect>>;

/** SVG boxes (fill-box, stroke-box, view-box) mean the border box on HTML elements. */
const BOX_NAMES: Readonly<Record<string, ReferenceBox>> = {
  'margin-box': 'margin-box', 'border-box': 'border-box', 'padding-box': 'padding-box', 'content-box': 'content-box',
  'fill-box': 'border-box', 'stroke-box': 'border-box', 'view-box': 'border-box',
};
const SHAPE = /^(inset|circle|ellipse|polygon|path)\(([\s\S]*)\)$/i;
const POSITION_KEYWORDS: Readonly<Record<string, number>> = { left: 0, top: 0, center: 50, right: 100, bottom: 100 };

function length(token: string, basis: number, em: number): number {
  const lp = parseLengthPercentage(token, { em, rem: 16, vw: 0, vh: 0 });
  return lp.px + (lp.pct / 100) * basis;
}

/** CSS's 1–4 value expansion to top, right, bottom, left (or corner order for radii). */
function fourSides<T>(values: readonly T[]): [T, T, T, T] {
  const [a, b = a, c = a, d = b] = values;
  if (a === undefined || values.length > 4) throw new PaintValueError('expected one to four values');
  return [a, b!, c!, d!];
}

/** `round` radii of inset(): border-radius syntax, percentages of the rectangle's width and height; overlapping radii scaled down. */
function roundRadii(text: string, rect: Rect, em: number): Radii {
  const [horizontal = '', vertical, extra] = splitTopLevel(text, '/');
  if (extra !== undefined) throw new PaintValueError('round takes one "/"');
  const xs = fourSides(splitTopLevel(horizontal, ' ')).map((t) => length(t, rect.width, em));
  const ys = fourSides(splitTopLevel(vertical ?? horizontal, ' ')).map((t) => length(t, rect.height, em));
  if ([...xs, ...ys].some((r) => r < 0)) throw new PaintValueError('radii must not be negative');
  const factor = Math.min(1, rect.width / (xs[0]! + xs[1]! || 1), rect.width / (xs[3]! + xs[2]! || 1), rect.height / (ys[0]! + ys[3]! || 1), rect.height / (ys[1]! + ys[2]! || 1));
  const corner = (i: number): readonly [number, number] => [xs[i]! * factor, ys[i]! * factor];
  return [corner(0), corner(1), corner(2), corner(3)];
}

function inset(args: string, box: Rect, em: number): ClipShape {
  const words = splitTopLevel(args, ' ');
  const roundAt = words.findIndex((w) => w.toLowerCase() === 'round');
  const offsets = roundAt < 0 ? words : words.slice(0, roundAt);
  const [top, right, bottom, left] = fourSides(offsets).map((t, i) => length(t, i % 2 === 0 ? box.height : box.width, em)) as [number, number, number, number];
  const rect: Rect = { x: box.x + left, y: box.y + top, width: Math.max(0, box.width - left - right), height: Math.max(0, box.height - top - bottom) };
  const radii = roundAt < 0 ? null : roundRadii(words.slice(roundAt + 1).join(' '), rect, em);
  return { kind: 'rrect', shape: { rect, radii } };
}

/** `at <position>` of circle() and ellipse(): one or two keywords or lengths (default center). */
function position(text: string | undefined, box: Rect, em: number): { x: number; y: number } {
  let [xToken = 'center', yToken = 'center', extra] = splitTopLevel((text ?? 'center').toLowerCase(), ' ');
  if (extra !== undefined) throw new PaintValueError('a position takes one or two values');
  if (xToken === 'top' || xToken === 'bottom' || yToken === 'left' || yToken === 'right') [xToken, yToken] = [yToken, xToken];
  const at = (token: string, start: number, size: number): number => {
    const keyword = POSITION_KEYWORDS[token];
    return start + (keyword !== undefined ? (keyword / 100) * size : length(token, size, em));
  };
  return { x: at(xToken, box.x, box.width), y: at(yToken, box.y, box.height) };
}

/** A shape radius: a length, a percentage of `basis`, closest-side or farthest-side from the centre along the given sides. */
function shapeRadius(token: string, basis: number, near: readonly number[], em: number): number {
  const lower = token.toLowerCase();
  if (lower === 'closest-side') return Math.min(...near);
  if (lower === 'farthest-side') return Math.max(...near);
  const radius = length(token, basis, em);
  if (radius < 0) throw new PaintValueError('a radius must not be negative');
  return radius;
}

function splitAt(args: string): { radii: string[]; at: string | undefined } {
  const words = splitTopLevel(args, ' ');
  const atIndex = words.findIndex((w) => w.toLowerCase() === 'at');
  return { radii: atIndex < 0 ? words : words.slice(0, atIndex), at: atIndex < 0 ? undefined : words.slice(atIndex + 1).join(' ') };
}

function circle(args: string, box: Rect, em: number): ClipShape {
  const { radii, at } = splitAt(args);
  if (radii.length > 1) throw new PaintValueError('circle() takes one radius');
  const c = position(at, box, em);
  const sides = [c.x - box.x, box.x + box.width - c.x, c.y - box.y, box.y + box.height - c.y].map(Math.abs);
  const r = shapeRadius(radii[0] ?? 'closest-side', Math.hypot(box.width, box.height) / Math.SQRT2, sides, em);
  return { kind: 'ellipse', cx: c.x, cy: c.y, rx: r, ry: r };
}

function ellipse(args: string, box: Rect, em: number): ClipShape {
  const { radii, at } = splitAt(args);
  if (radii.length === 1 || radii.length > 2) throw new PaintValueError('ellipse() takes two radii or none');
  const c = position(at, box, em);
  const rx = shapeRadius(radii[0] ?? 'closest-side', box.width, [Math.abs(c.x - box.x), Math.abs(box.x + box.width - c.x)], em);
  const ry = shapeRadius(radii[1] ?? 'closest-side', box.height, [Math.abs(c.y - box.y), Math.abs(box.y + box.height - c.y)], em);
  return { kind: 'ellipse', cx: c.x, cy: c.y, rx, ry };
}

/** An optional leading `nonzero,` or `evenodd,` argument. */
function fillRuleAndRest(args: string): { fillRule: FillRule; rest: string[] } {
  const items = splitTopLevel(args, ',');
  const first = items[0]?.trim().toLowerCase();
  if (first === 'nonzero' || first === 'evenodd') return { fillRule: first, rest: items.slice(1) };
  return { fillRule: 'nonzero', rest: items };
}

function polygon(args: string, box: Rect, em: number): ClipShape {
  const { fillRule, rest } = fillRuleAndRest(args);
  if (rest.length < 1) throw new PaintValueError('polygon() needs points');
  const points = rest.map((point) => {
    const [x, y, extra] = splitTopLevel(point, ' ');
    if (x === undefined || y === undefined || extra !== undefined) throw new PaintValueError('each polygon() point is two lengths');
    return [box.x + length(x, box.width, em), box.y + length(y, box.height, em)] as const;
  });
  return { kind: 'polygon', points, fillRule };
}

const PATH_DATA = /^[\sMmLlHhVvCcSsQqTtAaZz0-9.,eE+-]*$/;

function path(args: string, box: Rect): ClipShape {
  const { fillRule, rest } = fillRuleAndRest(args);
  const quoted = rest.length === 1 ? /^\s*(['"])([\s\S]*)\1\s*$/.exec(rest[0]!) : null;
  if (!quoted) throw new PaintValueError('path() takes an optional fill rule and one quoted SVG path string');
  const d = quoted[2]!;
  if (!PATH_DATA.test(d) || !/^\s*[Mm]/.test(d)) throw new PaintValueError('the path string is not SVG path data starting with M');
  return { kind: 'svg-path', d, x: box.x, y: box.y, fillRule };
}

/** Parses clip-path (not `none`) against the element's boxes; `em` is its font size. */
export function parseClipPath(text: string, boxes: ReferenceBoxes, em: number): ClipShape {
  let shapeText: string | null = null;
  let box: ReferenceBox | null = null;
  for (const word of splitTopLevel(text.trim(), ' ')) {
    const named = BOX_NAMES[word.toLowerCase()];
    if (named && box === null) box = named;
    else if (SHAPE.test(word) && shapeText === null) shapeText = word;
    else throw new PaintValueError(/^url\(/i.test(word) ? 'url() references are not supported: use a basic shape' : `${JSON.stringify(word)} is not a basic shape or reference box`);
  }
  const reference = boxes[box ?? 'border-box'];
  if (shapeText === null) return { kind: 'rrect', shape: reference };
  const [, name = '', args = ''] = SHAPE.exec(shapeText)!;
  const rect = reference.rect;
  switch (name.toLowerCase()) {
    case 'inset':
      return inset(args.trim(), rect, em);
    case 'circle':
      return circle(args.trim(), rect, em);
    case 'ellipse':
      return ellipse(args.trim(), rect, em);
    case 'polygon':
      return polygon(args.trim(), rect, em);
    default:
      return path(args.trim(), rect);
  }
}
