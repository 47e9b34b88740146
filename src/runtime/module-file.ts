// Paths of files that ship beside a module or in a dependency (workers, emoji images), and optional packages, reached so that bundlers leave them alone.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * `fileURLToPath(new URL(relative, moduleUrl))` behind a call: webpack turns that expression into an
 * emitted asset when it sees it beside `import.meta.url` (and Next.js's server then hands node:fs a
 * URL object it refuses); here the module's own URL is used, so a bundled ogsmith still finds its
 * files in node_modules.
 */
export function fileBesideModule(relative: string, moduleUrl: string): string {
  return fileURLToPath(new URL(relative, moduleUrl));
}

/**
 * `createRequire(moduleUrl).resolve(specifier)` behind a call: Turbopack rewrites a literal
 * require.resolve of a literal package file to a module id (a number), which is not a path.
 */
export function resolveFromModule(specifier: string, moduleUrl: string): string {
  return createRequire(moduleUrl).resolve(specifier);
}

/**
 * `createRequire(moduleUrl)(specifier)` behind a call: Turbopack resolves a require of a literal
 * package name made from the module's own URL when it builds, so an optional package that is not
 * installed (twrnc) fails `next build`; here the specifier is a parameter, loaded when called.
 */
export function requireFromModule(specifier: string, moduleUrl: string): unknown {
  return createRequire(moduleUrl)(specifier);
}
