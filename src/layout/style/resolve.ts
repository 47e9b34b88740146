// Style resolution: inline style object + parent style → the element's ComputedStyle.
import { OgsmithError, quote, type ErrorCode } from '../../errors/catalogue.js';
import { LengthError } from './length.js';
import { ALIASES, INHERITED_PAINT, LONGHANDS, PAINT_PROPERTIES, ValueError, type ParseContext } from './longhands.js';
import { expandShorthand, ShorthandError, type Declaration, type RawValue } from './shorthands.js';
import { cssName, keyword } from './tokens.js';
import type { ComputedStyle, Rgba, StyleContext } from './types.js';
import { HyphensValueError } from './hyphens.js';
import { computedTextFit, TextFitValueError } from './text-fit.js';
import { computedGrid, GridUnsupportedError, GridValueError } from './grid.js';
import { VerticalAlignValueError } from './vertical-align.js';
import { INHERITED_LIST_PROPERTIES } from './list-style.js';
import { substituteVars, VarError } from './var.js';
import { canonicalLanguage } from './language.js';
import { INHERITED, INHERITED_LIST, initialStyle, type ColorValue, type Longhand, type WorkingStyle } from './working-style.js';

/** The flat record behind each computed style, for `inherit` of non-inherited properties. */
const working = new WeakMap<ComputedStyle, WorkingStyle>();
const EMPTY_VARS: ReadonlyMap<string, string> = new Map();
const CSS_WIDE = new Set(['inherit', 'initial', 'unset']);

/**
 * Initial styles are only read and copied: one per element type and default family, not one per
 * element. Not frozen: V8 copies a frozen object's 78 fields by its slow path (40% of the call).
 */
const initialStyles = new Map<string, Readonly<WorkingStyle>>();

function sharedInitialStyle(elementType: string, defaultFontFamily: string): Readonly<WorkingStyle> {
  const key = `${elementType}\u0000${defaultFontFamily}`;
  let initial = initialStyles.get(key);
  if (!initial) {
    if (initialStyles.size > 256) initialStyles.clear();
    initial = initialStyle(elementType, defaultFontFamily);
    initialStyles.set(key, initial);
  }
  return initial;
}

const LONGHAND_NAMES: ReadonlySet<string> = new Set(Object.keys(LONGHANDS));

function isLonghand(name: string): name is Longhand {
  return LONGHAND_NAMES.has(name);
}

class Resolver {
  constructor(private readonly ctx: StyleContext) {}

  /** Throws, or with strict: false records a warning and lets the caller skip the declaration. */
  fail(code: ErrorCode, message: string): void {
    if (this.ctx.strict) throw new OgsmithError(code, message, { path: this.ctx.path });
    this.ctx.warnings.push(`${code}: ${message} (at ${this.ctx.path})`);
  }

  invalid(name: string, value: RawValue, reason: string): void {
    this.fail('INVALID_STYLE_VALUE', `Invalid value ${quote(value)} for ${cssName(name)}: ${reason}`);
  }
}

function readableReason(error: unknown): string | null {
  if (error instanceof LengthError || error instanceof ValueError || error instanceof ShorthandError || error instanceof VarError || error instanceof TextFitValueError || error instanceof HyphensValueError || error instanceof GridValueError || error instanceof VerticalAlignValueError) return error.message;
  return null;
}

