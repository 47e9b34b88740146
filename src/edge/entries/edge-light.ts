// ogsmith for Vercel Edge and Next.js edge routes (`edge-light` condition): webpack and Turbopack compile `?module` imports.
import harfbuzzWasm from '../harfbuzz.wasm?module';
import trampolines from '../trampolines.wasm?module';
import pixelMatcherWasm from '../pixel-matcher.wasm?module';
import { useHarfBuzzWasm } from '../harfbuzz-edge.js';
import { usePixelMatcherWasm } from '../../raster/encode/deflate/pixel-matcher-wasm.js';

useHarfBuzzWasm(harfbuzzWasm, trampolines);
usePixelMatcherWasm(pixelMatcherWasm);

export * from '../api.js';
