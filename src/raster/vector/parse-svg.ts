// SVG bytes to a vector scene: checked against SVG_LIMITS, parsed into a tree, sized from width/height/viewBox, then walked.
import { OgsmithError } from '../../errors/catalogue.js';
import { isSvg, svgCost } from '../svg/svg-limits.js';
import { parseLength } from './lengths.js';
import { IDENTITY, parseViewBox, viewBoxMatrix, type ViewBox } from './matrix.js';
import type { VectorScene } from './scene.js';
import { SceneWriter } from './scene-writer.js';
import { INITIAL_STYLE, property } from './style.js';
import { SvgTreeBuilder, type SvgElement } from './svg-tree.js';

/** Size of an SVG with neither width/height nor a viewBox (the CSS default object size). */
const DEFAULT_SIZE = { width: 300, height: 150 };
const NO_VIEWPORT = { width: 0, height: 0 };

/**
 * The root's size in px: width and height when absolute, a missing one from the viewBox's aspect
 * ratio; with neither, the viewBox's ratio fitted into 300×150 (CSS's default object size, as
 * browsers and Skia size such an image).
 */
function rootSize(root: SvgElement, box: ViewBox | null): { width: number; height: number } {
  const absolute = (name: string): number | null => {
    const text = property(root, name);
    return text === undefined || text.trim().endsWith('%') ? null : parseLength(text, NO_VIEWPORT, 'x');
  };
  const width = absolute('width');
  const height = absolute('height');
  if (width !== null && height !== null) return { width, height };
  if (box) {
    if (width !== null) return { width, height: (width * box.height) / box.width };
    if (height !== null) return { width: (height * box.width) / box.height, height };
    const ratio = box.width / box.height;
    return ratio > DEFAULT_SIZE.width / DEFAULT_SIZE.height ? { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.width / ratio } : { width: DEFAULT_SIZE.height * ratio, height: DEFAULT_SIZE.height };
  }
  return { width: width ?? DEFAULT_SIZE.width, height: height ?? DEFAULT_SIZE.height };
}

/**
 * Parses SVG bytes (UTF-8 or UTF-16 with a BOM) into a vector scene. Throws SVG_TOO_COMPLEX over
 * SVG_LIMITS, INVALID_IMAGE for text that is not a well-formed SVG, and SVG_UNSUPPORTED naming the
 * first element that uses a feature the scene cannot express.
 */
export function parseSvgScene(bytes: Uint8Array): VectorScene {
  if (!isSvg(bytes)) throw new OgsmithError('INVALID_IMAGE', 'An SVG image is not XML text');
  const builder = new SvgTreeBuilder();
  svgCost(bytes, builder);
  const tree = builder.tree();
  const box = parseViewBox(tree.root.attributes.viewBox);
  const { width, height } = rootSize(tree.root, box);
  const writer = new SceneWriter(tree);
  if (width > 0 && height > 0) {
    const matrix = box ? viewBoxMatrix(box, 0, 0, width, height, tree.root.attributes.preserveAspectRatio) : IDENTITY;
    writer.root(tree.root, matrix, INITIAL_STYLE, box ? { width: box.width, height: box.height } : { width, height });
  }
  return { width: Math.max(0, width), height: Math.max(0, height), commands: writer.commands };
}
