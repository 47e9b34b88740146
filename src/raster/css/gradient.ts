// CSS gradients (linear, radial, conic and their repeating forms) resolved against a box into canvas paints.
import { parseLengthPercentage } from '../../layout/style/length.js';
import { parseAngle } from '../../layout/style/angle.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import type { Rgba } from '../../layout/style/types.js';
import type { ColorStop, Paint, Rect } from '../display-list/types.js';
import { colorText } from './color-text.js';
import { PaintValueError } from './paint-error.js';

const BASIS = { em: 16, rem: 16, vw: 0, vh: 0 };

const SIDE_ANGLES: Readonly<Record<string, number>> = { top: 0, right: 90, bottom: 180, left: 270 };

function sideAngle(words: readonly string[], rect: Rect): number {
  const set = new Set(words);
  const vertical = set.has('top') ? 'top' : set.has('bottom') ? 'bottom' : null;
  const horizontal = set.has('left') ? 'left' : set.has('right') ? 'right' : null;
  if (words.some((w) => !(w in SIDE_ANGLES)) || words.length === 0 || words.length > 2) throw new PaintValueError(`cannot read direction "to ${words.join(' ')}"`);
  if (vertical && horizontal) {
    // The gradient line is perpendicular to the diagonal between the two other corners.
    const angle = (Math.atan2(rect.width, rect.height) * 180) / Math.PI;
    if (vertical === 'top') return horizontal === 'right' ? angle : 360 - angle;
    return horizontal === 'right' ? 180 - angle : 180 + angle;
  }
  return SIDE_ANGLES[vertical ?? horizontal ?? 'bottom']!;
}

/** Colour stops with positions as fractions of the gradient length (CSS Images 3 §3.4.3 fix-ups). */
function colorStops(parts: readonly string[], length: number, currentColor: Rgba): ColorStop[] {
  const raw: { color: string; offset: number | null }[] = [];
  for (const part of parts) {
    const tokens = splitTopLevel(part, ' ');
    const colorToken = tokens[0] ?? '';
    const color = colorText(colorToken, currentColor);
    if (!color) throw new PaintValueError(`${JSON.stringify(part)} is not a colour stop`);
    const positions = tokens.slice(1).map((t) => {
      const lp = parseLengthPercentage(t, BASIS);
      return length > 0 ? (lp.px + (lp.pct / 100) * length) / length : lp.pct / 100;
    });
    if (positions.length === 0) raw.push({ color, offset: null });
    for (const offset of positions) raw.push({ color, offset });
  }
  if (raw.length < 2) throw new PaintValueError('a gradient needs at least two colour stops');
  if (raw[0]!.offset === null) raw[0]!.offset = 0;
  if (raw[raw.length - 1]!.offset === null) raw[raw.length - 1]!.offset = 1;
  let max = 0;
  for (const stop of raw) {
    if (stop.offset !== null) {
      stop.offset = Math.max(stop.offset, max);
      max = stop.offset;
    }
  }
  for (let i = 0; i < raw.length; i++) {
    if (raw[i]!.offset !== null) continue;
    let j = i;
    while (raw[j]!.offset === null) j++;
    const start = raw[i - 1]!.offset!;
    const end = raw[j]!.offset!;
    for (let k = i; k < j; k++) raw[k]!.offset = start + ((end - start) * (k - i + 1)) / (j - i + 1);
    i = j;
  }
  return raw.map((s) => ({ color: s.color, offset: s.offset! }));
}

function linear(args: readonly string[], rect: Rect, repeating: boolean, currentColor: Rgba): Paint {
  let angle = 180;
  let stopsFrom = 0;
  const first = (args[0] ?? '').trim().toLowerCase();
  if (first.startsWith('to ')) {
    angle = sideAngle(first.slice(3).trim().split(/\s+/), rect);
    stopsFrom = 1;
  } else {
    const parsed = parseAngle(first);
    if (parsed !== null) {
      angle = parsed;
      stopsFrom = 1;
    }
  }
  const radians = (angle * Math.PI) / 180;
  const dx = Math.sin(radians);
  const dy = -Math.cos(radians);
  const length = Math.abs(rect.width * dx) + Math.abs(rect.height * dy);
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return { kind: 'linear', x0: cx - (dx * length) / 2, y0: cy - (dy * length) / 2, x1: cx + (dx * length) / 2, y1: cy + (dy * length) / 2, stops: colorStops(args.slice(stopsFrom), length, currentColor), repeating };
}

