// Shared by the satori-derived compatibility cases (cases-satori-*.mjs, cases-og-*.mjs): fonts, images, element helpers and the case record with its satori support flag.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** One @fontsource latin face (woff2), checked to exist. */
export function face(pkg, family, weight, style = 'normal') {
  const file = `node_modules/@fontsource/${pkg}/files/${pkg}-latin-${weight}-${style}.woff2`;
  if (!existsSync(join(root, file))) throw new Error(`missing font file ${file}: run npm ci`);
  return { family, weight, style, file };
}
/** Roboto, the font satori's own tests use, plus Inter and Playfair Display. */
export const ROBOTO_FONTS = [face('roboto', 'Roboto', 400), face('roboto', 'Roboto', 700), face('roboto', 'Roboto', 400, 'italic')];
export const INTER_FONTS = [
  { family: 'Inter', weight: 400, style: 'normal', file: 'fonts/Inter_400Regular.ttf' },
  { family: 'Inter', weight: 500, style: 'normal', file: 'fonts/Inter_500Medium.ttf' },
  { family: 'Inter', weight: 600, style: 'normal', file: 'fonts/Inter_600SemiBold.ttf' },
  { family: 'Inter', weight: 700, style: 'normal', file: 'fonts/Inter_700Bold.ttf' },
];
export const PLAYFAIR_FONTS = [face('playfair-display', 'Playfair Display', 400), face('playfair-display', 'Playfair Display', 700)];

/** A committed test image as a data: URL. */
export function dataUrl(file, type) {
  return `data:${type};base64,${readFileSync(join(root, file)).toString('base64')}`;
}
/** A 120×80 SVG with four coloured quadrants and a circle: object-fit and positions show in every corner. */
export const SVG_QUADRANTS = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80"><rect width="60" height="40" fill="#ef4444"/><rect x="60" width="60" height="40" fill="#3b82f6"/><rect y="40" width="60" height="40" fill="#22c55e"/><rect x="60" y="40" width="60" height="40" fill="#eab308"/><circle cx="60" cy="40" r="18" fill="#ffffff"/></svg>').toString('base64')}`;
/** The same quadrants as a committed PNG (the portable backend draws PNGs, not SVGs yet). */
export const PNG_QUADRANTS = dataUrl('test/fixtures/images/quadrants.png', 'image/png');
/** A committed 30×20 PNG flag. */
export const FLAG_PNG = dataUrl('test/fixtures/images/flag.png', 'image/png');

export const el = (type, props, ...children) => ({ type, props: { ...props, children } });
export const h = (type, style, ...children) => el(type, style ? { style } : {}, ...children);
export const div = (style, ...children) => h('div', style, ...children);
export const span = (style, ...children) => h('span', style, ...children);
export const img = (src, props = {}) => el('img', { src, ...props });

/**
 * A compatibility case: named `satori-FILE-NAME` after the satori test file it covers (`test/FILE.test.tsx`),
 * with `satori.supported` recording whether satori itself draws the feature (per its tests and docs).
 */
export function satoriCase(file, name, element, { width, height, supported, fonts }) {
  return { name: `satori-${file}-${name}`, width, height, fonts, element, satori: { test: `test/${file}.test.tsx`, supported } };
}

/**
 * Whether a case transforms an element: the oracle reports transformed bounding boxes where layout() reports the
 * untransformed ones, so such cases are render fixtures only (test/golden/render/browser), compared by their pixels.
 */
export const transforms = (c) => JSON.stringify(c.element).includes('"transform"');
