// Paths of files that ship beside a module or in a dependency (workers, emoji images), and optional packages, reached so that bundlers leave them alone.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/**
 * The ogsmith package's root directory (where its package.json is), found by walking up from a
 * module: the same answer from src/ under tests, from tsc's dist/ files and from dist/chunks/ of
 * the bundled build, whose modules sit at other depths than their sources.
 */
export function packageRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'ogsmith') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`ogsmith: no ogsmith package.json above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
}

/**
 * A file of the ogsmith package by its path from the package root, behind a call: Turbopack reads
 * `join(root, 'dist/…')` with a literal as a reference to every file under dist/, and then fails
 * on the CLI's modules an app never imports.
 */
export function packageFile(relative: string, moduleUrl: string): string {
  return join(packageRoot(moduleUrl), relative);
}
