// render() with a clock: the style, layout, paint and encode stages timed separately, plus the laid-out boxes and lines.
import { performance } from 'node:perf_hooks';
import { defaultRegistry } from '../../fonts/bundled.js';
import { layoutTree } from '../../layout/layout.js';
import type { LaidOutTree } from '../../layout/layout.js';
import type { ElementNode } from '../../layout/element/types.js';
import { FontRegistry } from '../../layout/text/font-registry.js';
import type { FontInput } from '../../layout/text/types.js';
import type { NormalizeLimits } from '../../layout/element/normalize.js';
import { buildDisplayList } from '../../raster/display-list/build.js';
import { paintDisplayList } from '../../raster/canvas/replay.js';
import { releaseCanvas } from '../../raster/canvas/canvas-pool.js';
import { encodeCanvas, validateFormat, validateQuality, type ImageFormat } from '../../raster/encode/encode.js';

export interface StagedOptions {
  readonly width: number;
  readonly height: number;
  readonly format?: ImageFormat;
  readonly quality?: number;
  readonly limits?: Partial<NormalizeLimits>;
}

/** Milliseconds spent in each stage of one render. */
export interface StageTimings {
  /** Element normalisation and computed styles. */
  readonly style: number;
  /** Box tree, text shaping and line breaking, flex and block layout. */
  readonly layout: number;
  /** Display list and canvas drawing. */
  readonly paint: number;
  readonly encode: number;
}

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

/** Renders like render() (same stages, same bytes) and reports each stage's time; fonts are loaded before the clock starts. */
export async function renderStaged(element: unknown, options: StagedOptions, fonts?: readonly FontInput[]): Promise<StagedResult> {
  const format = validateFormat(options.format ?? 'png');
  const quality = validateQuality(options.quality);
  const registry = fonts && fonts.length > 0 ? await FontRegistry.create(fonts) : await defaultRegistry();
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const spent = now - mark;
    mark = now;
    return round(spent);
  };
  let style = 0;
  const tree = layoutTree(element, { width: options.width, height: options.height, limits: options.limits }, registry, () => {
    style = lap();
  });
  const layout = lap();
  const warnings = [...tree.result.warnings];
  const list = buildDisplayList(tree, { debug: false, strict: true, warnings });
  const canvas = await paintDisplayList(list, registry, { strict: true, warnings });
  const paint = lap();
  try {
    const bytes = await encodeCanvas(canvas, format, quality, 'auto');
    return { bytes, timings: { style, layout, paint, encode: lap() }, items: placedItems(tree), warnings };
  } finally {
    releaseCanvas(canvas);
  }
}
