// Paragraph layout: shape inline items once, then break lines, align them and place every fragment.
import type { ComputedStyle } from '../style/types.js';
import { breakOpportunities, graphemeBoundaries, type BreakRules } from './break-opportunities.js';
import type { FontRegistry } from './font-registry.js';
import { boxExtent, type BoxExtent } from './line-metrics.js';
import { shapeText, type ShapedText, type Shaper } from './shape.js';
import { applyTextTransform } from './text-transform.js';
import type { InlineAtomicItem, InlineItem, InlineOpenItem, IntrinsicWidths, LineBoxGeometry, ParagraphLayout, PositionedGlyph, Rect, TextLineFragment } from './types.js';
import { appendProcessed, type ProcessedChar } from './white-space.js';

/** A piece of the paragraph in order: shaped text, an atomic inline, or an inline box edge. */
type Piece =
  | { readonly kind: 'text'; readonly item: number; readonly start: number; readonly end: number; readonly shaped: ShapedText }
  | { readonly kind: 'atomic'; readonly item: number; readonly pos: number; readonly atomic: InlineAtomicItem }
  | { readonly kind: 'open'; readonly item: number; readonly pos: number; readonly open: InlineOpenItem }
  | { readonly kind: 'close'; readonly item: number; readonly pos: number; readonly open: InlineOpenItem };

/** Text between two break opportunities: the unit of line filling. */
interface BreakUnit {
  readonly start: number;
  readonly end: number;
  /** Advance including inline-box edges that belong to it. */
  readonly width: number;
  /** Width of trailing spaces that hang (do not count at a line end). */
  readonly hang: number;
  readonly forced: boolean;
  /** overflow-wrap lets this unit break between graphemes when it alone overflows. */
  readonly emergency: boolean;
  /** overflow-wrap: anywhere or word-break: break-all: graphemes count for min-content. */
  readonly anywhere: boolean;
}

declare const preparedBrand: unique symbol;

/** A shaped paragraph: lines can be broken again at any width without reshaping. */
export interface PreparedParagraph {
  readonly [preparedBrand]: true;
  readonly items: readonly InlineItem[];
  readonly blockStyle: ComputedStyle;
  readonly text: string;
  readonly chars: readonly ProcessedChar[];
  readonly pieces: readonly Piece[];
  readonly units: readonly BreakUnit[];
  readonly strut: BoxExtent;
  /** Extent per item index, for text and open items. */
  readonly extents: ReadonlyMap<number, BoxExtent>;
  /** Edge widths per marker piece index (open: start edges; close: end edges). */
  readonly edgeOf: (piece: Piece) => number;
}

const OBJECT_REPLACEMENT = '\ufffc';

function styleOfItem(item: InlineItem, blockStyle: ComputedStyle): ComputedStyle {
  return item.kind === 'text' || item.kind === 'open' ? item.style : blockStyle;
}

