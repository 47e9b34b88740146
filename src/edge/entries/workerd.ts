// ogsmith for Cloudflare Workers (`workerd` and `worker` conditions): wrangler imports the .wasm as a compiled module; a small render warms the isolate while the worker starts.
import harfbuzzWasm from '../harfbuzz.wasm';
import trampolines from '../trampolines.wasm';
import { useHarfBuzzWasm } from '../harfbuzz-edge.js';
import { warmUp } from '../warm-up.js';

useHarfBuzzWasm(harfbuzzWasm, trampolines);
// Runs during start-up (workerd settles the promise before the first request); docs/edge.md, "First request after start".
void warmUp();

export * from '../api.js';
