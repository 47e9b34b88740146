// hyphen's en-US patterns for the Node bundle: loaded from node_modules by the first word hyphenated automatically (hyphens: auto), not compiled and built at import (129 KiB).
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);
/** A variable, so esbuild does not bundle it back in. */
const PATTERNS = 'hyphen/en-us/index.js';
let enUs;
const load = () => (enUs ??= requireHere(PATTERNS));

export default {
  hyphenate: (...args) => load().hyphenate(...args),
  hyphenateSync: (...args) => load().hyphenateSync(...args),
};
