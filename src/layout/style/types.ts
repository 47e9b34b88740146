// Computed style: the output of style resolution, one readonly record per element.
import type { Hyphens } from './hyphens.js';
import type { TextFitStyle } from './text-fit.js';
import type { FontSetting } from './font-settings.js';
import type { GridStyle } from './grid-types.js';
import type { VerticalAlign } from './vertical-align.js';

/**
 * A length that may mix absolute pixels and a percentage of some basis (the result of
 * `calc(50% - 10px)`): used value = px + pct / 100 * basis. em, rem, vw and vh are already
 * folded into px at computed-value time.
 */
export interface LengthPercentage {
  readonly px: number;
  readonly pct: number;
}

export type LengthOrAuto = LengthPercentage | 'auto';
export type MaxLength = LengthPercentage | 'none';

/** sRGB colour with 0–255 channels (fractional allowed) and alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

export type Display = 'flex' | 'block' | 'inline' | 'none' | 'grid' | 'inline-block' | 'inline-flex' | 'inline-grid';
export type Position = 'static' | 'relative' | 'absolute';
export type BoxSizing = 'content-box' | 'border-box';
export type FlexDirection = 'row' | 'row-reverse' | 'column' | 'column-reverse';
export type FlexWrap = 'nowrap' | 'wrap' | 'wrap-reverse';
export type JustifyContent = 'flex-start' | 'flex-end' | 'center' | 'space-between' | 'space-around' | 'space-evenly' | 'start' | 'end' | 'left' | 'right' | 'normal' | 'stretch';
export type AlignItems = 'flex-start' | 'flex-end' | 'center' | 'baseline' | 'last baseline' | 'stretch' | 'start' | 'end' | 'self-start' | 'self-end' | 'normal';
export type AlignSelf = AlignItems | 'auto';
export type AlignContent = 'flex-start' | 'flex-end' | 'center' | 'space-between' | 'space-around' | 'space-evenly' | 'stretch' | 'start' | 'end' | 'normal';
export type Overflow = 'visible' | 'hidden' | 'clip' | 'scroll' | 'auto';
export type BorderStyle = 'none' | 'hidden' | 'solid' | 'dashed' | 'dotted' | 'double' | 'groove' | 'ridge' | 'inset' | 'outset';
export type FontStyle = 'normal' | 'italic' | 'oblique';
export type TextAlign = 'left' | 'right' | 'center' | 'justify' | 'start' | 'end';
export type TextTransform = 'none' | 'uppercase' | 'lowercase' | 'capitalize';
export type WhiteSpace = 'normal' | 'nowrap' | 'pre' | 'pre-wrap' | 'pre-line' | 'break-spaces';
export type WordBreak = 'normal' | 'break-all' | 'keep-all' | 'break-word';
export type OverflowWrap = 'normal' | 'break-word' | 'anywhere';
export type Direction = 'ltr' | 'rtl';

/** line-height: `normal` uses the font's metrics; a number multiplies the font size (and inherits as a number). */
export type LineHeight =
  | { readonly kind: 'normal' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'px'; readonly value: number };

export interface Sides<T> {
  readonly top: T;
  readonly right: T;
  readonly bottom: T;
  readonly left: T;
}

export interface CornerRadius {
  readonly x: LengthPercentage;
  readonly y: LengthPercentage;
}

export interface Corners<T> {
  readonly topLeft: T;
  readonly topRight: T;
  readonly bottomRight: T;
  readonly bottomLeft: T;
}

export interface BorderSide {
  /** Used width in px: 0 when the style is none or hidden (as CSS computes it). */
  readonly width: number;
  readonly style: BorderStyle;
  readonly color: Rgba;
}

/** The resolved style of one element. Inherited text properties are already inherited. */
export interface ComputedStyle {
  // box generation
  readonly display: Display;
  readonly position: Position;
  readonly inset: Sides<LengthOrAuto>;
  readonly zIndex: number | 'auto';
  readonly overflowX: Overflow;
  readonly overflowY: Overflow;
  readonly opacity: number;