/** Resolves one element's style. `parent` null means the root (inherits initial values). */
export function resolveStyle(raw: Readonly<Record<string, unknown>> | undefined, parent: ComputedStyle | null, ctx: StyleContext): ComputedStyle {
  const resolver = new Resolver(ctx);
  const parentWorking = parent ? working.get(parent) ?? null : null;
  const initial = sharedInitialStyle(ctx.elementType, ctx.defaultFontFamily);
  const style: WorkingStyle = { ...initial };
  if (parentWorking) for (const name of INHERITED_LIST) (style as unknown as Record<string, unknown>)[name] = parentWorking[name];

  // Custom properties first: they inherit, and any declaration may use them.
  let vars = parent?.customProperties ?? EMPTY_VARS;
  const declarations: Declaration[] = [];
  const paint: Record<string, string> = {};
  if (raw) {
    if (typeof raw !== 'object') throw new OgsmithError('INVALID_ATTRIBUTE', `The style prop must be an object, got ${quote(raw)}`, { path: ctx.path });
    for (const [name, value] of Object.entries(raw)) {
      if (!name.startsWith('--') || value === undefined || value === null) continue;
      if (vars === parent?.customProperties || vars === EMPTY_VARS) vars = new Map(vars);
      (vars as Map<string, string>).set(name, String(value).trim());
    }
    for (const [rawName, value] of Object.entries(raw)) {
      if (value === undefined || value === null || rawName.startsWith('--')) continue;
      const name = ALIASES[rawName] ?? rawName;
      if (typeof value !== 'string' && typeof value !== 'number') {
        resolver.invalid(name, value as RawValue, 'expected a string or a number');
        continue;
      }
      if (typeof value === 'number' && !Number.isFinite(value)) {
        resolver.invalid(name, value, 'expected a finite number');
        continue;
      }
      let text: RawValue = value;
      try {
        if (typeof value === 'string') text = substituteVars(value, vars);
        for (const declaration of expandShorthand(name, text) ?? [[name, text] as const]) {
          const [longhand, longhandValue] = declaration;
          if (PAINT_PROPERTIES.has(longhand)) paint[longhand] = String(longhandValue);
          else if (isLonghand(longhand)) declarations.push(declaration);
          else resolver.fail('UNSUPPORTED_PROPERTY', `Unsupported style property ${cssName(name)} (value ${quote(value)})`);
        }
      } catch (error) {
        if (error instanceof GridUnsupportedError) {
          resolver.fail('UNSUPPORTED_PROPERTY', `Unsupported value ${quote(value)} for ${cssName(name)}: ${error.message}`);
          continue;
        }
        const reason = readableReason(error);
        if (reason === null) throw error;
        resolver.invalid(name, value, reason);
      }
    }
  }

  const parentFontSize = parentWorking?.fontSize ?? initial.fontSize;
  const basisFor = (em: number) => ({ em, rem: ctx.rootFontSize, vw: ctx.viewportWidth, vh: ctx.viewportHeight });
  const apply = (name: Longhand, value: RawValue, c: ParseContext): void => {
    const k = typeof value === 'string' ? keyword(value) : '';
    const record = style as unknown as Record<string, unknown>;
    if (CSS_WIDE.has(k)) {
      const inherit = k === 'inherit' || (k === 'unset' && INHERITED.has(name));
      record[name] = inherit && parentWorking ? parentWorking[name] : initial[name];
      return;
    }
    try {
      record[name] = LONGHANDS[name](value as never, c);
    } catch (error) {
      if (error instanceof GridUnsupportedError) return resolver.fail('UNSUPPORTED_PROPERTY', `Unsupported value ${quote(value)} for ${cssName(name)}: ${error.message}`);
      const reason = readableReason(error);
      if (reason === null) throw error;
      resolver.invalid(name, value, reason);
    }
  };

  // font-size first (em units depend on it), then color (currentColor), then the rest in order.
  const parentContext: ParseContext = { basis: basisFor(parentFontSize), parentFontSize, parentFontWeight: parentWorking?.fontWeight ?? 400, currentColor: parentWorking?.color ?? initial.color };
  for (const [name, value] of declarations) if (name === 'fontSize') apply('fontSize', value, parentContext);
  const afterSize: ParseContext = { ...parentContext, basis: basisFor(style.fontSize) };
  for (const [name, value] of declarations) if (name === 'color') apply('color', value, afterSize);
  const own: ParseContext = { ...afterSize, currentColor: style.color };
  for (const [name, value] of declarations) {
    if (name === 'fontSize' || name === 'color') continue;
    apply(name as Longhand, value, own);
  }

  // Inherited paint properties (text-wrap, image-rendering, -webkit-text-fill-color) and the list-style
  // properties (a li takes its marker from its ul or ol), though kept as text.
  for (const name of [...INHERITED_PAINT, ...INHERITED_LIST_PROPERTIES]) {
    const inherited = parent?.paint[name];
    if (inherited !== undefined && (paint[name] === undefined || keyword(paint[name]) === 'inherit')) paint[name] = inherited;
  }
  const lang = ctx.lang === undefined ? (parent?.lang ?? '') : canonicalLanguage(ctx.lang);
  const computed = assemble(style, paint, vars, lang);
  working.set(computed, style);
  return computed;
}

