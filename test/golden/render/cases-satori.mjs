// The satori-derived compatibility cases that transform elements: render fixtures only (their boxes are compared as pixels, see satori-kit.mjs).
import satoriBoxCases from '../layout/cases-satori-box.mjs';
import satoriTextCases from '../layout/cases-satori-text.mjs';
import satoriPaintCases from '../layout/cases-satori-paint.mjs';
import { transforms } from '../layout/satori-kit.mjs';

export default [...satoriBoxCases, ...satoriTextCases, ...satoriPaintCases].filter(transforms);