  // box model
  readonly boxSizing: BoxSizing;
  readonly width: LengthOrAuto;
  readonly height: LengthOrAuto;
  /** `auto` is the automatic minimum size of flex items; 0 elsewhere. */
  readonly minWidth: LengthOrAuto;
  readonly minHeight: LengthOrAuto;
  readonly maxWidth: MaxLength;
  readonly maxHeight: MaxLength;
  /** width / height, or auto. */
  readonly aspectRatio: number | 'auto';
  readonly margin: Sides<LengthOrAuto>;
  readonly padding: Sides<LengthPercentage>;
  readonly border: Sides<BorderSide>;
  readonly borderRadius: Corners<CornerRadius>;

  // flex container
  readonly flexDirection: FlexDirection;
  readonly flexWrap: FlexWrap;
  readonly justifyContent: JustifyContent;
  readonly alignItems: AlignItems;
  readonly alignContent: AlignContent;
  readonly rowGap: LengthPercentage;
  readonly columnGap: LengthPercentage;

  // flex item
  readonly flexGrow: number;
  readonly flexShrink: number;
  readonly flexBasis: LengthOrAuto | 'content';
  readonly alignSelf: AlignSelf;
  readonly order: number;

  // inherited text properties
  readonly color: Rgba;
  readonly fontFamily: readonly string[];
  /** Computed font size in px. */
  readonly fontSize: number;
  readonly fontWeight: number;
  readonly fontStyle: FontStyle;
  readonly lineHeight: LineHeight;
  /** px; `normal` is 0. */
  readonly letterSpacing: number;
  /** px; `normal` is 0. */
  readonly wordSpacing: number;
  readonly textAlign: TextAlign;
  readonly textTransform: TextTransform;
  readonly whiteSpace: WhiteSpace;
  readonly wordBreak: WordBreak;
  readonly overflowWrap: OverflowWrap;
  readonly direction: Direction;
  /** OpenType features (`fontFeatureSettings`) and variation axes (`fontVariationSettings`); empty for normal. */
  readonly fontFeatureSettings: readonly FontSetting[];
  readonly fontVariationSettings: readonly FontSetting[];
  readonly hyphens: Hyphens;
  /** Inherited custom properties (`--name` → raw token text). */
  readonly customProperties: ReadonlyMap<string, string>;

  // not inherited text/box properties used by layout
  readonly textOverflow: 'clip' | 'ellipsis' | { readonly string: string };
  /** Maximum number of lines (lineClamp / WebkitLineClamp), or none. */
  readonly lineClamp: number | 'none';
  /** Autofit: textFit, textFitMinSize, textFitMaxSize, textFitMaxLines (docs/autofit.md). */
  readonly textFit: TextFitStyle;
  /** Grid container and grid item properties. */
  readonly grid: GridStyle;
  /** vertical-align of an inline box or atomic inline. */
  readonly verticalAlign: VerticalAlign;

  /**
   * Paint-only properties, validated for syntax where the style layer knows how, kept as
   * their CSS text (with var() substituted) for the painter: backgroundImage, boxShadow,
   * transform, textShadow, textDecoration*, filter, ... Keys are camelCase property names.
   */
  readonly paint: Readonly<Record<string, string>>;
  /**
   * The content language (BCP 47, canonical) from the nearest `lang` attribute, '' when none or
   * not a valid tag: HarfBuzz's shaping language (locl forms) and the locale of text-transform.
   */
  readonly lang: string;
  readonly backgroundColor: Rgba;
}

/** What style resolution needs to know besides the raw style object. */
export interface StyleContext {
  readonly viewportWidth: number;
  readonly viewportHeight: number;
  /** Font size of the root element in px (rem basis). */
  readonly rootFontSize: number;
  /** Family used when no fontFamily is set anywhere. */
  readonly defaultFontFamily: string;
  /** Path of the element for messages, e.g. `root > div[2] > span[0]`. */
  readonly path: string;
  /** The element type (div, span, img, ...): decides the initial display. */
  readonly elementType: string;
  /** When false, bad properties become warnings (pushed here) instead of errors. */
  readonly strict: boolean;
  readonly warnings: string[];
  /** The element's own `lang` attribute, when it has one (others inherit their parent's language). */
  readonly lang?: string;
}