export function prepareParagraph(items: readonly InlineItem[], blockStyle: ComputedStyle, fonts: FontRegistry, shaper: Shaper = shapeText): PreparedParagraph {
  const chars: ProcessedChar[] = [];
  const rawPieces: ({ kind: 'text'; item: number; start: number; end: number } | Exclude<Piece, { kind: 'text' }>)[] = [];
  const opens = new Map<number, InlineOpenItem>();
  items.forEach((item, index) => {
    switch (item.kind) {
      case 'text': {
        const start = chars.length;
        const text = applyTextTransform(item.text, item.style.textTransform);
        appendProcessed(chars, { item: index, text, whiteSpace: item.style.whiteSpace });
        // Collapsing may remove a trailing space of the previous run: clip earlier pieces.
        if (chars.length > start) rawPieces.push({ kind: 'text', item: index, start, end: chars.length });
        break;
      }
      case 'atomic':
        rawPieces.push({ kind: 'atomic', item: index, pos: chars.length, atomic: item });
        chars.push({ char: OBJECT_REPLACEMENT, item: index, raw: 0, collapsible: false });
        break;
      case 'open':
        opens.set(item.boxId, item);
        rawPieces.push({ kind: 'open', item: index, pos: chars.length, open: item });
        break;
      case 'close': {
        const open = opens.get(item.boxId);
        if (open) rawPieces.push({ kind: 'close', item: index, pos: chars.length, open });
        break;
      }
    }
  });
  // appendProcessed may pop collapsible spaces (pre-line newlines): keep piece ranges inside the text.
  const text = chars.map((c) => c.char).join('');
  const pieces: Piece[] = [];
  for (const piece of rawPieces) {
    if (piece.kind !== 'text') {
      pieces.push({ ...piece, pos: Math.min(piece.pos, chars.length) } as Piece);
      continue;
    }
    const end = Math.min(piece.end, chars.length);
    if (end <= piece.start) continue;
    const item = items[piece.item] as Extract<InlineItem, { kind: 'text' }>;
    const style = item.style;
    const chain = fonts.chain(style.fontFamily, style.fontWeight, style.fontStyle);
    pieces.push({ kind: 'text', item: piece.item, start: piece.start, end, shaped: shaper(text.slice(piece.start, end), chain, style.fontSize, style.letterSpacing, style.wordSpacing) });
  }

  if (text.includes('\t')) applyTabStops(pieces, text, items, fonts, shaper);

  const extents = new Map<number, BoxExtent>();
  items.forEach((item, index) => {
    if (item.kind === 'text' || item.kind === 'open') extents.set(index, boxExtent(item.style, fonts));
  });
  const rulesAt = (p: number): BreakRules => styleOfItem(items[chars[p]!.item]!, blockStyle);
  const kinds = breakOpportunities(text, rulesAt);
  const edgeOf = (piece: Piece): number => {
    if (piece.kind === 'open') return piece.open.marginStart + piece.open.borderStart + piece.open.paddingStart;
    if (piece.kind === 'close') return piece.open.marginEnd + piece.open.borderEnd + piece.open.paddingEnd;
    return 0;
  };
  const units = buildUnits(text, chars, kinds, pieces, items, blockStyle, edgeOf);
  return { items, blockStyle, text, chars, pieces, units, strut: boxExtent(blockStyle, fonts), extents, edgeOf } as unknown as PreparedParagraph;
}

const TAB_SIZE = 8;

/**
 * Preserved tabs advance to the next tab stop (8 spaces of the tab's font), measured from the
 * start of its line; lines are assumed to start at forced breaks, which is exact for pre.
 */
function applyTabStops(pieces: Piece[], text: string, items: readonly InlineItem[], fonts: FontRegistry, shaper: Shaper): void {
  let lineX = 0;
  pieces.forEach((piece, index) => {
    if (piece.kind === 'atomic') lineX += piece.atomic.width;
    if (piece.kind !== 'text') return;
    const item = items[piece.item] as Extract<InlineItem, { kind: 'text' }>;
    const style = item.style;
    const source = piece.shaped;
    const offsets = Float64Array.from(source.offsets);
    const chain = fonts.chain(style.fontFamily, style.fontWeight, style.fontStyle);
    const space = shaper(' ', chain, style.fontSize, 0, 0).width;
    const stop = space * TAB_SIZE;
    let shift = 0;
    const shiftAt = new Float64Array(offsets.length);
    for (let i = piece.start; i < piece.end; i++) {
      const local = i - piece.start;
      const advance = source.offsets[local + 1]! - source.offsets[local]!;
      shiftAt[local] = shift;
      const x = lineX;
      if (text[i] === '\n') lineX = 0;
      else if (text[i] === '\t' && stop > 0) {
        let next = Math.ceil((x + 1e-6) / stop) * stop;
        if (next - x < space / 2) next += stop;
        const tabAdvance = next - x + style.letterSpacing;
        shift += tabAdvance - advance;
        lineX = next + style.letterSpacing;
      } else lineX = x + advance;
      offsets[local + 1] = source.offsets[local + 1]! + shift;
    }
    const glyphs = source.glyphs.map((g) => ({ ...g, x: g.x + (shiftAt[g.cluster] ?? 0) }));
    pieces[index] = { ...piece, shaped: { width: offsets[offsets.length - 1]!, offsets, glyphs } };
  });
}

