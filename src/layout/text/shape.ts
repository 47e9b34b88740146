// Shaping: glyphs and advances for a run of text (kerning, ligatures, letter- and word-spacing, fallback).
import type { FontFace } from './font-face.js';
import { faceForChar } from './font-registry.js';
import { glyphAdvance } from './variation.js';
import { cursiveMask } from './cursive.js';
import { applySingles, featuresKey, shapingFeatures, type ShapingFeatures } from './features.js';
import type { FontSetting } from '../style/font-settings.js';

export interface ShapedGlyph {
  readonly fontKey: string;
  readonly glyphId: number;
  /** Origin x relative to the start of the piece. */
  readonly x: number;
  /** UTF-16 index of the first character the glyph represents. */
  readonly cluster: number;
  /** Set on emoji glyphs (font key "emoji"): the grapheme cluster to draw as an image. */
  readonly emoji?: string;
}

export interface ShapedText {
  /** Total advance in px, letter- and word-spacing included. */
  readonly width: number;
  /** x at the start of each UTF-16 index (length = text.length + 1), for splitting inside the text. */
  readonly offsets: Float64Array;
  readonly glyphs: readonly ShapedGlyph[];
}

/** Measures text with a font chain at a size; injectable so tests can use fixed advances. */
export type Shaper = (text: string, chain: readonly FontFace[], fontSize: number, letterSpacing: number, wordSpacing: number, features?: readonly FontSetting[]) => ShapedText;


const cache = new Map<string, ShapedText>();
const CACHE_LIMIT = 20_000;
const TAB_SPACES = 8;

/** Characters opentype.js joins (Arabic forms) and returns in visual order: shaped per word, then put back in logical order. */
const ARABIC = /[\u0600-\u065f\u066a-\u06d2\u06fa-\u06ff]/;

interface Run {
  readonly face: FontFace;
  readonly arabic: boolean;
  readonly start: number;
  readonly end: number;
}

function runsOf(text: string, chain: readonly FontFace[]): Run[] {
  const runs: Run[] = [];
  let index = 0;
  for (const char of text) {
    const face = faceForChar(chain, char);
    const arabic = ARABIC.test(char);
    const last = runs[runs.length - 1];
    if (last && last.face === face && last.arabic === arabic) runs[runs.length - 1] = { face, arabic, start: last.start, end: index + char.length };
    else runs.push({ face, arabic, start: index, end: index + char.length });
    index += char.length;
  }
  return runs;
}

/** The real shaper: opentype.js glyph substitution (liga, rlig) and GPOS/kern kerning, cached per input. */
export const shapeText: Shaper = (text, chain, fontSize, letterSpacing, wordSpacing, settings) => {
  const key = `${chain[0]?.key}|${chain.length}|${fontSize}|${letterSpacing}|${wordSpacing}|${featuresKey(settings)}|${text}`;
  const features = shapingFeatures(settings);
  const hit = cache.get(key);
  if (hit) return hit;
  const offsets = new Float64Array(text.length + 1);
  const glyphs: ShapedGlyph[] = [];
  let x = 0;
  // Browsers leave letter-spacing out of cursive scripts: it would break the joins.
  const cursive = letterSpacing !== 0 ? cursiveMask(text) : null;
  for (const run of runsOf(text, chain)) {
    const { face } = run;
    const font = face.font;
    const scale = fontSize / face.unitsPerEm;
    const runText = text.slice(run.start, run.end);
    const codePoints = Array.from(runText);
    const ids = applySingles(face, glyphIndexes(face, runText, codePoints, run.arabic, features.ligatures), features);
    const oneToOne = ids.length === codePoints.length;
    const kerning = features.kern ? face.kerning : null;
    const runStartX = x;
    let unit = run.start;
    for (let g = 0; g < ids.length; g++) {
      const id = ids[g]!;
      const glyph = font.glyphs.get(id);
      const char = oneToOne ? codePoints[g]! : '';
      if (oneToOne) offsets[unit] = x;
      if (char === '\n' || char === '\r') {
        unit += 1;
        continue;
      }
      glyphs.push({ fontKey: face.key, glyphId: id, x, cluster: oneToOne ? unit : run.start });
      let advance = (glyphAdvance(face, id) ?? 0) * scale;
      if (char === '\t') advance = spaceAdvance(face, scale) * TAB_SPACES;
      x += advance;
      const next = ids[g + 1];
      if (next !== undefined && kerning) x += kerning.get(id, next) * scale;
      if (oneToOne) {
        if (!cursive || cursive[unit] === 0) x += letterSpacing;
        if (char === ' ' || char === '\u00a0') x += wordSpacing;
        if (char.length === 2) offsets[unit + 1] = offsets[unit]!;
        unit += char.length;
      }
    }
    if (!oneToOne) {
      // Ligatures merged characters: spread the run's width over its characters, keep spacing per character.
      let spaced = 0;
      for (let i = run.start; i < run.end; i++) if ((!cursive || cursive[i] === 0) && !isLowSurrogate(text.charCodeAt(i))) spaced++;
      x += letterSpacing * spaced;
      const width = x - runStartX;
      for (let i = run.start; i < run.end; i++) offsets[i] = runStartX + (width * (i - run.start)) / (run.end - run.start);
    }
  }
  offsets[text.length] = x;
  const shaped: ShapedText = { width: x, offsets, glyphs };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, shaped);
  return shaped;
};

const substitutionUnsupported = new WeakSet<FontFace>();

/** Glyph ids after GSUB substitution; fonts whose GSUB opentype.js cannot apply fall back to the cmap. */
function glyphIndexes(face: FontFace, text: string, codePoints: readonly string[], arabic: boolean, ligatures: ShapingFeatures['ligatures']): readonly number[] {
  if (!substitutionUnsupported.has(face)) {
    try {
      const ids = face.font.stringToGlyphIndexes(text, { features: ligatures });
      if (ids.length > 0) return arabic ? ids.reverse() : ids;
    } catch {
      substitutionUnsupported.add(face);
    }
  }
  return codePoints.map((cp) => face.font.charToGlyphIndex(cp));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function spaceAdvance(face: FontFace, scale: number): number {
  const id = face.font.charToGlyphIndex(' ');
  return (glyphAdvance(face, id) ?? face.unitsPerEm / 4) * scale;
}
