// ogsmith for browsers, Deno and other runtimes with fetch (`browser` condition): the .wasm is fetched beside this module.
import { useHarfBuzzWasm } from '../harfbuzz-edge.js';

useHarfBuzzWasm(fetch(new URL('../harfbuzz.wasm', import.meta.url)).then((response) => response.arrayBuffer()));

export * from '../api.js';
