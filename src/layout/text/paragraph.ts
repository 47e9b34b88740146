// Paragraph layout: shape inline items once, then break lines, align them and place every fragment.
import type { ComputedStyle } from '../style/types.js';
import { breakOpportunities } from './break-opportunities.js';
import { resolvedIndent, withIndent } from './text-indent.js';
import { applyTabStops, buildUnits } from './break-units.js';
import { lineEdges, lineShaping, lineTextWidth, type Reshape } from './line-edges.js';
import type { FontRegistry } from '../fonts/font-registry.js';
import { alignment, trailingSpaces } from './line-alignment.js';
import { balancedLines, breakLines } from './line-breaker.js';
import { planEllipsis, type LineMarker } from './ellipsis.js';
import { prettyLines } from './pretty-lines.js';
import { baseRtlAt, bidiFor } from './bidi.js';
import { LineCells, reorderLine, type ReorderInput } from './bidi-reorder.js';
import { fallbackExtents } from './fallback-extents.js';
import { hideSoftHyphens, hyphenateUnits, markHyphenation } from './hyphenation.js';
import { isJustifyOpportunity } from './justify.js';
import { featuresKey, shapingSettings } from './features.js';
import { shapeInGroups, shapingIdentity, type ShapingSpan } from './shape-groups.js';
import { boxExtent } from './line-metrics.js';
import { itemAlignments, lineVertical, type LineExtent } from './vertical-align.js';
import { styleOfItem, type LineRange, type Piece, type PreparedParagraph } from './paragraph-types.js';
import { shapeText, type ShapedText, type Shaper } from './shape.js';
import { applyTextTransform } from './text-transform.js';
import type { InlineAtomicItem, InlineItem, InlineOpenItem, LineBoxGeometry, ParagraphLayout, PositionedGlyph, Rect, TextLineFragment } from './types.js';
import { appendProcessed, type ProcessedChar } from './white-space.js';
import { StyleFontMemo } from './style-font-memo.js';
import { isWhiteSpaceCode } from './white-space-code.js';

export { intrinsicWidths } from './line-breaker.js';
export type { PreparedParagraph } from './paragraph-types.js';

const OBJECT_REPLACEMENT = '\ufffc';
/** Margin, border and padding an inline box edge adds on its side of the line; 0 for other pieces. */
function edgeOf(piece: Piece): number {
  if (piece.kind === 'open') return piece.open.marginStart + piece.open.borderStart + piece.open.paddingStart;
  if (piece.kind === 'close') return piece.open.marginEnd + piece.open.borderEnd + piece.open.paddingEnd;
  return 0;
}

/** Shaping identities per computed style and font registry. */
const identities = new StyleFontMemo<readonly unknown[]>();
/** Placeholder while text pieces wait for their group's shaping. */
const EMPTY_SHAPING: ShapedText = { width: 0, offsets: new Float64Array(1), glyphs: [] };

