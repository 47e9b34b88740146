// The CSS Grid longhands and shorthands: parsers, initial values and the computed GridStyle.
import type { LengthBasis } from './length.js';
import { keyword, splitTopLevel } from './tokens.js';
import { GridUnsupportedError, GridValueError, parseAutoTracks, parseTrackList } from './grid-tracks.js';
import { expandGridArea, expandLinePair, parseGridLine, parseTemplateAreas } from './grid-placement.js';
import type { GridAutoFlow, GridLine, GridStyle, GridTemplateAreas, JustifyItems, JustifySelf, TrackList, TrackSize } from './grid-types.js';

export { GridUnsupportedError, GridValueError };

export interface GridLonghands {
  gridTemplateColumns: TrackList | 'none';
  gridTemplateRows: TrackList | 'none';
  gridTemplateAreas: GridTemplateAreas | 'none';
  gridAutoColumns: readonly TrackSize[];
  gridAutoRows: readonly TrackSize[];
  gridAutoFlow: GridAutoFlow;
  justifyItems: JustifyItems;
  justifySelf: JustifySelf;
  gridRowStart: GridLine;
  gridRowEnd: GridLine;
  gridColumnStart: GridLine;
  gridColumnEnd: GridLine;
}

const AUTO_TRACK: TrackSize = { min: { kind: 'auto' }, max: { kind: 'auto' } };
const AUTO_LINE: GridLine = { kind: 'auto' };

export const GRID_INITIAL: GridLonghands = {
  gridTemplateColumns: 'none',
  gridTemplateRows: 'none',
  gridTemplateAreas: 'none',
  gridAutoColumns: [AUTO_TRACK],
  gridAutoRows: [AUTO_TRACK],
  gridAutoFlow: { column: false, dense: false },
  justifyItems: 'normal',
  justifySelf: 'auto',
  gridRowStart: AUTO_LINE,
  gridRowEnd: AUTO_LINE,
  gridColumnStart: AUTO_LINE,
  gridColumnEnd: AUTO_LINE,
};

function autoFlow(value: string | number): GridAutoFlow {
  const words = keyword(String(value)).split(/\s+/).filter((w) => w !== '');
  let column: boolean | null = null;
  let dense = false;
  for (const word of words) {
    if ((word === 'row' || word === 'column') && column === null) column = word === 'column';
    else if (word === 'dense' && !dense) dense = true;
    else throw new GridValueError('expected row, column, dense, or row dense / column dense');
  }
  if (words.length === 0) throw new GridValueError('expected row, column or dense');
  return { column: column ?? false, dense };
}

const JUSTIFY_ITEMS: readonly JustifyItems[] = ['normal', 'stretch', 'start', 'end', 'center', 'left', 'right', 'self-start', 'self-end', 'flex-start', 'flex-end', 'baseline', 'last baseline'];

function justifyItems(value: string | number): JustifyItems {
  let k = keyword(String(value)).replace(/\s+/g, ' ').replace(/^(safe|unsafe) /, '');
  if (k === 'legacy' || k.startsWith('legacy ') || k.endsWith(' legacy')) k = 'normal';
  if (k === 'first baseline') k = 'baseline';
  if (!(JUSTIFY_ITEMS as readonly string[]).includes(k)) throw new GridValueError(`expected one of ${JUSTIFY_ITEMS.join(', ')}`);
  return k as JustifyItems;
}

export const GRID_PARSERS: { readonly [K in keyof GridLonghands]: (value: string | number, c: { readonly basis: LengthBasis }) => GridLonghands[K] } = {
  gridTemplateColumns: (value, c) => parseTrackList(value, c.basis),
  gridTemplateRows: (value, c) => parseTrackList(value, c.basis),
  gridTemplateAreas: (value) => parseTemplateAreas(value),
  gridAutoColumns: (value, c) => parseAutoTracks(value, c.basis),
  gridAutoRows: (value, c) => parseAutoTracks(value, c.basis),
  gridAutoFlow: (value) => autoFlow(value),
  justifyItems: (value) => justifyItems(value),
  justifySelf: (value) => (keyword(String(value)) === 'auto' ? 'auto' : justifyItems(value)),
  gridRowStart: (value) => parseGridLine(value),
  gridRowEnd: (value) => parseGridLine(value),
  gridColumnStart: (value) => parseGridLine(value),
  gridColumnEnd: (value) => parseGridLine(value),
};

