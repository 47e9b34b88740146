// ogsmith for browsers, Deno and other runtimes with fetch (`browser` condition): the .wasm files are fetched beside this module.
import { useHarfBuzzWasm } from '../harfbuzz-edge.js';
import { usePixelMatcherWasm } from '../../raster/encode/deflate/pixel-matcher-wasm.js';

const fetchBytes = (file: string): Promise<ArrayBuffer> => fetch(new URL(file, import.meta.url)).then((response) => response.arrayBuffer());
useHarfBuzzWasm(fetchBytes('../harfbuzz.wasm'));
// Until it is fetched and compiled (and in engines without wasm SIMD) PNGs are matched by the JS matcher: the same bytes.
usePixelMatcherWasm(fetchBytes('../pixel-matcher.wasm'));

export * from '../api.js';
