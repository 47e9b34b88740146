// Shared by the grid and inline case files: their fonts (Inter, @fontsource Roboto and Playfair Display) and element helpers.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const INTER = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Inter', weight: 700, style: 'normal', file: 'fonts/Inter_700Bold.ttf' },
];
/** One @fontsource latin face (woff2), checked to exist. */
function face(pkg, family, weight) {
  const file = `node_modules/@fontsource/${pkg}/files/${pkg}-latin-${weight}-normal.woff2`;
  if (!existsSync(join(root, file))) throw new Error(`missing font file ${file}: run npm ci`);
  return { family, weight, style: 'normal', file };
}
export const ROBOTO = [face('roboto', 'Roboto', 400), face('roboto', 'Roboto', 700)];
export const PLAYFAIR = [face('playfair-display', 'Playfair Display', 400), face('playfair-display', 'Playfair Display', 700)];

export const h = (type, style, ...children) => ({ type, props: { style, children } });
export const div = (style, ...children) => h('div', style, ...children);
export const span = (style, ...children) => h('span', style, ...children);
export const COLORS = ['#fca5a5', '#fdba74', '#fde047', '#86efac', '#93c5fd', '#c4b5fd', '#f9a8d4'];
