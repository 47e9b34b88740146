// mask elements as scene masks: the region (maskUnits), the content's units (maskContentUnits) and mask-type resolved.
import type { Box } from './bounds.js';
import { lengthOr, parseFraction, type Viewport } from './lengths.js';
import { multiply } from './matrix.js';
import { PathBuilder } from './path-builder.js';
import type { Matrix, VectorClip } from './scene.js';
import { property } from './style.js';
import type { SvgElement } from './svg-tree.js';

/** Where a mask applies and how its content is placed, before the content is drawn. */
export interface MaskPlacement {
  readonly type: 'luminance' | 'alpha';
  readonly region: VectorClip;
  /** User space of the mask's content to scene px. */
  readonly contentMatrix: Matrix;
}

/**
 * The placement of `mask` on an element drawn with `matrix` whose bounding box in its user space is
 * `box()`; null when the mask covers nothing (a bounding-box mask on an element without area).
 */
export function maskPlacement(mask: SvgElement, matrix: Matrix, box: () => Box | null, viewport: Viewport): MaskPlacement | null {
  const boundingBoxUnits = mask.attributes.maskUnits !== 'userSpaceOnUse';
  const contentInBox = mask.attributes.maskContentUnits === 'objectBoundingBox';
  const bounds = boundingBoxUnits || contentInBox ? box() : null;
  if ((boundingBoxUnits || contentInBox) && (!bounds || bounds.width <= 0 || bounds.height <= 0)) return null;
  const boxMatrix: Matrix | null = bounds ? [bounds.width, 0, 0, bounds.height, bounds.x, bounds.y] : null;
  const at = (name: string, axis: 'x' | 'y', fallback: string): number => {
    const text = mask.attributes[name] ?? fallback;
    return boundingBoxUnits ? parseFraction(text) ?? parseFraction(fallback)! : lengthOr(text, viewport, axis, lengthOr(fallback, viewport, axis, 0));
  };
  const region = new PathBuilder();
  region.roundedRect(at('x', 'x', '-10%'), at('y', 'y', '-10%'), at('width', 'x', '120%'), at('height', 'y', '120%'), 0, 0);
  const regionMatrix = boundingBoxUnits && boxMatrix ? multiply(matrix, boxMatrix) : matrix;
  return {
    type: property(mask, 'mask-type') === 'alpha' ? 'alpha' : 'luminance',
    region: { shapes: [{ path: region.build(), matrix: regionMatrix, rule: 'nonzero' }], clip: null },
    contentMatrix: contentInBox && boxMatrix ? multiply(matrix, boxMatrix) : matrix,
  };
}
