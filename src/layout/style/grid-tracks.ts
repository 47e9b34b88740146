// Parses grid track lists: lengths, %, fr, auto, min/max-content, minmax(), fit-content(), repeat() and [line names].
import { parseLengthPercentage, type LengthBasis } from './length.js';
import { keyword, splitTopLevel } from './tokens.js';
import type { TrackBreadth, TrackList, TrackListEntry, TrackSize } from './grid-types.js';

/** A value that is valid CSS but names a grid feature ogsmith does not lay out (becomes UNSUPPORTED_PROPERTY). */
export class GridUnsupportedError extends Error {}
/** A value that is not valid for the property (becomes INVALID_STYLE_VALUE). */
export class GridValueError extends Error {}

const FR = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)fr$/i;
const IDENT = /^-?[_a-z][_a-z0-9-]*$/i;
const RESERVED_NAMES = new Set(['span', 'auto', 'inherit', 'initial', 'unset', 'default']);

/** Splits a track list into top-level tokens: words, function calls and [bracketed name lists]. */
export function trackTokens(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let depth = 0;
  let bracket = false;
  const flush = (): void => {
    if (current.trim() !== '') tokens.push(current.trim());
    current = '';
  };
  for (const ch of text) {
    if (bracket) {
      current += ch;
      if (ch === ']') {
        bracket = false;
        flush();
      }
      continue;
    }
    if (depth === 0 && ch === '[') {
      flush();
      bracket = true;
      current = ch;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && /\s/.test(ch)) flush();
    else current += ch;
  }
  if (bracket || depth !== 0) throw new GridValueError('unbalanced brackets or parentheses');
  flush();
  return tokens;
}

function lineNameList(token: string): string[] {
  const names = token.slice(1, -1).trim().split(/\s+/).filter((n) => n !== '');
  for (const name of names) if (!IDENT.test(name) || RESERVED_NAMES.has(name.toLowerCase())) throw new GridValueError(`${JSON.stringify(name)} is not a line name`);
  return names;
}

function breadth(token: string, basis: LengthBasis): TrackBreadth {
  const k = keyword(token);
  if (k === 'auto') return { kind: 'auto' };
  if (k === 'min-content') return { kind: 'min-content' };
  if (k === 'max-content') return { kind: 'max-content' };
  const fr = FR.exec(k);
  if (fr) {
    const value = Number(fr[1]);
    if (value < 0) throw new GridValueError('fr values must not be negative');
    return { kind: 'fr', value };
  }
  let value;
  try {
    value = parseLengthPercentage(token, basis);
  } catch {
    throw new GridValueError(`${JSON.stringify(token)} is not a track size`);
  }
  if (value.px < 0 || value.pct < 0) throw new GridValueError('track sizes must not be negative');
  return { kind: 'length', value };
}

function args(token: string, name: string): string[] {
  return splitTopLevel(token.slice(name.length + 1, -1), ',');
}