export function prepareParagraph(items: readonly InlineItem[], blockStyle: ComputedStyle, fonts: FontRegistry, shaper: Shaper = shapeText): PreparedParagraph {
  const chars: ProcessedChar[] = [];
  const rawPieces: ({ kind: 'text'; item: number; start: number; end: number } | Exclude<Piece, { kind: 'text' }>)[] = [];
  const opens = new Map<number, InlineOpenItem>();
  items.forEach((item, index) => {
    switch (item.kind) {
      case 'text': {
        const start = chars.length;
        const text = applyTextTransform(item.text, item.style.textTransform, item.style.lang);
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
  // Levels first: HarfBuzz shapes odd-level runs right to left.
  const bidi = bidiFor({ text, blockStyle });
  const shapeSpanStyled = (style: ComputedStyle, start: number, end: number): ShapedText =>
    shaper(text.slice(start, end), fonts.chainFor(style), style.fontSize, style.letterSpacing, style.wordSpacing, shapingSettings(style), bidi?.embedding.levels.subarray(start, end), style.lang);
  const shapeSpan = (itemIndex: number, start: number, end: number): ShapedText => shapeSpanStyled((items[itemIndex] as Extract<InlineItem, { kind: 'text' }>).style, start, end);
  const reshape: Reshape = (piece, a, b) => shapeSpan(piece.item, a, b);
  // Text pieces with the same font, size, spacing, features and language are shaped together (kerning, ligatures and joins across spans).
  const spans: (ShapingSpan & { readonly item: number })[] = [];
  let separated = false;
  for (const piece of rawPieces) {
    if (piece.kind !== 'text') {
      pieces.push({ ...piece, pos: Math.min(piece.pos, chars.length) } as Piece);
      if (piece.kind === 'atomic' || edgeOf(piece) !== 0) separated = true;
      continue;
    }
    const end = Math.min(piece.end, chars.length);
    if (end <= piece.start) continue;
    spans.push({ item: piece.item, style: (items[piece.item] as Extract<InlineItem, { kind: 'text' }>).style, start: piece.start, end, separated });
    separated = false;
    pieces.push({ kind: 'text', item: piece.item, start: piece.start, end, shaped: EMPTY_SHAPING });
  }
  const identityOf = (style: ComputedStyle) => identities.get(fonts, style, () => shapingIdentity(style, (s) => fonts.chainFor(s), (s) => featuresKey(shapingSettings(s))));
  const shapedSpans = shapeInGroups(spans, identityOf, (start, end, style) => shapeSpanStyled(style, start, end));
  let nextSpan = 0;
  pieces.forEach((piece, index) => {
    if (piece.kind === 'text') pieces[index] = { ...piece, shaped: shapedSpans[nextSpan++]! };
  });

  if (text.includes('\t')) applyTabStops(pieces, text, items, fonts, shaper);
  if (text.includes('\u00ad')) hideSoftHyphens(pieces, text);

  const extents = new Map<number, ReturnType<typeof boxExtent>>();
  items.forEach((item, index) => {
    if (item.kind === 'text' || item.kind === 'open') extents.set(index, boxExtent(item.style, fonts));
  });
  const styleAt = (i: number): ComputedStyle => styleOfItem(items[chars[i]!.item]!, blockStyle);
  const kinds = breakOpportunities(text, styleAt);
  // Hyphenation opportunities come from soft hyphens and from hyphens: auto only.
  const hyphenates = text.includes('\u00ad') || items.some((item) => item.kind === 'text' && item.style.hyphens === 'auto');
  if (hyphenates) markHyphenation(kinds, text, (i) => styleAt(i).hyphens, (i) => styleAt(i).whiteSpace !== 'nowrap' && styleAt(i).whiteSpace !== 'pre', (i) => styleAt(i).lang);
  const brokenUnits = buildUnits(text, chars, kinds, pieces, items, blockStyle, edgeOf);
  const units = hyphenates ? hyphenateUnits(brokenUnits, kinds, text.length, styleAt, fonts, shaper) : brokenUnits;
  const edges = lineEdges(pieces, units, reshape);
  const strut = boxExtent(blockStyle, fonts);
  const aligns = itemAlignments(items, blockStyle, strut, extents, fonts);
  return { items, blockStyle, text, chars, pieces, units, lineEdges: edges, reshape, strut, aligns, extents, edgeOf, fonts, shaper, bidi } as unknown as PreparedParagraph;
}

interface PendingText {
  readonly textId: number;
  readonly itemIndex: number;
  text: string;
  left: number;
  right: number;
  readonly glyphs: PositionedGlyph[];
  /** Character index of each glyph's cluster, for bidi reordering. */
  readonly glyphChars: number[];
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

/**
 * Lays the prepared paragraph out in lines of `availableWidth` (Infinity: no wrapping but forced
 * breaks). Not memoised here: inline layout keeps the layouts of its paragraphs per width
 * (`paragraphAt`), with the layout's other memo tables.
 */
export function layoutParagraph(p: PreparedParagraph, availableWidth: number): ParagraphLayout {
  const wrap = (p.blockStyle.paint.textWrap ?? '').trim().toLowerCase();
  const indent = resolvedIndent(p, availableWidth);
  const breakable = withIndent(p, indent);
  const broken = wrap === 'balance' ? balancedLines(breakable, availableWidth) : wrap === 'pretty' ? prettyLines(breakable, availableWidth) : breakLines(breakable, availableWidth);
  const plan = planEllipsis(breakable, broken, availableWidth, p.fonts, p.shaper);
  const ranges = plan.ranges;
  // Inline-box edges past the last visible character belong to no line once text was cut.
  const cut = ranges.length > 0 && ranges[ranges.length - 1]!.end < p.text.length;
  const texts = new Map<number, TextLineFragment[]>();
  const boxes = new Map<number, Rect[]>();
  for (const item of p.items) {
    if (item.kind === 'text') texts.set(item.textId, []);
  }
  const lines: LineBoxGeometry[] = [];
  const openAcross: PendingBox[] = [];
  let top = 0;
  let widest = 0;
  const lineOfOpen = (pos: number): number => ranges.findIndex((r, i) => (pos >= r.start && pos < r.end) || (!cut && i === ranges.length - 1 && pos >= r.end));
  const lineOfClose = (pos: number): number => (pos === 0 ? 0 : ranges.findIndex((r) => pos - 1 >= r.start && pos - 1 < r.end));
  const bidi = p.bidi;

  ranges.forEach((range, lineIndex) => {
    const marker = plan.markers.get(lineIndex);
    const lineIndent = lineIndex === 0 && range.start === 0 ? indent : 0;
    const contentWidth = lineContentWidth(p, range, lineIndex, lineOfOpen, lineOfClose) + (marker?.width ?? 0) + lineIndent;
    const visibleWidth = contentWidth - range.hang;
    widest = Math.max(widest, visibleWidth);
    // unicode-bidi: plaintext gives each paragraph the direction of its text (start/end follow it).
    const lineDirection = bidi ? (baseRtlAt(bidi, range.start) ? 'rtl' : 'ltr') : p.blockStyle.direction;
    const alignStyle = lineDirection === p.blockStyle.direction ? p.blockStyle : { ...p.blockStyle, direction: lineDirection };
    const { offset, perSpace } = alignment(alignStyle, availableWidth, visibleWidth, range, p.text);
    // The indent is at the line's start: on the left in left-to-right lines, on the right (inside visibleWidth) in right-to-left ones.
    let cursor = offset + (lineDirection === 'rtl' ? 0 : lineIndent);
    const pendingTexts: PendingText[] = [];
    const pendingAtomics: { item: InlineAtomicItem; index: number; pos: number; left: number }[] = [];
    const cells = bidi ? new LineCells(range.start, range.end) : null;
    const lineBoxes: PendingBox[] = openAcross.map((b) => ({ ...b, left: offset, right: offset, closed: false }));
    const extentsOnLine: LineExtent[] = [{ extent: p.strut, item: -1 }];
    for (const b of lineBoxes) extentsOnLine.push({ extent: p.extents.get(b.itemIndex)!, item: b.itemIndex });
    for (const piece of p.pieces) {
      if (piece.kind === 'open') {
        if (lineOfOpen(piece.pos) !== lineIndex) continue;
        cursor += piece.open.marginStart;
        lineBoxes.push({ boxId: piece.open.boxId, open: piece.open, itemIndex: piece.item, left: cursor, right: cursor, closed: false });
        extentsOnLine.push({ extent: p.extents.get(piece.item)!, item: piece.item });
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
        pendingAtomics.push({ item: piece.atomic, index: piece.item, pos: piece.pos, left: cursor });
        cells?.set(piece.pos, cursor, cursor + piece.atomic.width);
        cursor += piece.atomic.width;
        for (const b of lineBoxes) if (!b.closed) b.right = Math.max(b.right, cursor);
        continue;
      }
      const a = Math.max(range.start, piece.start);
      const b = Math.min(range.end, piece.end);
      if (a >= b) continue;
      const item = p.items[piece.item] as Extract<InlineItem, { kind: 'text' }>;
      extentsOnLine.push({ extent: p.extents.get(piece.item)!, item: piece.item });
      const { shaped, origin } = lineShaping(piece, a, b, p.reshape);
      const offsets = shaped.offsets;
      // x of character i: cursor + offsets[i - origin] - base + perSpace · (justification spaces before it).
      const base = offsets[a - origin]!;
      const visibleEnd = perSpace !== 0 ? range.end - trailingSpaces(p.text, range) : 0;
      const fontSize = item.style.fontSize;
      let spacesBefore = 0;
      let left = Number.POSITIVE_INFINITY;
      let right = Number.NEGATIVE_INFINITY;
      const glyphs: PendingText['glyphs'] = [];
      const glyphChars: number[] = [];
      const glyphList = shaped.glyphs;
      let g = firstGlyphAt(glyphList, a - origin);
      for (let i = a; i < b; i++) {
        const offset = offsets[i - origin]!;
        const x = cursor + offset - base + perSpace * spacesBefore;
        while (g < glyphList.length && glyphList[g]!.cluster + origin < i) g++;
        while (g < glyphList.length && glyphList[g]!.cluster + origin === i) {
          const glyph = glyphList[g]!;
          const gx = x + glyph.x - offset;
          glyphs.push(glyph.emoji === undefined
            ? { glyphId: glyph.glyphId, fontKey: glyph.fontKey, x: gx, y: glyph.y, advance: glyph.advance, fontSize }
            : { glyphId: glyph.glyphId, fontKey: glyph.fontKey, x: gx, y: glyph.y, advance: glyph.advance, fontSize, emoji: glyph.emoji });
          if (cells) glyphChars.push(i);
          g++;
        }
        if (perSpace !== 0 && isJustifyOpportunity(p.text, i, visibleEnd)) spacesBefore++;
        const next = cursor + offsets[i + 1 - origin]! - base + perSpace * spacesBefore;
        cells?.set(i, x, next);
        if (isWhiteSpaceCode(p.text.charCodeAt(i))) continue;
        if (x < left) left = x;
        if (next > right) right = next;
      }
      const end = cursor + offsets[b - origin]! - base + perSpace * spacesBefore;
      cursor = end;
      for (const box of lineBoxes) if (!box.closed) box.right = Math.max(box.right, cursor - (b === range.end ? range.hang : 0));
      for (const extent of fallbackExtents(glyphs, item.style, p.fonts)) extentsOnLine.push({ extent, item: piece.item });
      if (left !== Number.POSITIVE_INFINITY) {
        pendingTexts.push({ textId: item.textId, itemIndex: piece.item, text: rawLineText(p, piece, a, b), left, right, glyphs, glyphChars });
      }
    }

    // In a right-to-left paragraph the ellipsis goes at the line's visual end: the left.
    // In a right-to-left line the ellipsis (or hyphen) ends the line on its visual left.
    const markerLeft = marker && lineDirection === 'rtl' ? offset : null;
    if (bidi && cells) {
      const input: ReorderInput = {
        bidi,
        text: p.text,
        itemOf: (index) => p.chars[index]!.item,
        closeItemOf: (boxId) => p.pieces.find((piece) => piece.kind === 'close' && piece.open.boxId === boxId)?.item ?? Number.POSITIVE_INFINITY,
        openedOnLine: (boxId) => p.pieces.some((piece) => piece.kind === 'open' && piece.open.boxId === boxId && lineOfOpen(piece.pos) === lineIndex),
        closedOnLine: (boxId) => lineBoxes.some((box) => box.boxId === boxId && box.closed),
        offset: markerLeft !== null && marker ? offset + marker.width : offset,
        hangFrom: range.hang > 0 ? range.end - trailingSpaces(p.text, range) : range.end,
      };
      reorderLine(input, cells, pendingTexts, pendingAtomics, lineBoxes);
    }
    if (marker) cursor = appendMarker(p, marker, markerLeft ?? cursor, pendingTexts, extentsOnLine);

    // Vertical: the line box spans the tallest extents above and below the root baseline, each moved by its vertical-align.
    const { above, below, shiftOf } = lineVertical(extentsOnLine, pendingAtomics.map((a) => ({ index: a.index, baseline: a.item.baseline, height: a.item.height })), p.aligns);
    const baseline = top + above;
    for (const t of pendingTexts) {
      const font = p.extents.get(t.itemIndex)!.font;
      const textBaseline = baseline + shiftOf(t.itemIndex);
      texts.get(t.textId)!.push({ text: t.text, x: t.left, width: t.right - t.left, y: textBaseline - font.ascent, height: font.ascent + font.descent, baseline: textBaseline, glyphs: t.glyphs });
    }
    for (const box of lineBoxes) {
      const font = p.extents.get(box.itemIndex)!.font;
      const o = box.open;
      const rect: Rect = { x: box.left, y: baseline + shiftOf(box.itemIndex) - font.ascent - o.paddingTop - o.borderTop, width: Math.max(0, box.right - box.left), height: font.ascent + font.descent + o.paddingTop + o.borderTop + o.paddingBottom + o.borderBottom };
      const list = boxes.get(box.boxId) ?? [];
      list.push(rect);
      boxes.set(box.boxId, list);
    }
    for (const atomic of pendingAtomics) boxes.set(atomic.item.boxId, [{ x: atomic.left, y: baseline + shiftOf(atomic.index) - atomic.item.baseline, width: atomic.item.width, height: atomic.item.height }]);
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
    clamped: plan.clamped,
  };
}

/** Index of the first glyph whose cluster starts at or after `index` (glyphs come in logical cluster order): a line's glyphs without scanning the lines before it. */
function firstGlyphAt(glyphs: readonly ShapedText['glyphs'][number][], index: number): number {
  let low = 0;
  let high = glyphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (glyphs[mid]!.cluster < index) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Shapes the ellipsis or hyphen at the end of the line's content and adds it to the text fragment it belongs to. */
function appendMarker(p: PreparedParagraph, marker: LineMarker, cursor: number, pendingTexts: PendingText[], extentsOnLine: LineExtent[]): number {
  const item = p.items[marker.item];
  if (item?.kind !== 'text') return cursor;
  const style = item.style;
  const shaped = p.shaper(marker.text, p.fonts.chainFor(style), style.fontSize, style.letterSpacing, style.wordSpacing, shapingSettings(style), undefined, style.lang);
  let target = [...pendingTexts].reverse().find((t) => t.itemIndex === marker.item);
  if (!target) {
    target = { textId: item.textId, itemIndex: marker.item, text: '', left: cursor, right: cursor, glyphs: [], glyphChars: [] };
    pendingTexts.push(target);
  }
  for (const glyph of shaped.glyphs) {
    target.glyphs.push({ fontKey: glyph.fontKey, glyphId: glyph.glyphId, x: cursor + glyph.x, y: glyph.y, advance: glyph.advance, fontSize: style.fontSize });
    target.glyphChars.push(-1);
  }
  // A hyphen is drawn but is not part of the text (as in the browser's reported lines).
  if (marker.kind === 'ellipsis') target.text += marker.text;
  target.left = Math.min(target.left, cursor);
  target.right = Math.max(target.right, cursor + shaped.width);
  extentsOnLine.push({ extent: p.extents.get(marker.item)!, item: marker.item });
  return cursor + shaped.width;
}

function closesOnOrBefore(p: PreparedParagraph, boxId: number, lineIndex: number, lineOfClose: (pos: number) => number): boolean {
  const close = p.pieces.find((piece) => piece.kind === 'close' && piece.open.boxId === boxId);
  return close !== undefined && close.kind === 'close' && lineOfClose(close.pos) <= lineIndex;
}

/** Sum of advances and edges placed on a line (hang included). */
function lineContentWidth(p: PreparedParagraph, range: LineRange, lineIndex: number, lineOfOpen: (pos: number) => number, lineOfClose: (pos: number) => number): number {
  let width = lineTextWidth(p.pieces, p.reshape, range.start, range.end);
  for (const piece of p.pieces) {
    if (piece.kind === 'open' && lineOfOpen(piece.pos) === lineIndex) width += p.edgeOf(piece);
    if (piece.kind === 'close' && lineOfClose(piece.pos) === lineIndex) width += p.edgeOf(piece);
  }
  return width;
}

/** The item's original characters shown on this line, trimmed (what a browser's Range reports). */
function rawLineText(p: PreparedParagraph, piece: Extract<Piece, { kind: 'text' }>, a: number, b: number): string {
  const item = p.items[piece.item] as Extract<InlineItem, { kind: 'text' }>;
  const rawStart = p.chars[a]!.raw;
  const rawEnd = b < piece.end ? p.chars[b]!.raw : item.text.length;
  return item.text.slice(rawStart, rawEnd).trim();
}
