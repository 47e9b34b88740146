// What render() loads only when a call needs it (Node): the portable rasteriser with its image decoders, and the SVG writer; a PNG from the native canvas needs neither.
import type { paintPortable as PaintPortable } from './raster/portable/paint.js';
import { lazyImport } from './runtime/lazy-import.js';

/** The portable backend (pure TypeScript raster, jpeg-js, fast-png, omggif, saxes) and its PNG encoder. */
export const loadPortable = lazyImport(async () => {
  const [{ paintPortable }, { encodePngAsync }] = await Promise.all([import('./raster/portable/paint.js'), import('./raster/encode/png.js')]);
  return { paintPortable, encodePngAsync };
});

/** The SVG output writer (format: 'svg'). */
export const loadSvgOutput = lazyImport(() => import('./raster/svg-output/svg-document.js'));

/** paintPortable() of the public API, loading the portable backend on its first call. */
export const paintPortable: typeof PaintPortable = async (...args) => (await loadPortable()).paintPortable(...args);
