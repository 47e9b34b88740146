// The flat, mutable record style resolution fills in, and its initial values.
import type { FontSetting } from './font-settings.js';
import { BLACK, TRANSPARENT } from './color.js';
import { HYPHENS_INITIAL, type HyphensLonghand } from './hyphens.js';
import { INDENT_TABS_INITIAL, type IndentTabsLonghands } from './indent-tabs.js';
import { uaDisplay } from './ua-stylesheet.js';
import { TEXT_FIT_INITIAL, type TextFitLonghands } from './text-fit.js';
import { GRID_INITIAL, type GridLonghands } from './grid.js';
import { VERTICAL_ALIGN_INITIAL, type VerticalAlignLonghand } from './vertical-align.js';
import type { AlignContent, AlignItems, AlignSelf, BorderStyle, BoxSizing, CornerRadius, Direction, Display, FlexDirection, FlexWrap, FontStyle, JustifyContent, LengthOrAuto, LengthPercentage, LineHeight, MaxLength, Overflow, OverflowWrap, Position, Rgba, TextAlign, TextTransform, WhiteSpace, WordBreak } from './types.js';

export type ColorValue = Rgba | 'currentcolor';

const ZERO: LengthPercentage = { px: 0, pct: 0 };
const ZERO_RADIUS: CornerRadius = { x: ZERO, y: ZERO };

/** Every longhand as one flat field; assembled into a ComputedStyle at the end. */
export interface WorkingStyle extends TextFitLonghands, HyphensLonghand, IndentTabsLonghands, GridLonghands, VerticalAlignLonghand {
  display: Display;
  position: Position;
  top: LengthOrAuto;
  right: LengthOrAuto;
  bottom: LengthOrAuto;
  left: LengthOrAuto;
  zIndex: number | 'auto';
  overflowX: Overflow;
  overflowY: Overflow;
  opacity: number;
  boxSizing: BoxSizing;
  width: LengthOrAuto;
  height: LengthOrAuto;
  minWidth: LengthOrAuto;
  minHeight: LengthOrAuto;
  maxWidth: MaxLength;
  maxHeight: MaxLength;
  aspectRatio: number | 'auto';
  marginTop: LengthOrAuto;
  marginRight: LengthOrAuto;
  marginBottom: LengthOrAuto;
  marginLeft: LengthOrAuto;
  paddingTop: LengthPercentage;
  paddingRight: LengthPercentage;
  paddingBottom: LengthPercentage;
  paddingLeft: LengthPercentage;
  borderTopWidth: number;
  borderRightWidth: number;
  borderBottomWidth: number;
  borderLeftWidth: number;
  borderTopStyle: BorderStyle;
  borderRightStyle: BorderStyle;
  borderBottomStyle: BorderStyle;
  borderLeftStyle: BorderStyle;
  borderTopColor: ColorValue;
  borderRightColor: ColorValue;
  borderBottomColor: ColorValue;
  borderLeftColor: ColorValue;
  borderTopLeftRadius: CornerRadius;
  borderTopRightRadius: CornerRadius;
  borderBottomRightRadius: CornerRadius;
  borderBottomLeftRadius: CornerRadius;
  flexDirection: FlexDirection;
  flexWrap: FlexWrap;
  justifyContent: JustifyContent;
  alignItems: AlignItems;
  alignContent: AlignContent;
  rowGap: LengthPercentage;
  columnGap: LengthPercentage;
  flexGrow: number;
  flexShrink: number;
  flexBasis: LengthOrAuto | 'content';
  alignSelf: AlignSelf;
  order: number;
  textOverflow: 'clip' | 'ellipsis' | { readonly string: string };
  lineClamp: number | 'none';
  backgroundColor: ColorValue;
  // inherited
  color: Rgba;
  fontFamily: readonly string[];
  fontSize: number;
  fontWeight: number;
  fontStyle: FontStyle;
  lineHeight: LineHeight;
  letterSpacing: number;
  wordSpacing: number;
  textAlign: TextAlign;
  textTransform: TextTransform;
  whiteSpace: WhiteSpace;
  wordBreak: WordBreak;
  overflowWrap: OverflowWrap;
  direction: Direction;
  fontFeatureSettings: readonly FontSetting[];
  fontVariationSettings: readonly FontSetting[];
}