/** Advance of processed text [s, e) from the shaped pieces (edges and atomics excluded). */
function textWidth(pieces: readonly Piece[], s: number, e: number): number {
  let width = 0;
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      const a = Math.max(s, piece.start);
      const b = Math.min(e, piece.end);
      if (a < b) width += piece.shaped.offsets[b - piece.start]! - piece.shaped.offsets[a - piece.start]!;
    } else if (piece.kind === 'atomic' && piece.pos >= s && piece.pos < e) {
      width += piece.atomic.width;
    }
  }
  return width;
}

/** Open edges belong to the unit holding the character after them, close edges to the one before. */
function edgeOwner(piece: Piece, unitOfChar: readonly number[], lastUnit: number): number {
  if (piece.kind === 'open') return piece.pos < unitOfChar.length ? unitOfChar[piece.pos]! : lastUnit;
  if (piece.kind === 'close') return piece.pos > 0 ? unitOfChar[piece.pos - 1]! : 0;
  return -1;
}

function hangs(char: ProcessedChar, items: readonly InlineItem[], blockStyle: ComputedStyle): boolean {
  if (char.collapsible) return true;
  if (char.char !== ' ' && char.char !== '\t') return false;
  return styleOfItem(items[char.item]!, blockStyle).whiteSpace === 'pre-wrap';
}

function buildUnits(text: string, chars: readonly ProcessedChar[], kinds: Uint8Array, pieces: readonly Piece[], items: readonly InlineItem[], blockStyle: ComputedStyle, edgeOf: (piece: Piece) => number): BreakUnit[] {
  const bounds: number[] = [0];
  for (let p = 1; p <= text.length; p++) if (kinds[p]) bounds.push(p);
  const unitOfChar = new Array<number>(text.length);
  const spans: { start: number; end: number; forced: boolean }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    for (let p = start; p < end; p++) unitOfChar[p] = spans.length;
    spans.push({ start, end, forced: kinds[end] === 2 && end < text.length });
  }
  const edges = new Array<number>(spans.length).fill(0);
  for (const piece of pieces) {
    const owner = edgeOwner(piece, unitOfChar, spans.length - 1);
    if (owner >= 0 && owner < spans.length) edges[owner]! += edgeOf(piece);
  }
  return spans.map((span, index) => {
    let hangStart = span.end;
    while (hangStart > span.start && (hangs(chars[hangStart - 1]!, items, blockStyle) || chars[hangStart - 1]!.char === '\n')) hangStart--;
    const style = styleOfItem(items[chars[span.start]!.item]!, blockStyle);
    const emergency = style.overflowWrap !== 'normal' || style.wordBreak === 'break-word';
    return {
      start: span.start,
      end: span.end,
      width: textWidth(pieces, span.start, span.end) + edges[index]!,
      hang: textWidth(pieces, hangStart, span.end),
      forced: span.forced,
      emergency,
      anywhere: style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all',
    };
  });
}

interface LineRange {
  readonly start: number;
  readonly end: number;
  /** Hanging trailing space width at the line end. */
  readonly hang: number;
  /** Ends in a forced break (or is the last line): not justified. */
  readonly last: boolean;
}

