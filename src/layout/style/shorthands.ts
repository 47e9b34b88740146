// Shorthand expansion: margin, padding, inset, border*, borderRadius, flex, flexFlow, gap, font, background, overflow.
import { isCurrentColor, parseColor } from './color.js';
import { parseAngle } from './angle.js';
import { keyword, splitTopLevel } from './tokens.js';
import { GRID_SHORTHANDS } from './grid.js';
import { listStyleShorthand } from './list-style.js';

export type RawValue = string | number;
export type Declaration = readonly [name: string, value: RawValue];

export class ShorthandError extends Error {}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;
const CORNERS = ['TopLeft', 'TopRight', 'BottomRight', 'BottomLeft'] as const;
const BORDER_STYLES = new Set(['none', 'hidden', 'solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset']);
const CSS_WIDE = new Set(['inherit', 'initial', 'unset']);

/** 1–4 values to top/right/bottom/left, as CSS box shorthands do. */
export function fourSides(value: RawValue): [RawValue, RawValue, RawValue, RawValue] {
  if (typeof value === 'number') return [value, value, value, value];
  const parts = splitTopLevel(value, ' ');
  const [a, b = a, c = a, d = b] = parts as [string, string?, string?, string?];
  if (parts.length === 0 || parts.length > 4 || a === undefined) throw new ShorthandError('expected 1 to 4 values');
  return [a, b, c, d];
}

function sides(prefix: string, suffix: string, value: RawValue): Declaration[] {
  if (typeof value === 'string' && CSS_WIDE.has(keyword(value))) return SIDES.map((side) => [`${prefix}${side}${suffix}`, value] as const);
  const values = fourSides(value);
  return SIDES.map((side, i) => [`${prefix}${side}${suffix}`, values[i]!] as const);
}

function insetSides(value: RawValue): Declaration[] {
  const values = typeof value === 'string' && CSS_WIDE.has(keyword(value)) ? [value, value, value, value] : fourSides(value);
  return (['top', 'right', 'bottom', 'left'] as const).map((side, i) => [side, values[i]!] as const);
}

/** width style color in any order; missing parts reset to medium / none / currentColor. */
export function borderParts(value: RawValue): { width: RawValue; style: string; color: string } {
  if (typeof value === 'number') return { width: value, style: 'solid', color: 'currentcolor' };
  const k = keyword(value);
  if (k === 'none' || k === '0') return { width: 'medium', style: 'none', color: 'currentcolor' };
  let width: RawValue = 'medium';
  let style = 'none';
  let color = 'currentcolor';
  for (const token of splitTopLevel(value, ' ')) {
    const t = keyword(token);
    if (BORDER_STYLES.has(t)) style = t;
    else if (t === 'thin' || t === 'medium' || t === 'thick' || /^[+-]?(\d|\.\d)/.test(t) || /^(calc|min|max|clamp)\(/.test(t)) width = token;
    else if (isCurrentColor(t) || parseColor(token)) color = token;
    else throw new ShorthandError(`${JSON.stringify(token)} is not a border width, style or colour`);
  }
  return { width, style, color };
}

function border(prefixSides: readonly string[], value: RawValue): Declaration[] {
  const parts = typeof value === 'string' && CSS_WIDE.has(keyword(value)) ? { width: value, style: value, color: value } : borderParts(value);
  return prefixSides.flatMap((side) => [[`border${side}Width`, parts.width], [`border${side}Style`, parts.style], [`border${side}Color`, parts.color]] as Declaration[]);
}

function borderRadius(value: RawValue): Declaration[] {
  if (typeof value === 'number') return CORNERS.map((corner) => [`border${corner}Radius`, value] as const);
  if (CSS_WIDE.has(keyword(value))) return CORNERS.map((corner) => [`border${corner}Radius`, value] as const);
  const [horizontalPart, verticalPart, extra] = splitTopLevel(value, '/');
  if (horizontalPart === undefined || extra !== undefined) throw new ShorthandError('expected "radii" or "radii / radii"');
  const h = fourSides(horizontalPart);
  const v = verticalPart === undefined ? h : fourSides(verticalPart);
  // CSS order for radii is top-left, top-right, bottom-right, bottom-left (same positions as top/right/bottom/left).
  return CORNERS.map((corner, i) => [`border${corner}Radius`, h[i] === v[i] ? h[i]! : `${h[i]} ${v[i]}`] as const);
}

function flex(value: RawValue): Declaration[] {
  if (typeof value === 'number') return [['flexGrow', value], ['flexShrink', 1], ['flexBasis', '0%']];
  const k = keyword(value);
  if (k === 'none') return [['flexGrow', 0], ['flexShrink', 0], ['flexBasis', 'auto']];
  if (k === 'auto') return [['flexGrow', 1], ['flexShrink', 1], ['flexBasis', 'auto']];
  if (k === 'initial') return [['flexGrow', 0], ['flexShrink', 1], ['flexBasis', 'auto']];
  if (CSS_WIDE.has(k)) return [['flexGrow', k], ['flexShrink', k], ['flexBasis', k]];
  const parts = splitTopLevel(value, ' ');
  const numbers: string[] = [];
  let basis: string | null = null;
  for (const part of parts) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(part) && basis === null) numbers.push(part);
    else if (basis === null) basis = part;
    else throw new ShorthandError(`cannot read flex value ${JSON.stringify(value)}`);
  }
  if (numbers.length === 3 && basis === null) basis = numbers.pop()!;
  if (numbers.length > 2 || parts.length === 0) throw new ShorthandError(`cannot read flex value ${JSON.stringify(value)}`);
  return [['flexGrow', numbers[0] ?? '1'], ['flexShrink', numbers[1] ?? '1'], ['flexBasis', basis ?? '0%']];
}

