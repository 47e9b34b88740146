// Parses grid placement (grid-row-start and the others, gridRow/gridColumn/gridArea) and grid-template-areas.
import { keyword, splitTopLevel } from './tokens.js';
import type { GridAreaRect, GridLine, GridTemplateAreas } from './grid-types.js';
import { GridValueError } from './grid-tracks.js';

const IDENT = /^-?[_a-z][_a-z0-9-]*$/i;
const INTEGER = /^[+-]?\d+$/;
const AUTO: GridLine = { kind: 'auto' };

/** One <grid-line>: auto, <integer> [<ident>], <ident>, span [<integer>] [<ident>]. React's unitless numbers are line numbers. */
export function parseGridLine(value: string | number): GridLine {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value === 0) throw new GridValueError('a line number must be a non-zero integer');
    return { kind: 'line', index: value, name: null };
  }
  const words = value.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 1 && keyword(words[0]!) === 'auto') return AUTO;
  let span = false;
  let count: number | null = null;
  let name: string | null = null;
  for (const word of words) {
    const k = keyword(word);
    if (k === 'span' && !span && count === null && name === null) span = true;
    else if (INTEGER.test(k) && count === null) count = Number(k);
    else if (IDENT.test(word) && name === null && k !== 'auto' && k !== 'span') name = word;
    else throw new GridValueError(`cannot read ${JSON.stringify(value)} as a grid line`);
  }
  if (count === 0) throw new GridValueError('a line number must not be 0');
  if (span) {
    if (count !== null && count < 0) throw new GridValueError('a span must be positive');
    return { kind: 'span', count: count ?? 1, name };
  }
  if (count === null) {
    if (name === null) throw new GridValueError(`cannot read ${JSON.stringify(value)} as a grid line`);
    return { kind: 'name', name };
  }
  return { kind: 'line', index: count, name };
}

/** The value a missing end takes: the same name for a bare name, else auto. */
function missingEnd(start: string): string {
  const trimmed = start.trim();
  return IDENT.test(trimmed) && keyword(trimmed) !== 'auto' && keyword(trimmed) !== 'span' ? trimmed : 'auto';
}

/** gridRow / gridColumn: `start [/ end]`. */
export function expandLinePair(prefix: 'gridRow' | 'gridColumn', value: string | number): [string, string | number][] {
  if (typeof value === 'number') return [[`${prefix}Start`, value], [`${prefix}End`, 'auto']];
  const parts = splitTopLevel(value, '/');
  if (parts.length > 2 || parts[0] === '') throw new GridValueError('expected "start" or "start / end"');
  const start = parts[0] ?? 'auto';
  return [[`${prefix}Start`, start], [`${prefix}End`, parts[1] ?? missingEnd(start)]];
}

/** gridArea: `row-start / column-start / row-end / column-end`, missing ones copy a name or become auto. */
export function expandGridArea(value: string | number): [string, string | number][] {
  if (typeof value === 'number') return [['gridRowStart', value], ['gridColumnStart', 'auto'], ['gridRowEnd', 'auto'], ['gridColumnEnd', 'auto']];
  const parts = splitTopLevel(value, '/');
  if (parts.length > 4 || parts[0] === '') throw new GridValueError('expected 1 to 4 lines separated by /');
  const rowStart = parts[0] ?? 'auto';
  const columnStart = parts[1] ?? missingEnd(rowStart);
  const rowEnd = parts[2] ?? missingEnd(rowStart);
  const columnEnd = parts[3] ?? missingEnd(columnStart);
  return [['gridRowStart', rowStart], ['gridColumnStart', columnStart], ['gridRowEnd', rowEnd], ['gridColumnEnd', columnEnd]];
}

/** grid-template-areas: quoted rows of names (`.` for none); every name must form one rectangle. */
export function parseTemplateAreas(value: string | number): GridTemplateAreas | 'none' {
  const text = String(value).trim();
  if (keyword(text) === 'none') return 'none';
  const rows = [...text.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
  const rest = text.replace(/"[^"]*"|'[^']*'/g, '').trim();
  if (rows.length === 0 || rest !== '') throw new GridValueError('expected none or quoted strings of area names');
  const cells = rows.map((row) => row.split(/\s+/).filter((c) => c !== '').flatMap((cell) => (/^\.+$/.test(cell) ? ['.'] : splitDots(cell))));
  const columns = cells[0]?.length ?? 0;
  if (columns === 0 || cells.some((row) => row.length !== columns)) throw new GridValueError('every row must have the same number of cells');
  const areas = new Map<string, GridAreaRect>();
  cells.forEach((row, r) => row.forEach((name, c) => {
    if (name === '.') return;
    const area = areas.get(name);
    areas.set(name, area ? { rowStart: Math.min(area.rowStart, r), rowEnd: Math.max(area.rowEnd, r + 1), columnStart: Math.min(area.columnStart, c), columnEnd: Math.max(area.columnEnd, c + 1) } : { rowStart: r, rowEnd: r + 1, columnStart: c, columnEnd: c + 1 });
  }));
  for (const [name, area] of areas) {
    for (let r = area.rowStart; r < area.rowEnd; r++) {
      for (let c = area.columnStart; c < area.columnEnd; c++) {
        if (cells[r]![c] !== name) throw new GridValueError(`area ${JSON.stringify(name)} is not a rectangle`);
      }
    }
  }
  return { rows: rows.length, columns, areas };
}

/** "a.b" style cells: dots inside a token are null cells of their own. */
function splitDots(cell: string): string[] {
  if (!cell.includes('.')) return [cell];
  return cell.split(/(\.+)/).filter((c) => c !== '').map((c) => (/^\.+$/.test(c) ? '.' : c));
}