/** Greedy line filling over break units; units wider than the line break between graphemes when allowed. */
function breakLines(p: PreparedParagraph, available: number): LineRange[] {
  const lines: LineRange[] = [];
  let lineStart = -1;
  let lineEnd = 0;
  let width = 0;
  let hang = 0;
  const flush = (last: boolean): void => {
    if (lineStart >= 0) lines.push({ start: lineStart, end: lineEnd, hang, last });
    lineStart = -1;
    width = 0;
    hang = 0;
  };
  const epsilon = 1e-6;
  for (const unit of p.units) {
    if (lineStart >= 0 && width + unit.width - unit.hang > available + epsilon) flush(false);
    if (lineStart < 0 && unit.width - unit.hang > available + epsilon && unit.emergency) {
      // Emergency break: as many graphemes per line as fit (at least one).
      let start = unit.start;
      const boundaries = [...graphemeBoundaries(p.text, unit.start, unit.end), unit.end];
      while (start < unit.end) {
        let end = boundaries.find((b) => b > start) ?? unit.end;
        for (const b of boundaries) {
          if (b <= start) continue;
          if (textWidth(p.pieces, start, b) - (b === unit.end ? unit.hang : 0) <= available + epsilon) end = b;
          else break;
        }
        lineStart = start;
        lineEnd = end;
        width = textWidth(p.pieces, start, end);
        hang = end === unit.end ? unit.hang : 0;
        if (end < unit.end) flush(false);
        start = end;
      }
      width = unit.width;
      if (unit.forced) flush(true);
      continue;
    }
    if (lineStart < 0) lineStart = unit.start;
    lineEnd = unit.end;
    width += unit.width;
    hang = unit.hang;
    if (unit.forced) flush(true);
  }
  flush(true);
  return lines;
}

export function intrinsicWidths(p: PreparedParagraph): IntrinsicWidths {
  let minContent = 0;
  let maxContent = 0;
  let line = 0;
  let lastHang = 0;
  for (const unit of p.units) {
    if (unit.anywhere) {
      // overflow-wrap: anywhere / word-break: break-all: every grapheme is a possible line end.
      let start = unit.start;
      for (const b of [...graphemeBoundaries(p.text, unit.start, unit.end), unit.end]) {
        minContent = Math.max(minContent, textWidth(p.pieces, start, b) - (b === unit.end ? unit.hang : 0));
        start = b;
      }
    } else {
      minContent = Math.max(minContent, unit.width - unit.hang);
    }
    line += unit.width;
    lastHang = unit.hang;
    if (unit.forced) {
      maxContent = Math.max(maxContent, line - lastHang);
      line = 0;
    }
  }
  maxContent = Math.max(maxContent, line - lastHang);
  return { minContent, maxContent };
}

interface PendingText {
  readonly textId: number;
  readonly itemIndex: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly glyphs: PositionedGlyph[];
}

interface PendingBox {
  readonly boxId: number;
  readonly open: InlineOpenItem;
  readonly itemIndex: number;
  left: number;
  right: number;
  /** Its close edge was placed on this line: later content does not extend it. */
  closed: boolean;
}

