// The playground's render: render() with per-stage timings (renderTraced) plus the laid-out boxes and lines as a flat list.
import type { LaidOutTree } from '../../layout/layout.js';
import type { ElementNode } from '../../layout/element/types.js';
import type { FontInput } from '../../layout/text/types.js';
import type { NormalizeLimits } from '../../layout/element/normalize.js';
import type { ImageFormat } from '../../raster/encode/encode.js';
import { renderTraced } from '../../render.js';
import type { StageTimes } from '../../layout/stage-clock.js';

export interface StagedOptions {
  readonly width: number;
  readonly height: number;
  readonly format?: ImageFormat;
  readonly quality?: number;
  readonly limits?: Partial<NormalizeLimits>;
}

/** Milliseconds spent in each stage of one render (style, layout, paint, encode; see renderTimed()). */
export type StageTimings = StageTimes;

/** An element's border box or a line of text, in image px, in document order. */
export type PlacedItem =
  | { readonly kind: 'box'; readonly path: string; readonly tag: string; readonly depth: number; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'line'; readonly path: string; readonly text: string; readonly depth: number; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly baseline: number };

export interface StagedResult {
  readonly bytes: Buffer;
  readonly timings: StageTimings;
  readonly items: readonly PlacedItem[];
  readonly warnings: readonly string[];
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The laid-out tree as a flat list (iterative, document order): what the playground overlays on the image. */
export function placedItems(tree: LaidOutTree): PlacedItem[] {
  const items: PlacedItem[] = [];
  const stack: { node: ElementNode; depth: number }[] = [{ node: tree.root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const box = tree.geometry.boxes.get(node.id);
    if (box) items.push({ kind: 'box', path: node.path, tag: node.type, depth, x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) });
    for (const child of node.children) {
      if (child.kind === 'element') continue;
      for (const line of tree.geometry.lines.get(child.id) ?? []) {
        items.push({ kind: 'line', path: child.path, text: line.text, depth: depth + 1, x: round(line.x), y: round(line.y), width: round(line.width), height: round(line.height), baseline: round(line.baseline) });
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (child.kind === 'element') stack.push({ node: child, depth: depth + 1 });
    }
  }
  return items;
}

/** render() with stage timings and the laid-out boxes and lines (the same code path and bytes as render()). */
export async function renderStaged(element: unknown, options: StagedOptions, fonts?: readonly FontInput[]): Promise<StagedResult> {
  const traced = await renderTraced(element, { ...options, ...(fonts && fonts.length > 0 ? { fonts } : {}) });
  const { style, layout, paint, encode } = traced.stages;
  return { bytes: traced.bytes, timings: { style: round(style), layout: round(layout), paint: round(paint), encode: round(encode) }, items: placedItems(traced.tree), warnings: traced.warnings };
}
