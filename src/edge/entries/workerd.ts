// ogsmith for Cloudflare Workers (`workerd` and `worker` conditions): wrangler imports the .wasm as a compiled module.
import harfbuzzWasm from '../harfbuzz.wasm';
import trampolines from '../trampolines.wasm';
import { useHarfBuzzWasm } from '../harfbuzz-edge.js';

useHarfBuzzWasm(harfbuzzWasm, trampolines);

export * from '../api.js';