type Declarations = [string, string | number][];
const CSS_WIDE = new Set(['inherit', 'initial', 'unset']);

/** `a / b` shorthands whose second part defaults to the first (place-*). */
function pair(first: string, second: string, value: string | number): Declarations {
  const parts = typeof value === 'number' ? [String(value)] : splitTopLevel(value, ' ');
  const text = String(value).trim();
  // Two-word values like `last baseline` or `safe center` are one value.
  if (/^(first|last|safe|unsafe)\s/i.test(text) && parts.length === 2) return [[first, text], [second, text]];
  if (parts.length === 0 || parts.length > 2) throw new GridValueError('expected one or two values');
  return [[first, parts[0]!], [second, parts[1] ?? parts[0]!]];
}

function gridTemplate(value: string | number): Declarations {
  const text = String(value);
  const k = keyword(text);
  if (k === 'none' || CSS_WIDE.has(k)) return [['gridTemplateRows', k], ['gridTemplateColumns', k], ['gridTemplateAreas', k]];
  if (/["']/.test(text)) throw new GridUnsupportedError('grid-template with area strings is not laid out by ogsmith; use gridTemplateAreas, gridTemplateRows and gridTemplateColumns');
  const parts = splitTopLevel(text, '/');
  if (parts.length !== 2) throw new GridValueError('expected "rows / columns"');
  return [['gridTemplateRows', parts[0]!], ['gridTemplateColumns', parts[1]!], ['gridTemplateAreas', 'none']];
}

function grid(value: string | number): Declarations {
  const k = keyword(String(value));
  if (k === 'none' || CSS_WIDE.has(k)) return [...gridTemplate(k), ['gridAutoRows', k === 'none' ? 'auto' : k], ['gridAutoColumns', k === 'none' ? 'auto' : k], ['gridAutoFlow', k === 'none' ? 'row' : k]];
  if (k.includes('auto-flow')) throw new GridUnsupportedError('the grid shorthand with auto-flow is not laid out by ogsmith; use gridAutoFlow with gridTemplateRows/Columns and gridAutoRows/Columns');
  return [...gridTemplate(value), ['gridAutoRows', 'auto'], ['gridAutoColumns', 'auto'], ['gridAutoFlow', 'row']];
}

function cssWide(names: readonly string[], value: string | number): Declarations | null {
  return typeof value === 'string' && CSS_WIDE.has(keyword(value)) ? names.map((name) => [name, value]) : null;
}

export const GRID_SHORTHANDS: Readonly<Record<string, (value: string | number) => Declarations>> = {
  gridRow: (v) => cssWide(['gridRowStart', 'gridRowEnd'], v) ?? expandLinePair('gridRow', v),
  gridColumn: (v) => cssWide(['gridColumnStart', 'gridColumnEnd'], v) ?? expandLinePair('gridColumn', v),
  gridArea: (v) => cssWide(['gridRowStart', 'gridColumnStart', 'gridRowEnd', 'gridColumnEnd'], v) ?? expandGridArea(v),
  gridTemplate,
  grid,
  placeItems: (v) => pair('alignItems', 'justifyItems', v),
  placeSelf: (v) => pair('alignSelf', 'justifySelf', v),
  placeContent: (v) => pair('alignContent', 'justifyContent', v),
};

export function computedGrid(s: GridLonghands): GridStyle {
  return {
    templateColumns: s.gridTemplateColumns,
    templateRows: s.gridTemplateRows,
    templateAreas: s.gridTemplateAreas,
    autoColumns: s.gridAutoColumns,
    autoRows: s.gridAutoRows,
    autoFlow: s.gridAutoFlow,
    justifyItems: s.justifyItems,
    justifySelf: s.justifySelf,
    rowStart: s.gridRowStart,
    rowEnd: s.gridRowEnd,
    columnStart: s.gridColumnStart,
    columnEnd: s.gridColumnEnd,
  };
}