function colorOf(value: ColorValue, current: Rgba): Rgba {
  return value === 'currentcolor' ? current : value;
}

function assemble(s: WorkingStyle, paint: Readonly<Record<string, string>>, customProperties: ReadonlyMap<string, string>, lang: string): ComputedStyle {
  const side = (width: number, style: WorkingStyle['borderTopStyle'], color: ColorValue) => ({ width: style === 'none' || style === 'hidden' ? 0 : width, style, color: colorOf(color, s.color) });
  return {
    display: s.display,
    position: s.position,
    inset: { top: s.top, right: s.right, bottom: s.bottom, left: s.left },
    zIndex: s.zIndex,
    overflowX: s.overflowX,
    overflowY: s.overflowY,
    opacity: s.opacity,
    boxSizing: s.boxSizing,
    width: s.width,
    height: s.height,
    minWidth: s.minWidth,
    minHeight: s.minHeight,
    maxWidth: s.maxWidth,
    maxHeight: s.maxHeight,
    aspectRatio: s.aspectRatio,
    margin: { top: s.marginTop, right: s.marginRight, bottom: s.marginBottom, left: s.marginLeft },
    padding: { top: s.paddingTop, right: s.paddingRight, bottom: s.paddingBottom, left: s.paddingLeft },
    border: {
      top: side(s.borderTopWidth, s.borderTopStyle, s.borderTopColor),
      right: side(s.borderRightWidth, s.borderRightStyle, s.borderRightColor),
      bottom: side(s.borderBottomWidth, s.borderBottomStyle, s.borderBottomColor),
      left: side(s.borderLeftWidth, s.borderLeftStyle, s.borderLeftColor),
    },
    borderRadius: { topLeft: s.borderTopLeftRadius, topRight: s.borderTopRightRadius, bottomRight: s.borderBottomRightRadius, bottomLeft: s.borderBottomLeftRadius },
    flexDirection: s.flexDirection,
    flexWrap: s.flexWrap,
    justifyContent: s.justifyContent,
    alignItems: s.alignItems,
    alignContent: s.alignContent,
    rowGap: s.rowGap,
    columnGap: s.columnGap,
    flexGrow: s.flexGrow,
    flexShrink: s.flexShrink,
    flexBasis: s.flexBasis,
    alignSelf: s.alignSelf,
    order: s.order,
    color: s.color,
    fontFamily: s.fontFamily,
    fontSize: s.fontSize,
    fontWeight: s.fontWeight,
    fontStyle: s.fontStyle,
    lineHeight: s.lineHeight,
    letterSpacing: s.letterSpacing,
    wordSpacing: s.wordSpacing,
    textAlign: s.textAlign,
    textTransform: s.textTransform,
    whiteSpace: s.whiteSpace,
    wordBreak: s.wordBreak,
    overflowWrap: s.overflowWrap,
    direction: s.direction,
    fontFeatureSettings: s.fontFeatureSettings,
    fontVariationSettings: s.fontVariationSettings,
    hyphens: s.hyphens,
    customProperties,
    textOverflow: s.textOverflow,
    lineClamp: s.lineClamp,
    textFit: computedTextFit(s),
    grid: computedGrid(s),
    verticalAlign: s.verticalAlign,
    paint,
    lang,
    backgroundColor: colorOf(s.backgroundColor, s.color),
  };
}