/** One <track-size>: a breadth, minmax(min, max) or fit-content(length). */
export function trackSize(token: string, basis: LengthBasis): TrackSize {
  const k = keyword(token);
  if (k.startsWith('minmax(') && k.endsWith(')')) {
    const [a, b, extra] = args(token, 'minmax');
    if (a === undefined || b === undefined || extra !== undefined) throw new GridValueError('minmax() takes two sizes');
    const min = breadth(a, basis);
    if (min.kind === 'fr') throw new GridValueError('the minimum of minmax() cannot be flexible (fr)');
    return { min, max: breadth(b, basis) };
  }
  if (k.startsWith('fit-content(') && k.endsWith(')')) {
    const [a, extra] = args(token, 'fit-content');
    if (a === undefined || extra !== undefined) throw new GridValueError('fit-content() takes one length');
    const limit = breadth(a, basis);
    if (limit.kind !== 'length') throw new GridValueError('fit-content() takes a length or percentage');
    return { min: { kind: 'auto' }, max: { kind: 'max-content' }, fitContent: limit.value };
  }
  if (k === 'subgrid' || k === 'masonry') throw new GridUnsupportedError(`${k} is not laid out by ogsmith`);
  if (k.includes('(') && !/^(calc|min|max|clamp)\(/.test(k)) throw new GridValueError(`${JSON.stringify(token)} is not a track size`);
  const b = breadth(token, basis);
  // A flexible breadth alone is minmax(auto, <flex>).
  return b.kind === 'fr' ? { min: { kind: 'auto' }, max: b } : { min: b, max: b };
}

/** Tracks and names of a sequence of tokens (no repeat()). */
function sequence(tokens: readonly string[], basis: LengthBasis): { tracks: TrackSize[]; lineNames: string[][] } {
  const tracks: TrackSize[] = [];
  const lineNames: string[][] = [[]];
  for (const token of tokens) {
    if (token.startsWith('[')) lineNames[lineNames.length - 1]!.push(...lineNameList(token));
    else {
      tracks.push(trackSize(token, basis));
      lineNames.push([]);
    }
  }
  return { tracks, lineNames };
}

function repeat(token: string, basis: LengthBasis): TrackListEntry {
  const [countText, ...rest] = args(token, 'repeat');
  if (countText === undefined || rest.length !== 1) throw new GridValueError('repeat() takes a count and a track list');
  const k = keyword(countText);
  let count: number | 'auto-fill' | 'auto-fit';
  if (k === 'auto-fill' || k === 'auto-fit') count = k;
  else {
    count = Number(k);
    if (!Number.isInteger(count) || count < 1) throw new GridValueError('the repeat() count must be a positive integer, auto-fill or auto-fit');
  }
  const inner = trackTokens(rest[0]!);
  if (inner.some((t) => keyword(t).startsWith('repeat('))) throw new GridValueError('repeat() cannot be nested');
  const { tracks, lineNames } = sequence(inner, basis);
  if (tracks.length === 0) throw new GridValueError('repeat() needs at least one track');
  if (typeof count !== 'number' && tracks.some((t) => !isFixed(t))) throw new GridValueError(`repeat(${count}, …) needs fixed track sizes (lengths or percentages, or minmax() with one)`);
  return { kind: 'repeat', count, tracks, lineNames };
}

/** A fixed size: a length, or minmax() with a length as minimum or maximum (what auto repetitions accept). */
function isFixed(t: TrackSize): boolean {
  return t.fitContent === undefined && (t.min.kind === 'length' || t.max.kind === 'length');
}

/** grid-template-columns / -rows. */
export function parseTrackList(value: string | number, basis: LengthBasis): TrackList | 'none' {
  if (typeof value === 'number') return { entries: [{ kind: 'track', size: trackSize(`${value}px`, basis) }], lineNames: [[], []] };
  const k = keyword(value);
  if (k === 'none') return 'none';
  if (k === 'subgrid' || k.startsWith('subgrid ') || k === 'masonry') throw new GridUnsupportedError(`${k.split(' ')[0]} is not laid out by ogsmith`);
  const entries: TrackListEntry[] = [];
  const lineNames: string[][] = [[]];
  let autoRepeats = 0;
  for (const token of trackTokens(value)) {
    if (token.startsWith('[')) {
      lineNames[lineNames.length - 1]!.push(...lineNameList(token));
      continue;
    }
    const entry: TrackListEntry = keyword(token).startsWith('repeat(') ? repeat(token, basis) : { kind: 'track', size: trackSize(token, basis) };
    if (entry.kind === 'repeat' && typeof entry.count !== 'number') autoRepeats++;
    entries.push(entry);
    lineNames.push([]);
  }
  if (entries.length === 0) throw new GridValueError('expected none or at least one track');
  if (autoRepeats > 1) throw new GridValueError('only one repeat(auto-fill | auto-fit, …) is allowed');
  if (autoRepeats === 1) {
    const others = entries.filter((e) => !(e.kind === 'repeat' && typeof e.count !== 'number'));
    const fixed = others.every((e) => (e.kind === 'track' ? isFixed(e.size) : e.tracks.every(isFixed)));
    if (!fixed) throw new GridValueError('with repeat(auto-fill | auto-fit, …) every other track must have a fixed size');
  }
  return { entries, lineNames };
}

/** grid-auto-columns / -rows: one or more track sizes (no repeat(), no names). */
export function parseAutoTracks(value: string | number, basis: LengthBasis): TrackSize[] {
  if (typeof value === 'number') return [trackSize(`${value}px`, basis)];
  const tokens = trackTokens(value);
  if (tokens.length === 0) throw new GridValueError('expected at least one track size');
  return tokens.map((token) => {
    if (token.startsWith('[') || keyword(token).startsWith('repeat(')) throw new GridValueError('expected track sizes only (no line names or repeat())');
    return trackSize(token, basis);
  });
}
