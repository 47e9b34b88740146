// parse5 for the Node bundle: the same exports, loaded from node_modules by the first call that parses HTML (require, sync as the HTML APIs are), so that importing ogsmith compiles none of it.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);
/** A variable, so esbuild does not bundle it back in. */
const PACKAGE = 'parse5';
let parse5;
const load = () => (parse5 ??= requireHere(PACKAGE));

/** An object of parse5's, read through on first use. */
const lazyObject = (name) => new Proxy({}, { get: (_, key) => load()[name][key], has: (_, key) => key in load()[name] });

export const parseFragment = (...args) => load().parseFragment(...args);
export const parse = (...args) => load().parse(...args);
export const serialize = (...args) => load().serialize(...args);
export const defaultTreeAdapter = lazyObject('defaultTreeAdapter');
export const html = lazyObject('html');
