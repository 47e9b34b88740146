// Affine matrices of the vector scene: products, the SVG transform attribute, and viewBox/preserveAspectRatio mapping.
import type { Matrix } from './scene.js';
import { svgUnsupported } from './unsupported.js';

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first, then `outer`. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [A, B, C, D, E, F] = inner;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

export const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];
export const scale = (x: number, y: number): Matrix => [x, 0, 0, y, 0, 0];

const TRANSFORM_ITEM = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/y;
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;

/** One transform function as a matrix; null when its argument count is wrong. */
function transformItem(name: string, args: number[]): Matrix | null {
  const [p = 0, q, r] = args;
  const n = args.length;
  switch (name) {
    case 'matrix':
      return n === 6 ? (args as unknown as Matrix) : null;
    case 'translate':
      return n === 1 || n === 2 ? translate(p, q ?? 0) : null;
    case 'scale':
      return n === 1 || n === 2 ? scale(p, q ?? p) : null;
    case 'rotate': {
      if (n !== 1 && n !== 3) return null;
      const rad = (p * Math.PI) / 180;
      const rotation: Matrix = [Math.cos(rad), Math.sin(rad), -Math.sin(rad), Math.cos(rad), 0, 0];
      return n === 3 ? multiply(translate(q ?? 0, r ?? 0), multiply(rotation, translate(-(q ?? 0), -(r ?? 0)))) : rotation;
    }
    case 'skewX':
      return n === 1 ? [1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0] : null;
    case 'skewY':
      return n === 1 ? [1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0] : null;
    default:
      return null;
  }
}

/** The SVG `transform` attribute (a list of matrix/translate/scale/rotate/skewX/skewY), or a coded error naming the text. */
export function parseTransform(text: string, element: string): Matrix {
  let matrix = IDENTITY;
  TRANSFORM_ITEM.lastIndex = 0;
  const source = text.trim();
  let at = 0;
  while (at < source.length) {
    TRANSFORM_ITEM.lastIndex = at;
    const match = TRANSFORM_ITEM.exec(source);
    const argumentsText = match?.[2] ?? '';
    const wellFormed = match !== null && /^[\s,]*$/.test(argumentsText.replace(NUMBER, ''));
    const item = wellFormed ? transformItem(match[1]!, (argumentsText.match(NUMBER) ?? []).map(Number)) : null;
    if (!match || !item) svgUnsupported(element, `its transform ${JSON.stringify(text.slice(0, 80))} cannot be parsed`);
    matrix = multiply(matrix, item);
    at = TRANSFORM_ITEM.lastIndex;
  }
  return matrix;
}

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The viewBox attribute, or null when absent or unusable (then no viewBox mapping applies, as in browsers). */
export function parseViewBox(text: string | undefined): ViewBox | null {
  if (text === undefined) return null;
  const parts = text.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((v) => !Number.isFinite(v))) return null;
  const [x = 0, y = 0, width = 0, height = 0] = parts;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** The matrix mapping a viewBox onto a viewport rectangle under preserveAspectRatio (`xMidYMid meet` by default). */
export function viewBoxMatrix(box: ViewBox, x: number, y: number, width: number, height: number, preserve: string | undefined): Matrix {
  const [align = 'xMidYMid', mode = 'meet'] = (preserve ?? '').trim().split(/\s+/).filter((w) => w !== 'defer');
  let sx = width / box.width;
  let sy = height / box.height;
  if (align !== 'none') {
    const uniform = mode === 'slice' ? Math.max(sx, sy) : Math.min(sx, sy);
    sx = uniform;
    sy = uniform;
  }
  const fraction = (axis: 'x' | 'y'): number => {
    const key = axis === 'x' ? align.slice(0, 4) : align.slice(4);
    return key.endsWith('Min') ? 0 : key.endsWith('Max') ? 1 : 0.5;
  };
  const tx = align === 'none' ? x : x + (width - box.width * sx) * fraction('x');
  const ty = align === 'none' ? y : y + (height - box.height * sy) * fraction('y');
  return [sx, 0, 0, sy, tx - box.x * sx, ty - box.y * sy];
}
