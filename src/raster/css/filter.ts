// filter and backdrop-filter function lists → FilterFunction data (Filter Effects 1, §13), with the bounds on their cost.
import { parseLengthPercentage } from '../../layout/style/length.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import type { Rgba } from '../../layout/style/types.js';
import type { FilterFunction } from '../display-list/effect-types.js';
import { parseAngle } from '../../layout/style/angle.js';
import { PaintValueError } from './paint-error.js';
import { parseShadows } from './shadow.js';

/** At most this many functions in one filter or backdrop-filter list (docs/server.md, paint effects). */
export const MAX_FILTER_FUNCTIONS = 16;
/** Largest blur standard deviation (blur() and drop-shadow()), in px of the element's space. */
export const MAX_FILTER_BLUR = 250;

/** A value beyond a bound on an effect's cost: EFFECT_TOO_COSTLY (always an error, also with strict: false). */
export class EffectBoundError extends Error {}

const AMOUNT_DEFAULTS: Readonly<Record<string, number>> = { brightness: 1, contrast: 1, grayscale: 1, sepia: 1, saturate: 1, invert: 1, opacity: 1 };
/** Functions whose amount is clamped to 1 (the others may exceed it). */
const CAPPED_AT_ONE = new Set(['grayscale', 'sepia', 'invert', 'opacity']);

/** The list is split into its functions, with or without spaces between them: `blur(2px)grayscale(1)` → two. */
function functionsOf(text: string): { name: string; args: string }[] {
  const functions: { name: string; args: string }[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const head = /^([a-z-]+)\(/i.exec(rest);
    let depth = 0;
    let end = -1;
    for (let i = head ? head[0].length - 1 : rest.length; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (!head || end < 0) throw new PaintValueError(`${JSON.stringify(rest.split(/\s+/)[0])} is not a filter function`);
    functions.push({ name: head[1]!.toLowerCase(), args: rest.slice(head[0].length, end).trim() });
    if (functions.length > MAX_FILTER_FUNCTIONS) throw new EffectBoundError(`more than ${MAX_FILTER_FUNCTIONS} filter functions in one list`);
    rest = rest.slice(end + 1).trim();
  }
  return functions;
}

function amount(name: string, args: string): number {
  if (args === '') return AMOUNT_DEFAULTS[name]!;
  const percent = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/.exec(args);
  const value = percent ? Number(percent[1]) / 100 : /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(args) ? Number(args) : Number.NaN;
  if (!Number.isFinite(value)) throw new PaintValueError(`${name}() takes a number or a percentage`);
  if (value < 0) throw new PaintValueError(`${name}() must not be negative`);
  return CAPPED_AT_ONE.has(name) ? Math.min(1, value) : value;
}

function blurLength(args: string, em: number): number {
  if (args === '') return 0;
  const length = parseLengthPercentage(args, { em, rem: 16, vw: 0, vh: 0 });
  if (length.pct !== 0) throw new PaintValueError('blur() takes a length, not a percentage');
  if (length.px < 0) throw new PaintValueError('blur() must not be negative');
  return length.px;
}

function checkBlur(stdDeviation: number): number {
  if (stdDeviation > MAX_FILTER_BLUR) throw new EffectBoundError(`a blur of ${stdDeviation}px is larger than the ${MAX_FILTER_BLUR}px limit`);
  return stdDeviation;
}

function filterFunction(name: string, args: string, currentColor: Rgba, em: number): FilterFunction {
  switch (name) {
    case 'blur':
      return { kind: 'blur', stdDeviation: checkBlur(blurLength(args, em)) };
    case 'hue-rotate': {
      const degrees = args === '' || args === '0' ? 0 : parseAngle(args);
      if (degrees === null) throw new PaintValueError('hue-rotate() takes an angle (deg, rad, grad, turn)');
      return { kind: 'hue-rotate', degrees };
    }
    case 'drop-shadow': {
      const [shadow, extra] = parseShadows(args, currentColor, em, false);
      if (!shadow || extra) throw new PaintValueError('drop-shadow() takes one shadow: two or three lengths and a colour');
      return { kind: 'drop-shadow', offsetX: shadow.offsetX, offsetY: shadow.offsetY, stdDeviation: checkBlur(shadow.blur), color: shadow.color };
    }
    case 'brightness':
    case 'contrast':
    case 'grayscale':
    case 'sepia':
    case 'saturate':
    case 'invert':
    case 'opacity':
      return { kind: name, amount: amount(name, args) };
    case 'url':
      throw new PaintValueError('url() filters (SVG filter references) are not supported');
    default:
      throw new PaintValueError(`unknown filter function ${name}()`);
  }
}

/** Parses a filter / backdrop-filter value; `none` is the empty list. `em` is the element's font size. */
export function parseFilter(text: string, currentColor: Rgba, em: number): FilterFunction[] {
  if (text.trim().toLowerCase() === 'none') return [];
  return functionsOf(text).map(({ name, args }) => filterFunction(name, args, currentColor, em));
}

/** Largest margin a filtered group's layer gets around the layer below (px): blurs reach at most this far past the canvas. */
export const MAX_GROUP_MARGIN = 256;

/** How far a filter list reaches past its input: 3 standard deviations of every blur and drop shadow, plus shadow offsets; `scale` maps lengths to canvas px. */
export function filterReach(filters: readonly FilterFunction[], scale: number): number {
  let reach = 0;
  for (const f of filters) {
    if (f.kind === 'blur') reach += 3 * f.stdDeviation * scale;
    if (f.kind === 'drop-shadow') reach += (3 * f.stdDeviation + Math.abs(f.offsetX) + Math.abs(f.offsetY)) * scale;
  }
  return Math.ceil(reach);
}
