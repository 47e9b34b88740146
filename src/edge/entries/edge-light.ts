// ogsmith for Vercel Edge and Next.js edge routes (`edge-light` condition): webpack and Turbopack compile `?module` imports.
import harfbuzzWasm from '../harfbuzz.wasm?module';
import trampolines from '../trampolines.wasm?module';
import { useHarfBuzzWasm } from '../harfbuzz-edge.js';

useHarfBuzzWasm(harfbuzzWasm, trampolines);

export * from '../api.js';
