// Longhand parsers: one per supported property, from a React/CSS value to its computed value.
import { isCurrentColor, parseColor } from './color.js';
import { parseLengthPercentage, parseNumber, parseNumberOrLength, type LengthBasis } from './length.js';
import { keyword, splitTopLevel } from './tokens.js';
import type { RawValue } from './shorthands.js';
import { HYPHENS_PARSERS } from './hyphens.js';
import { INDENT_TABS_PARSERS } from './indent-tabs.js';
import { TEXT_FIT_PARSERS } from './text-fit.js';
import { GRID_PARSERS } from './grid.js';
import { VERTICAL_ALIGN_PARSERS } from './vertical-align.js';
import { fontFeatureSettings, fontVariationSettings } from './font-settings.js';
import { parseFontStyle } from './font-style.js';
import type { ColorValue, Longhand, WorkingStyle } from './working-style.js';
import type { CornerRadius, LengthOrAuto, LengthPercentage, LineHeight, Rgba } from './types.js';

export class ValueError extends Error {}

export interface ParseContext {
  /** em basis is the element's own font size (the parent's while computing fontSize itself). */
  readonly basis: LengthBasis;
  readonly parentFontSize: number;
  readonly parentFontWeight: number;
  readonly currentColor: Rgba;
}

type Parser<K extends Longhand> = (value: RawValue, c: ParseContext) => WorkingStyle[K];

function oneOf<T extends string>(allowed: readonly T[]): (value: RawValue) => T {
  const set = new Set<string>(allowed);
  return (value) => {
    const k = keyword(String(value));
    if (!set.has(k)) throw new ValueError(`expected one of ${allowed.join(', ')}`);
    return k as T;
  };
}

const length = (value: RawValue, c: ParseContext): LengthPercentage => parseLengthPercentage(value, c.basis);
const nonNegative = (value: RawValue, c: ParseContext): LengthPercentage => {
  const v = length(value, c);
  if ((v.px < 0 && v.pct <= 0) || (v.pct < 0 && v.px <= 0)) throw new ValueError('must not be negative');
  return v;
};
const lengthOrAuto = (value: RawValue, c: ParseContext): LengthOrAuto => (keyword(String(value)) === 'auto' ? 'auto' : length(value, c));
const sizeOrAuto = (value: RawValue, c: ParseContext): LengthOrAuto => (keyword(String(value)) === 'auto' ? 'auto' : nonNegative(value, c));
const maxSize = (value: RawValue, c: ParseContext): LengthPercentage | 'none' => (keyword(String(value)) === 'none' ? 'none' : nonNegative(value, c));

const BORDER_WIDTH_KEYWORDS: Readonly<Record<string, number>> = { thin: 1, medium: 3, thick: 5 };
function borderWidth(value: RawValue, c: ParseContext): number {
  const k = keyword(String(value));
  const named = BORDER_WIDTH_KEYWORDS[k];
  if (named !== undefined) return named;
  const v = length(value, c);
  if (v.pct !== 0) throw new ValueError('border widths cannot be percentages');
  if (v.px < 0) throw new ValueError('must not be negative');
  return v.px;
}

export function color(value: RawValue, c: ParseContext): Rgba {
  const text = String(value);
  if (isCurrentColor(text)) return c.currentColor;
  const parsed = parseColor(text);
  if (!parsed) throw new ValueError('expected a CSS colour');
  return parsed;
}

function colorOrCurrent(value: RawValue, c: ParseContext): ColorValue {
  return isCurrentColor(String(value)) ? 'currentcolor' : color(value, c);
}

function radius(value: RawValue, c: ParseContext): CornerRadius {
  if (typeof value === 'number') {
    const r = nonNegative(value, c);
    return { x: r, y: r };
  }
  const [x, y, extra] = splitTopLevel(value, ' ');
  if (x === undefined || extra !== undefined) throw new ValueError('expected one or two radii');
  return { x: nonNegative(x, c), y: nonNegative(y ?? x, c) };
}

