// Result stage: walks positioned fragments into absolute rects per element and lines per text.
import type { PlacedFragment } from '../engine/fragment.js';
import type { BoxTextFit } from '../fit/fit-box.js';
import type { PositionedGlyph, Rect, TextLineFragment } from '../text/types.js';
import type { ElementNode, TreeNode } from '../element/types.js';
import type { LayoutBox, LayoutLine, LayoutText } from './types.js';

/** A line of text in image px with the glyphs to draw on its baseline (glyph x + glyphDx is image px). */
export interface PlacedLine extends LayoutLine {
  readonly glyphs: readonly PositionedGlyph[];
  readonly glyphDx: number;
}

export interface Geometry {
  /** Border box per element id, in image px. */
  readonly boxes: ReadonlyMap<number, Rect>;
  /** Lines per text id, in image px. */
  readonly lines: ReadonlyMap<number, readonly PlacedLine[]>;
  /** Per-line border boxes of inline elements (spans), in image px. */
  readonly inlineFragments: ReadonlyMap<number, readonly Rect[]>;
  /** What autofit did per element id (boxes with textFit). */
  readonly fits: ReadonlyMap<number, BoxTextFit>;
}

function union(rects: readonly Rect[], dx: number, dy: number): Rect | null {
  if (rects.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left + dx, y: top + dy, width: right - left, height: bottom - top };
}

function shiftLine(line: TextLineFragment, dx: number, dy: number): PlacedLine {
  return { text: line.text, x: line.x + dx, y: line.y + dy, width: line.width, height: line.height, baseline: line.baseline + dy, glyphs: line.glyphs, glyphDx: dx };
}

export function collectGeometry(root: PlacedFragment): Geometry {
  const boxes = new Map<number, Rect>();
  const lines = new Map<number, PlacedLine[]>();
  const inlineFragments = new Map<number, Rect[]>();
  const fits = new Map<number, BoxTextFit>();
  const stack: { placed: PlacedFragment; originX: number; originY: number }[] = [{ placed: root, originX: 0, originY: 0 }];
  while (stack.length > 0) {
    const { placed, originX, originY } = stack.pop()!;
    const { fragment } = placed;
    const x = originX + placed.x;
    const y = originY + placed.y;
    if (fragment.box.kind === 'element') boxes.set(fragment.box.node.id, { x, y, width: fragment.width, height: fragment.height });
    if (fragment.box.kind === 'element' && fragment.textFit) fits.set(fragment.box.node.id, fragment.textFit);
    if (fragment.paragraph) {
      const px = x + fragment.paragraph.x;
      const py = y + fragment.paragraph.y;
      const paragraph = fragment.paragraph.layout;
      for (const [id, textLines] of paragraph.texts) lines.set(id, textLines.map((line) => shiftLine(line, px, py)));
      for (const [id, rects] of paragraph.boxes) {
        const rect = union(rects, px, py);
        if (rect && !boxes.has(id)) boxes.set(id, rect);
        inlineFragments.set(id, rects.map((r) => ({ x: r.x + px, y: r.y + py, width: r.width, height: r.height })));
      }
    }
    for (const child of fragment.children) stack.push({ placed: child, originX: x, originY: y });
  }
  return { boxes, lines, inlineFragments, fits };
}

const ZERO: Rect = { x: 0, y: 0, width: 0, height: 0 };

/** Builds the public tree, one entry per input node; nodes without geometry (display: none) are zero boxes. */
export function toLayoutBox(node: ElementNode, geometry: Geometry): LayoutBox {
  const rect = geometry.boxes.get(node.id) ?? ZERO;
  const box: LayoutBox = { x: rect.x, y: rect.y, width: rect.width, height: rect.height, children: node.children.filter((child) => child.kind !== 'text' || child.hidden !== true).map((child) => toLayoutChild(child, geometry)) };
  const fit = geometry.fits.get(node.id);
  if (fit?.kind !== 'fitted') return box;
  return { ...box, textFit: { fontSize: fit.outcome.fontSize, fits: fit.outcome.fits, ...(fit.lineFontSizes ? { lineFontSizes: fit.lineFontSizes } : {}) } };
}

function toLayoutChild(node: TreeNode, geometry: Geometry): LayoutBox | LayoutText {
  if (node.kind === 'text') return { text: node.text, lines: (geometry.lines.get(node.id) ?? []).map(({ text, x, y, width, height, baseline }) => ({ text, x, y, width, height, baseline })) };
  return toLayoutBox(node, geometry);
}
