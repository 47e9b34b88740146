// Loads a Node package synchronously when a constructor first needs it (createRequire), so that importing ogsmith does not load what only some programs use.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * `require(specifier)` from ogsmith's own place in node_modules, typed by the caller (`typeof import('pkg')`):
 * CommonJS packages, and ES modules without top-level await (Node 20.19+ loads them by require too).
 * The specifier is a variable, so bundlers leave the package out and it stays the user's installed copy.
 */
export function requireModule<T>(specifier: string): T {
  return requireHere(specifier) as T;
}

/** node:crypto at the call (its ~50 internal modules are not loaded by importing ogsmith, only by hashing or signing). */
export const nodeCrypto = (): typeof import('node:crypto') => requireModule<typeof import('node:crypto')>('node:crypto');