const FONT_SIZE_KEYWORDS: Readonly<Record<string, number>> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32, 'xxx-large': 48 };
function fontSize(value: RawValue, c: ParseContext): number {
  const k = keyword(String(value));
  const named = FONT_SIZE_KEYWORDS[k];
  if (named !== undefined) return named;
  if (k === 'smaller') return c.parentFontSize / 1.2;
  if (k === 'larger') return c.parentFontSize * 1.2;
  const v = nonNegative(value, c);
  return v.px + (v.pct * c.parentFontSize) / 100;
}

function fontWeight(value: RawValue, c: ParseContext): number {
  const k = keyword(String(value));
  const p = c.parentFontWeight;
  if (k === 'normal') return 400;
  if (k === 'bold') return 700;
  if (k === 'bolder') return p < 350 ? 400 : p < 550 ? 700 : 900;
  if (k === 'lighter') return p < 100 ? p : p < 550 ? 100 : p < 750 ? 400 : 700;
  const n = parseNumber(value, c.basis);
  if (n < 1 || n > 1000) throw new ValueError('expected normal, bold, bolder, lighter or a number from 1 to 1000');
  return n;
}

function fontFamily(value: RawValue): readonly string[] {
  const names = splitTopLevel(String(value), ',').map((name) => name.trim().replace(/^(['"])(.*)\1$/, '$2').trim());
  if (names.length === 0 || names.some((name) => name === '')) throw new ValueError('expected a comma-separated list of family names');
  return names;
}

function lineHeight(value: RawValue, c: ParseContext): LineHeight {
  if (keyword(String(value)) === 'normal') return { kind: 'normal' };
  const parsed = parseNumberOrLength(value, c.basis);
  if ('number' in parsed) {
    if (parsed.number < 0) throw new ValueError('must not be negative');
    return { kind: 'number', value: parsed.number };
  }
  const px = parsed.length.px + (parsed.length.pct * c.basis.em) / 100;
  if (px < 0) throw new ValueError('must not be negative');
  return { kind: 'px', value: px };
}

function spacing(value: RawValue, c: ParseContext): number {
  if (keyword(String(value)) === 'normal') return 0;
  const v = length(value, c);
  return v.px + (v.pct * c.basis.em) / 100;
}

function aspectRatio(value: RawValue, c: ParseContext): number | 'auto' {
  const text = keyword(String(value)).replace(/^auto\s+|\s+auto$/, '');
  if (text === 'auto') return 'auto';
  const [w, h, extra] = splitTopLevel(text, '/');
  if (w === undefined || extra !== undefined) throw new ValueError('expected a ratio like 16 / 9');
  const ratio = parseNumber(w, c.basis) / (h === undefined ? 1 : parseNumber(h, c.basis));
  if (!Number.isFinite(ratio) || ratio <= 0) throw new ValueError('expected a positive ratio');
  return ratio;
}

function flexBasis(value: RawValue, c: ParseContext): LengthOrAuto | 'content' {
  const k = keyword(String(value));
  if (k === 'content') return 'content';
  return sizeOrAuto(value, c);
}

const nonNegativeNumber = (value: RawValue, c: ParseContext): number => {
  const n = parseNumber(value, c.basis);
  if (n < 0) throw new ValueError('must not be negative');
  return n;
};

function integer(value: RawValue, c: ParseContext): number {
  const n = parseNumber(value, c.basis);
  if (!Number.isInteger(n)) throw new ValueError('expected an integer');
  return n;
}

function opacity(value: RawValue, c: ParseContext): number {
  const text = String(value).trim();
  const n = text.endsWith('%') ? Number.parseFloat(text) / 100 : parseNumber(value, c.basis);
  if (!Number.isFinite(n)) throw new ValueError('expected a number or percentage');
  return Math.max(0, Math.min(1, n));
}

function textOverflow(value: RawValue): WorkingStyle['textOverflow'] {
  const text = String(value).trim();
  const k = keyword(text);
  if (k === 'clip' || k === 'ellipsis') return k;
  const quoted = /^(['"])(.*)\1$/.exec(text);
  if (quoted) return { string: quoted[2] ?? '' };
  throw new ValueError('expected clip, ellipsis or a quoted string');
}

function lineClamp(value: RawValue, c: ParseContext): number | 'none' {
  if (keyword(String(value)) === 'none') return 'none';
  const n = integer(value, c);
  if (n < 1) throw new ValueError('expected a positive integer or none');
  return n;
}

const ALIGN_ITEMS = ['flex-start', 'flex-end', 'center', 'baseline', 'first baseline', 'last baseline', 'stretch', 'start', 'end', 'self-start', 'self-end', 'normal'] as const;
function alignItems(value: RawValue): WorkingStyle['alignItems'] {
  const k = oneOf(ALIGN_ITEMS)(String(value).replace(/\s+/g, ' '));
  return k === 'first baseline' ? 'baseline' : k;
}
function alignSelf(value: RawValue): WorkingStyle['alignSelf'] {
  return keyword(String(value)) === 'auto' ? 'auto' : alignItems(value);
}

export const LONGHANDS: { readonly [K in Longhand]: Parser<K> } = {
  // -webkit-box is laid out as a block: with lineClamp it is the legacy way to clamp lines.
  display: (value) => (keyword(String(value)) === '-webkit-box' ? 'block' : oneOf(['flex', 'block', 'inline', 'none', 'grid', 'inline-block', 'inline-flex', 'inline-grid', 'contents'] as const)(value)),
  position: oneOf(['static', 'relative', 'absolute'] as const),
  top: lengthOrAuto,
  right: lengthOrAuto,
  bottom: lengthOrAuto,
  left: lengthOrAuto,
  zIndex: (value, c) => (keyword(String(value)) === 'auto' ? 'auto' : integer(value, c)),
  overflowX: oneOf(['visible', 'hidden', 'clip', 'scroll', 'auto'] as const),
  overflowY: oneOf(['visible', 'hidden', 'clip', 'scroll', 'auto'] as const),
  opacity,
  boxSizing: oneOf(['content-box', 'border-box'] as const),
  width: sizeOrAuto,
  height: sizeOrAuto,
  minWidth: sizeOrAuto,
  minHeight: sizeOrAuto,
  maxWidth: maxSize,
  maxHeight: maxSize,
  aspectRatio,
  marginTop: lengthOrAuto,
  marginRight: lengthOrAuto,
  marginBottom: lengthOrAuto,
  marginLeft: lengthOrAuto,
  paddingTop: nonNegative,
  paddingRight: nonNegative,
  paddingBottom: nonNegative,
  paddingLeft: nonNegative,
  borderTopWidth: borderWidth,
  borderRightWidth: borderWidth,
  borderBottomWidth: borderWidth,
  borderLeftWidth: borderWidth,
  borderTopStyle: oneOf(['none', 'hidden', 'solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset'] as const),
  borderRightStyle: oneOf(['none', 'hidden', 'solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset'] as const),
  borderBottomStyle: oneOf(['none', 'hidden', 'solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset'] as const),
  borderLeftStyle: oneOf(['none', 'hidden', 'solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset'] as const),
  borderTopColor: colorOrCurrent,
  borderRightColor: colorOrCurrent,
  borderBottomColor: colorOrCurrent,
  borderLeftColor: colorOrCurrent,
  borderTopLeftRadius: radius,
  borderTopRightRadius: radius,
  borderBottomRightRadius: radius,
  borderBottomLeftRadius: radius,
  flexDirection: oneOf(['row', 'row-reverse', 'column', 'column-reverse'] as const),
  flexWrap: oneOf(['nowrap', 'wrap', 'wrap-reverse'] as const),
  justifyContent: oneOf(['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'space-evenly', 'start', 'end', 'left', 'right', 'normal', 'stretch'] as const),
  alignItems,
  alignContent: oneOf(['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'space-evenly', 'stretch', 'start', 'end', 'normal'] as const),
  rowGap: (value, c) => (keyword(String(value)) === 'normal' ? { px: 0, pct: 0 } : nonNegative(value, c)),
  columnGap: (value, c) => (keyword(String(value)) === 'normal' ? { px: 0, pct: 0 } : nonNegative(value, c)),
  flexGrow: nonNegativeNumber,
  flexShrink: nonNegativeNumber,
  flexBasis,
  alignSelf,
  order: integer,
  textOverflow,
  lineClamp,
  ...TEXT_FIT_PARSERS,
  ...HYPHENS_PARSERS,
  ...INDENT_TABS_PARSERS,
  ...GRID_PARSERS,
  ...VERTICAL_ALIGN_PARSERS,
  backgroundColor: colorOrCurrent,
  color,
  fontFamily,
  fontSize,
  fontWeight,
  fontStyle: (value) => {
    const parsed = parseFontStyle(String(value));
    if (parsed !== 'normal' && parsed !== 'italic' && parsed !== 'oblique') throw new ValueError(parsed);
    return parsed;
  },
  lineHeight,
  letterSpacing: spacing,
  wordSpacing: spacing,
  textAlign: oneOf(['left', 'right', 'center', 'justify', 'start', 'end'] as const),
  textTransform: oneOf(['none', 'uppercase', 'lowercase', 'capitalize'] as const),
  whiteSpace: oneOf(['normal', 'nowrap', 'pre', 'pre-wrap', 'pre-line', 'break-spaces'] as const),
  wordBreak: oneOf(['normal', 'break-all', 'keep-all', 'break-word'] as const),
  overflowWrap: oneOf(['normal', 'break-word', 'anywhere'] as const),
  direction: oneOf(['ltr', 'rtl'] as const),
  fontFeatureSettings,
  fontVariationSettings,
};

/** Paint-only properties: accepted and kept as CSS text for the painter. */
export const PAINT_PROPERTIES: ReadonlySet<string> = new Set([
  'background', 'backgroundImage', 'backgroundSize', 'backgroundPosition', 'backgroundPositionX', 'backgroundPositionY', 'backgroundRepeat', 'backgroundClip', 'backgroundOrigin',
  'boxShadow', 'textShadow', 'transform', 'transformOrigin', 'filter', 'clipPath', 'mixBlendMode', 'imageRendering', 'objectFit', 'objectPosition',
  'textDecoration', 'textDecorationLine', 'textDecorationColor', 'textDecorationStyle', 'textDecorationThickness', 'textUnderlineOffset', 'textDecorationSkipInk',
  'WebkitTextStroke', 'WebkitTextStrokeWidth', 'WebkitTextStrokeColor', 'WebkitBackgroundClip', 'WebkitBoxOrient', 'textWrap', 'unicodeBidi', 'fontKerning', 'fontVariantLigatures', 'fontVariantNumeric', 'fontVariantCaps', 'fontOpticalSizing',
  'fontSynthesis', 'fontSynthesisWeight', 'fontSynthesisStyle',
  'listStyleType', 'listStylePosition', 'listStyleImage',
  // paint effects (src/raster/display-list/effects.ts)
  'backdropFilter', 'mask', 'maskImage', 'maskSize', 'maskPosition', 'maskRepeat', 'WebkitTextFillColor',
]);

/** Paint properties that inherit (CSS Text 4 text-wrap, image-rendering, -webkit-text-fill-color and -stroke, the font-kerning, font-variant-*, font-optical-sizing and font-synthesis font properties). */
export const INHERITED_PAINT: readonly string[] = ['textWrap', 'imageRendering', 'WebkitTextFillColor', 'WebkitTextStroke', 'WebkitTextStrokeWidth', 'WebkitTextStrokeColor', 'fontKerning', 'fontVariantLigatures', 'fontVariantNumeric', 'fontVariantCaps', 'fontOpticalSizing', 'fontSynthesis', 'fontSynthesisWeight', 'fontSynthesisStyle'];

/** Other spellings accepted for a property. */
export const ALIASES: Readonly<Record<string, string>> = {
  WebkitLineClamp: 'lineClamp', wordWrap: 'overflowWrap', gridGap: 'gap', gridRowGap: 'rowGap', gridColumnGap: 'columnGap',
  WebkitFilter: 'filter', WebkitBackdropFilter: 'backdropFilter', WebkitClipPath: 'clipPath', WebkitMask: 'mask', WebkitMaskImage: 'maskImage', WebkitMaskSize: 'maskSize', WebkitMaskPosition: 'maskPosition', WebkitMaskRepeat: 'maskRepeat',
};
