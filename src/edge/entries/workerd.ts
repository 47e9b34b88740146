// ogsmith for Cloudflare Workers (`workerd` and `worker` conditions): wrangler imports the .wasm files as compiled modules; a small render warms the isolate while the worker starts.
import harfbuzzWasm from '../harfbuzz.wasm';
import trampolines from '../trampolines.wasm';
import pixelMatcherWasm from '../pixel-matcher.wasm';
import { useHarfBuzzWasm } from '../harfbuzz-edge.js';
import { usePixelMatcherWasm } from '../../raster/encode/deflate/pixel-matcher-wasm.js';
import { warmUp } from '../warm-up.js';

useHarfBuzzWasm(harfbuzzWasm, trampolines);
usePixelMatcherWasm(pixelMatcherWasm);
// Runs during start-up (workerd settles the promise before the first request); docs/edge.md, "First request after start".
void warmUp();

export * from '../api.js';