function flexFlow(value: RawValue): Declaration[] {
  const out: Declaration[] = [];
  for (const part of splitTopLevel(String(value), ' ')) {
    const k = keyword(part);
    if (k.startsWith('row') || k.startsWith('column')) out.push(['flexDirection', k]);
    else if (k.includes('wrap')) out.push(['flexWrap', k]);
    else throw new ShorthandError(`${JSON.stringify(part)} is not a flex direction or wrap`);
  }
  return out;
}

function gap(value: RawValue): Declaration[] {
  if (typeof value === 'number') return [['rowGap', value], ['columnGap', value]];
  const [row, column, extra] = splitTopLevel(value, ' ');
  if (row === undefined || extra !== undefined) throw new ShorthandError('expected 1 or 2 values');
  return [['rowGap', row], ['columnGap', column ?? row]];
}

const FONT_STYLE = new Set(['italic', 'oblique']);
const FONT_WEIGHT = new Set(['bold', 'bolder', 'lighter']);
const FONT_IGNORED = new Set(['normal', 'small-caps', 'ultra-condensed', 'extra-condensed', 'condensed', 'semi-condensed', 'semi-expanded', 'expanded', 'extra-expanded', 'ultra-expanded']);
const FONT_SIZE_KEYWORDS = new Set(['xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'xxx-large', 'smaller', 'larger']);

function font(value: RawValue): Declaration[] {
  if (typeof value === 'number') throw new ShorthandError('font needs a size and a family');
  const tokens = splitTopLevel(value, ' ');
  let style = 'normal';
  let weight: RawValue = 'normal';
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = keyword(tokens[i]!);
    if (t === 'oblique' && tokens[i + 1] !== undefined && tokens[i + 1] !== '0' && parseAngle(tokens[i + 1]!) !== null) style = `oblique ${tokens[++i]!}`;
    else if (FONT_STYLE.has(t)) style = t;
    else if (FONT_WEIGHT.has(t)) weight = t;
    else if (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 1000 && tokens[i + 1] !== undefined && !tokens[i + 1]!.startsWith('/')) weight = t;
    else if (FONT_IGNORED.has(t)) continue;
    else break;
  }
  let sizeToken = tokens[i];
  if (sizeToken === undefined) throw new ShorthandError('font needs a size and a family');
  let lineHeight: string = 'normal';
  i++;
  if (sizeToken.includes('/')) {
    const [size, lh] = sizeToken.split('/');
    sizeToken = size ?? '';
    lineHeight = lh || tokens[i++] || '';
  } else if (tokens[i]?.startsWith('/')) {
    lineHeight = tokens[i]!.slice(1) || tokens[i + 1] || '';
    i += tokens[i] === '/' ? 2 : 1;
  }
  if (!FONT_SIZE_KEYWORDS.has(keyword(sizeToken)) && !/^[+-]?(\d|\.\d)|^(calc|min|max|clamp)\(/i.test(sizeToken)) throw new ShorthandError(`${JSON.stringify(sizeToken)} is not a font size`);
  const family = tokens.slice(i).join(' ');
  if (family.trim() === '') throw new ShorthandError('font needs a family after the size');
  return [['fontStyle', style], ['fontWeight', weight], ['fontSize', sizeToken], ['lineHeight', lineHeight], ['fontFamily', family]];
}

function background(value: RawValue): Declaration[] {
  const text = String(value);
  const k = keyword(text);
  if (CSS_WIDE.has(k)) return [['backgroundColor', k], ['backgroundImage', k]];
  if (k === 'none') return [['backgroundColor', 'transparent'], ['backgroundImage', 'none']];
  if (isCurrentColor(k) || parseColor(text)) return [['backgroundColor', text], ['backgroundImage', 'none']];
  const layers = splitTopLevel(text, ',');
  const last = layers[layers.length - 1] ?? '';
  let color = 'transparent';
  const rest: string[] = [];
  for (const token of splitTopLevel(last, ' ')) {
    if (!token.includes('(') || /^(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\(/i.test(token)) {
      if (isCurrentColor(token) || parseColor(token)) {
        color = token;
        continue;
      }
    }
    rest.push(token);
  }
  const layerTexts = [...layers.slice(0, -1), rest.join(' ')].filter((layer) => layer.trim() !== '');
  return [['backgroundColor', color], ['background', layerTexts.join(', ') || 'none']];
}

function overflow(value: RawValue): Declaration[] {
  const [x, y, extra] = splitTopLevel(String(value), ' ');
  if (x === undefined || extra !== undefined) throw new ShorthandError('expected 1 or 2 values');
  return [['overflowX', x], ['overflowY', y ?? x]];
}

const SHORTHANDS: Readonly<Record<string, (value: RawValue) => Declaration[]>> = {
  margin: (v) => sides('margin', '', v),
  padding: (v) => sides('padding', '', v),
  inset: insetSides,
  borderWidth: (v) => sides('border', 'Width', v),
  borderStyle: (v) => sides('border', 'Style', v),
  borderColor: (v) => sides('border', 'Color', v),
  border: (v) => border(SIDES, v),
  borderTop: (v) => border(['Top'], v),
  borderRight: (v) => border(['Right'], v),
  borderBottom: (v) => border(['Bottom'], v),
  borderLeft: (v) => border(['Left'], v),
  borderRadius,
  flex,
  flexFlow,
  gap,
  font,
  background,
  overflow,
  ...GRID_SHORTHANDS,
  listStyle: listStyleShorthand,
};

/** Expands a shorthand into longhand declarations, or returns null when `name` is not a shorthand. */
export function expandShorthand(name: string, value: RawValue): Declaration[] | null {
  const expand = SHORTHANDS[name];
  return expand ? expand(value) : null;
}