function position(tokens: readonly string[], rect: Rect): { x: number; y: number } {
  const keywords: Readonly<Record<string, [number, 'x' | 'y' | 'both']>> = { left: [0, 'x'], right: [100, 'x'], top: [0, 'y'], bottom: [100, 'y'], center: [50, 'both'] };
  let x = 50;
  let y = 50;
  const lengths: number[] = [];
  const toPx = (t: string, size: number) => {
    const lp = parseLengthPercentage(t, BASIS);
    return lp.px + (lp.pct / 100) * size;
  };
  let xPx: number | null = null;
  let yPx: number | null = null;
  tokens.forEach((token, i) => {
    const k = keywords[token];
    if (k) {
      if (k[1] === 'x') x = k[0];
      else if (k[1] === 'y') y = k[0];
      return;
    }
    if (i === 0 || (lengths.length === 0 && xPx === null)) xPx = toPx(token, rect.width);
    else yPx = toPx(token, rect.height);
    lengths.push(0);
  });
  return { x: rect.x + (xPx ?? (x / 100) * rect.width), y: rect.y + (yPx ?? (y / 100) * rect.height) };
}

function radial(args: readonly string[], rect: Rect, repeating: boolean, currentColor: Rgba): Paint {
  const first = (args[0] ?? '').trim().toLowerCase();
  const isStop = colorText(splitTopLevel(first, ' ')[0] ?? '', currentColor) !== null;
  const header = isStop ? '' : first;
  const [shapePart = '', atPart] = header.split(/\s*\bat\b\s*/);
  const words = shapePart.split(/\s+/).filter(Boolean);
  const center = atPart ? position(atPart.split(/\s+/).filter(Boolean), rect) : { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  const circle = words.includes('circle') || (words.filter((w) => w !== 'ellipse').length === 1 && !words.some((w) => w.includes('%')) && words.some((w) => /\d/.test(w)));
  const left = center.x - rect.x;
  const right = rect.x + rect.width - center.x;
  const top = center.y - rect.y;
  const bottom = rect.y + rect.height - center.y;
  const sizeWords = words.filter((w) => w !== 'circle' && w !== 'ellipse');
  let rx: number;
  let ry: number;
  const explicit = sizeWords.filter((w) => /\d/.test(w));
  if (explicit.length > 0) {
    const toPx = (t: string, size: number) => {
      const lp = parseLengthPercentage(t, BASIS);
      return lp.px + (lp.pct / 100) * size;
    };
    rx = toPx(explicit[0]!, rect.width);
    ry = explicit[1] ? toPx(explicit[1], rect.height) : rx;
  } else {
    const size = sizeWords[0] ?? 'farthest-corner';
    const sideX = size.startsWith('closest') ? Math.min(left, right) : Math.max(left, right);
    const sideY = size.startsWith('closest') ? Math.min(top, bottom) : Math.max(top, bottom);
    if (circle) {
      const r = size.endsWith('side') ? (size.startsWith('closest') ? Math.min(sideX, sideY) : Math.max(sideX, sideY)) : Math.hypot(sideX, sideY);
      rx = r;
      ry = r;
    } else if (size.endsWith('side')) {
      rx = sideX;
      ry = sideY;
    } else {
      // Corners: the ellipse of the farthest-side ratio that passes through the corner.
      rx = sideX * Math.SQRT2;
      ry = sideY * Math.SQRT2;
    }
  }
  return { kind: 'radial', cx: center.x, cy: center.y, rx: Math.max(rx, 0.0001), ry: Math.max(ry, 0.0001), stops: colorStops(args.slice(isStop ? 0 : 1), Math.max(rx, 0.0001), currentColor), repeating };
}

function conic(args: readonly string[], rect: Rect, repeating: boolean, currentColor: Rgba): Paint {
  const first = (args[0] ?? '').trim().toLowerCase();
  const isStop = colorText(splitTopLevel(first, ' ')[0] ?? '', currentColor) !== null;
  let angle = 0;
  let center = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  if (!isStop) {
    const fromMatch = /from\s+(\S+)/.exec(first);
    if (fromMatch) angle = parseAngle(fromMatch[1]!) ?? 0;
    const atMatch = /at\s+(.+)$/.exec(first);
    if (atMatch) center = position(atMatch[1]!.split(/\s+/), rect);
  }
  const stops = args.slice(isStop ? 0 : 1).map((part) => part.replace(/(-?\d*\.?\d+)(deg|turn|rad|grad)\b/g, (m) => `${((parseAngle(m) ?? 0) / 360) * 100}%`));
  return { kind: 'conic', cx: center.x, cy: center.y, angle, stops: colorStops(stops, 0, currentColor), repeating };
}

/** A gradient function (e.g. `linear-gradient(45deg, red, blue 80%)`) as a paint for `rect`. */
export function parseGradient(text: string, rect: Rect, currentColor: Rgba): Paint {
  const match = /^\s*(repeating-)?(linear|radial|conic)-gradient\(([\s\S]*)\)\s*$/i.exec(text);
  if (!match) throw new PaintValueError(`${JSON.stringify(text)} is not a gradient`);
  const repeating = match[1] !== undefined;
  const args = splitTopLevel(match[3]!, ',');
  switch (match[2]!.toLowerCase()) {
    case 'linear':
      return linear(args, rect, repeating, currentColor);
    case 'radial':
      return radial(args, rect, repeating, currentColor);
    default:
      return conic(args, rect, repeating, currentColor);
  }
}