/** Lays the prepared paragraph out in lines of `availableWidth` (Infinity: no wrapping but forced breaks). */
export function layoutParagraph(p: PreparedParagraph, availableWidth: number): ParagraphLayout {
  const ranges = breakLines(p, availableWidth);
  const texts = new Map<number, TextLineFragment[]>();
  const boxes = new Map<number, Rect[]>();
  for (const item of p.items) {
    if (item.kind === 'text') texts.set(item.textId, []);
  }
  const lines: LineBoxGeometry[] = [];
  const openAcross: PendingBox[] = [];
  let top = 0;
  let widest = 0;
  const lineOfOpen = (pos: number): number => ranges.findIndex((r, i) => (pos >= r.start && pos < r.end) || (i === ranges.length - 1 && pos >= r.end));
  const lineOfClose = (pos: number): number => (pos === 0 ? 0 : ranges.findIndex((r) => pos - 1 >= r.start && pos - 1 < r.end));

  ranges.forEach((range, lineIndex) => {
    const contentWidth = lineContentWidth(p, range, lineIndex, lineOfOpen, lineOfClose);
    const visibleWidth = contentWidth - range.hang;
    widest = Math.max(widest, visibleWidth);
    const { offset, perSpace } = alignment(p.blockStyle, availableWidth, visibleWidth, range, p.text);
    let cursor = offset;
    const pendingTexts: PendingText[] = [];
    const pendingAtomics: { item: InlineAtomicItem; left: number }[] = [];
    const lineBoxes: PendingBox[] = openAcross.map((b) => ({ ...b, left: offset, right: offset, closed: false }));
    const extentsOnLine: BoxExtent[] = [p.strut];
    for (const b of lineBoxes) extentsOnLine.push(p.extents.get(b.itemIndex)!);
    for (const piece of p.pieces) {
      if (piece.kind === 'open') {
        if (lineOfOpen(piece.pos) !== lineIndex) continue;
        cursor += piece.open.marginStart;
        lineBoxes.push({ boxId: piece.open.boxId, open: piece.open, itemIndex: piece.item, left: cursor, right: cursor, closed: false });
        extentsOnLine.push(p.extents.get(piece.item)!);
        cursor += piece.open.borderStart + piece.open.paddingStart;
        continue;
      }
      if (piece.kind === 'close') {
        if (lineOfClose(piece.pos) !== lineIndex) continue;
        cursor += piece.open.paddingEnd + piece.open.borderEnd;
        const box = lineBoxes.find((b) => b.boxId === piece.open.boxId);
        if (box) {
          box.right = cursor;
          box.closed = true;
        }
        cursor += piece.open.marginEnd;
        continue;
      }
      if (piece.kind === 'atomic') {
        if (piece.pos < range.start || piece.pos >= range.end) continue;
        pendingAtomics.push({ item: piece.atomic, left: cursor });
        cursor += piece.atomic.width;
        for (const b of lineBoxes) if (!b.closed) b.right = Math.max(b.right, cursor);
        continue;
      }
      const a = Math.max(range.start, piece.start);
      const b = Math.min(range.end, piece.end);
      if (a >= b) continue;
      const item = p.items[piece.item] as Extract<InlineItem, { kind: 'text' }>;
      extentsOnLine.push(p.extents.get(piece.item)!);
      const offsets = piece.shaped.offsets;
      const base = offsets[a - piece.start]!;
      let spacesBefore = 0;
      const xAt = (index: number): number => cursor + offsets[index - piece.start]! - base + perSpace * spacesBefore;
      let left = Number.POSITIVE_INFINITY;
      let right = Number.NEGATIVE_INFINITY;
      const glyphs: PendingText['glyphs'] = [];
      let g = 0;
      const glyphList = piece.shaped.glyphs;
      for (let i = a; i < b; i++) {
        const char = p.text[i]!;
        const x = xAt(i);
        while (g < glyphList.length && glyphList[g]!.cluster + piece.start < i) g++;
        while (g < glyphList.length && glyphList[g]!.cluster + piece.start === i) {
          const glyph = glyphList[g]!;
          glyphs.push({ glyphId: glyph.glyphId, fontKey: glyph.fontKey, x: x + glyph.x - offsets[i - piece.start]!, fontSize: item.style.fontSize });
          g++;
        }
        if (char === ' ' && perSpace !== 0 && i < range.end - trailingSpaces(p.text, range)) spacesBefore++;
        if (/\s/.test(char)) continue;
        left = Math.min(left, x);
        right = Math.max(right, xAt(i + 1));
      }
      const end = xAt(b);
      cursor = end;
      for (const box of lineBoxes) if (!box.closed) box.right = Math.max(box.right, cursor - (b === range.end ? range.hang : 0));
      if (left !== Number.POSITIVE_INFINITY) {
        pendingTexts.push({ textId: item.textId, itemIndex: piece.item, text: rawLineText(p, piece, a, b), left, right, glyphs });
      }
    }

    // Vertical: the line box spans the tallest extents above and below the shared baseline.
    let above = 0;
    let below = 0;
    for (const extent of extentsOnLine) {
      above = Math.max(above, extent.above);
      below = Math.max(below, extent.below);
    }
    for (const atomic of pendingAtomics) {
      above = Math.max(above, atomic.item.baseline);
      below = Math.max(below, atomic.item.height - atomic.item.baseline);
    }
    const baseline = top + above;
    for (const t of pendingTexts) {
      const font = p.extents.get(t.itemIndex)!.font;
      texts.get(t.textId)!.push({ text: t.text, x: t.left, width: t.right - t.left, y: baseline - font.ascent, height: font.ascent + font.descent, baseline, glyphs: t.glyphs });
    }
    for (const box of lineBoxes) {
      const font = p.extents.get(box.itemIndex)!.font;
      const o = box.open;
      const rect: Rect = { x: box.left, y: baseline - font.ascent - o.paddingTop - o.borderTop, width: Math.max(0, box.right - box.left), height: font.ascent + font.descent + o.paddingTop + o.borderTop + o.paddingBottom + o.borderBottom };
      const list = boxes.get(box.boxId) ?? [];
      list.push(rect);
      boxes.set(box.boxId, list);
    }
    for (const atomic of pendingAtomics) boxes.set(atomic.item.boxId, [{ x: atomic.left, y: baseline - atomic.item.baseline, width: atomic.item.width, height: atomic.item.height }]);
    lines.push({ top, height: above + below, baseline, left: offset, right: offset + visibleWidth });
    top += above + below;
    // Boxes still open continue on the next line.
    openAcross.length = 0;
    for (const box of lineBoxes) if (!closesOnOrBefore(p, box.boxId, lineIndex, lineOfClose)) openAcross.push(box);
  });
  return {
    width: widest,
    height: top,
    lines,
    firstBaseline: lines[0]?.baseline ?? null,
    lastBaseline: lines[lines.length - 1]?.baseline ?? null,
    texts,
    boxes,
    clamped: false,
  };
}

