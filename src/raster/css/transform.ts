// CSS transforms: translate, rotate, scale, skew and matrix functions combined into one 2D matrix.
import { parseLengthPercentage } from '../../layout/style/length.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import { parseAngle } from '../../layout/style/angle.js';
import { PaintValueError } from './paint-error.js';

/** [a, b, c, d, e, f] as in canvas setTransform: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function angle(token: string): number {
  const degrees = parseAngle(token);
  if (degrees === null) throw new PaintValueError(`${JSON.stringify(token)} is not an angle`);
  return (degrees * Math.PI) / 180;
}

function number(token: string): number {
  const text = token.trim();
  const value = text.endsWith('%') ? Number.parseFloat(text) / 100 : Number(text);
  if (!Number.isFinite(value)) throw new PaintValueError(`${JSON.stringify(token)} is not a number`);
  return value;
}

/** The transform list as a matrix about the origin (the caller applies transform-origin). */
export function parseTransform(text: string, width: number, height: number, em: number): Matrix {
  if (text.trim().toLowerCase() === 'none') return IDENTITY;
  const basis = { em, rem: 16, vw: 0, vh: 0 };
  const len = (token: string, size: number): number => {
    const lp = parseLengthPercentage(token, basis);
    return lp.px + (lp.pct / 100) * size;
  };
  let matrix = IDENTITY;
  const functions = text.match(/[a-zA-Z0-9]+\([^)]*\)/g);
  if (!functions || functions.join('').replace(/\s/g, '') !== text.replace(/\s/g, '')) throw new PaintValueError('expected transform functions like rotate(10deg)');
  for (const fn of functions) {
    const name = fn.slice(0, fn.indexOf('(')).toLowerCase();
    const args = splitTopLevel(fn.slice(fn.indexOf('(') + 1, -1), ',').flatMap((a) => splitTopLevel(a, ' ')).filter(Boolean);
    let step: Matrix;
    switch (name) {
      case 'translate':
        step = [1, 0, 0, 1, len(args[0] ?? '0', width), len(args[1] ?? '0', height)];
        break;
      case 'translatex':
        step = [1, 0, 0, 1, len(args[0] ?? '0', width), 0];
        break;
      case 'translatey':
        step = [1, 0, 0, 1, 0, len(args[0] ?? '0', height)];
        break;
      case 'scale': {
        const sx = number(args[0] ?? '1');
        step = [sx, 0, 0, args[1] === undefined ? sx : number(args[1]), 0, 0];
        break;
      }
      case 'scalex':
        step = [number(args[0] ?? '1'), 0, 0, 1, 0, 0];
        break;
      case 'scaley':
        step = [1, 0, 0, number(args[0] ?? '1'), 0, 0];
        break;
      case 'rotate': {
        const a = angle(args[0] ?? '0');
        step = [Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0];
        break;
      }
      case 'skew':
        step = [1, Math.tan(angle(args[1] ?? '0')), Math.tan(angle(args[0] ?? '0')), 1, 0, 0];
        break;
      case 'skewx':
        step = [1, 0, Math.tan(angle(args[0] ?? '0')), 1, 0, 0];
        break;
      case 'skewy':
        step = [1, Math.tan(angle(args[0] ?? '0')), 0, 1, 0, 0];
        break;
      case 'matrix': {
        if (args.length !== 6) throw new PaintValueError('matrix() takes six numbers');
        const [a, b, c, d, e, f] = args.map(number) as [number, number, number, number, number, number];
        step = [a, b, c, d, e, f];
        break;
      }
      default:
        throw new PaintValueError(`unsupported transform function ${name}()`);
    }
    matrix = multiply(matrix, step);
  }
  return matrix;
}

/** transform-origin as px inside the border box (default 50% 50%). */
export function parseOrigin(text: string | undefined, width: number, height: number, em: number): { x: number; y: number } {
  if (!text) return { x: width / 2, y: height / 2 };
  const keywords: Readonly<Record<string, string>> = { left: '0%', center: '50%', right: '100%', top: '0%', bottom: '100%' };
  const tokens = splitTopLevel(text, ' ').map((t) => t.toLowerCase());
  let [xToken = '50%', yToken = '50%'] = tokens;
  if (xToken === 'top' || xToken === 'bottom' || (yToken === 'left' || yToken === 'right')) [xToken, yToken] = [yToken, xToken];
  const basis = { em, rem: 16, vw: 0, vh: 0 };
  const at = (token: string, size: number): number => {
    const lp = parseLengthPercentage(keywords[token] ?? token, basis);
    return lp.px + (lp.pct / 100) * size;
  };
  return { x: at(xToken, width), y: at(yToken, height) };
}
