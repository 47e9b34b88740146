// object-fit and object-position: where an image of a natural size lands inside the content box.
import { parseLengthPercentage } from '../../layout/style/length.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import { PaintValueError } from '../css/paint-error.js';
import type { Rect } from './types.js';

const KEYWORDS: Readonly<Record<string, string>> = { left: '0%', top: '0%', center: '50%', right: '100%', bottom: '100%' };

function offset(token: string | undefined, free: number): number {
  const lp = parseLengthPercentage(KEYWORDS[token ?? 'center'] ?? token ?? '50%', { em: 16, rem: 16, vw: 0, vh: 0 });
  return lp.px + (lp.pct / 100) * free;
}

/** Destination rect of the whole image (it may overflow the box: the caller clips), and no crop. */
export function imagePlacement(fit: string, position: string | undefined, natural: { width: number; height: number }, box: Rect): { dest: Rect; crop: Rect | null } {
  const nw = natural.width || box.width;
  const nh = natural.height || box.height;
  let width = box.width;
  let height = box.height;
  switch (fit.trim().toLowerCase()) {
    case 'contain':
    case 'cover': {
      const scale = fit.trim().toLowerCase() === 'contain' ? Math.min(box.width / nw, box.height / nh) : Math.max(box.width / nw, box.height / nh);
      width = nw * scale;
      height = nh * scale;
      break;
    }
    case 'none':
      width = nw;
      height = nh;
      break;
    case 'scale-down': {
      const scale = Math.min(1, Math.min(box.width / nw, box.height / nh));
      width = nw * scale;
      height = nh * scale;
      break;
    }
    case 'fill':
      break;
    default:
      throw new PaintValueError(`object-fit must be fill, contain, cover, none or scale-down, got ${JSON.stringify(fit)}`);
  }
  let [xToken, yToken] = position ? splitTopLevel(position.toLowerCase(), ' ') : [];
  if (xToken === 'top' || xToken === 'bottom') [xToken, yToken] = [yToken, xToken];
  return { dest: { x: box.x + offset(xToken, box.width - width), y: box.y + offset(yToken, box.height - height), width, height }, crop: null };
}