function closesOnOrBefore(p: PreparedParagraph, boxId: number, lineIndex: number, lineOfClose: (pos: number) => number): boolean {
  const close = p.pieces.find((piece) => piece.kind === 'close' && piece.open.boxId === boxId);
  return close !== undefined && close.kind === 'close' && lineOfClose(close.pos) <= lineIndex;
}

/** Sum of advances and edges placed on a line (hang included). */
function lineContentWidth(p: PreparedParagraph, range: LineRange, lineIndex: number, lineOfOpen: (pos: number) => number, lineOfClose: (pos: number) => number): number {
  let width = textWidth(p.pieces, range.start, range.end);
  for (const piece of p.pieces) {
    if (piece.kind === 'open' && lineOfOpen(piece.pos) === lineIndex) width += p.edgeOf(piece);
    if (piece.kind === 'close' && lineOfClose(piece.pos) === lineIndex) width += p.edgeOf(piece);
  }
  return width;
}

function trailingSpaces(text: string, range: LineRange): number {
  let n = 0;
  for (let i = range.end - 1; i >= range.start && /\s/.test(text[i]!); i--) n++;
  return n;
}

/** Offset of the line start and extra px per space (justify), from text-align and direction. */
function alignment(style: ComputedStyle, available: number, width: number, range: LineRange, text: string): { offset: number; perSpace: number } {
  if (!Number.isFinite(available)) return { offset: 0, perSpace: 0 };
  const free = available - width;
  const rtl = style.direction === 'rtl';
  switch (style.textAlign) {
    case 'center':
      return { offset: free / 2, perSpace: 0 };
    case 'right':
      return { offset: free, perSpace: 0 };
    case 'end':
      return { offset: rtl ? 0 : free, perSpace: 0 };
    case 'start':
      return { offset: rtl ? free : 0, perSpace: 0 };
    case 'justify': {
      if (range.last || free <= 0) return { offset: rtl ? free : 0, perSpace: 0 };
      let spaces = 0;
      const end = range.end - trailingSpaces(text, range);
      for (let i = range.start; i < end; i++) if (text[i] === ' ') spaces++;
      return { offset: 0, perSpace: spaces > 0 ? free / spaces : 0 };
    }
    default:
      return { offset: 0, perSpace: 0 };
  }
}

/** The item's original characters shown on this line, trimmed (what a browser's Range reports). */
function rawLineText(p: PreparedParagraph, piece: Extract<Piece, { kind: 'text' }>, a: number, b: number): string {
  const item = p.items[piece.item] as Extract<InlineItem, { kind: 'text' }>;
  const rawStart = p.chars[a]!.raw;
  const rawEnd = b < piece.end ? p.chars[b]!.raw : item.text.length;
  return item.text.slice(rawStart, rawEnd).trim();
}