export type Longhand = keyof WorkingStyle;

/** The inherited longhands, as a list (copied into every child's style) and as a set. */
export const INHERITED_LIST: readonly Longhand[] = ['color', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textAlign', 'textTransform', 'whiteSpace', 'wordBreak', 'overflowWrap', 'direction', 'fontFeatureSettings', 'fontVariationSettings', 'hyphens', 'textIndent', 'tabSize'];
export const INHERITED: ReadonlySet<Longhand> = new Set(INHERITED_LIST);

/** div: flex (satori's convention), img: block, the HTML elements: their UA display (ua-stylesheet.ts). */
export function initialDisplay(elementType: string): Display {
  return uaDisplay(elementType);
}

export function initialStyle(elementType: string, defaultFontFamily: string): WorkingStyle {
  return {
    display: initialDisplay(elementType),
    position: 'static',
    top: 'auto',
    right: 'auto',
    bottom: 'auto',
    left: 'auto',
    zIndex: 'auto',
    overflowX: 'visible',
    overflowY: 'visible',
    opacity: 1,
    boxSizing: 'content-box',
    width: 'auto',
    height: 'auto',
    minWidth: 'auto',
    minHeight: 'auto',
    maxWidth: 'none',
    maxHeight: 'none',
    aspectRatio: 'auto',
    marginTop: ZERO,
    marginRight: ZERO,
    marginBottom: ZERO,
    marginLeft: ZERO,
    paddingTop: ZERO,
    paddingRight: ZERO,
    paddingBottom: ZERO,
    paddingLeft: ZERO,
    borderTopWidth: 3,
    borderRightWidth: 3,
    borderBottomWidth: 3,
    borderLeftWidth: 3,
    borderTopStyle: 'none',
    borderRightStyle: 'none',
    borderBottomStyle: 'none',
    borderLeftStyle: 'none',
    borderTopColor: 'currentcolor',
    borderRightColor: 'currentcolor',
    borderBottomColor: 'currentcolor',
    borderLeftColor: 'currentcolor',
    borderTopLeftRadius: ZERO_RADIUS,
    borderTopRightRadius: ZERO_RADIUS,
    borderBottomRightRadius: ZERO_RADIUS,
    borderBottomLeftRadius: ZERO_RADIUS,
    flexDirection: 'row',
    flexWrap: 'nowrap',
    justifyContent: 'normal',
    alignItems: 'normal',
    alignContent: 'normal',
    rowGap: ZERO,
    columnGap: ZERO,
    flexGrow: 0,
    flexShrink: 1,
    flexBasis: 'auto',
    alignSelf: 'auto',
    order: 0,
    textOverflow: 'clip',
    lineClamp: 'none',
    ...TEXT_FIT_INITIAL,
    ...HYPHENS_INITIAL,
    ...INDENT_TABS_INITIAL,
    ...GRID_INITIAL,
    ...VERTICAL_ALIGN_INITIAL,
    backgroundColor: TRANSPARENT,
    color: BLACK,
    fontFamily: [defaultFontFamily],
    fontSize: 16,
    fontWeight: 400,
    fontStyle: 'normal',
    lineHeight: { kind: 'normal' },
    letterSpacing: 0,
    wordSpacing: 0,
    textAlign: 'start',
    textTransform: 'none',
    whiteSpace: 'normal',
    wordBreak: 'normal',
    overflowWrap: 'normal',
    direction: 'ltr',
    fontFeatureSettings: [],
    fontVariationSettings: [],
  };
}
