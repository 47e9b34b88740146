// Imports a Node-only package when first needed, hidden from bundlers so that it stays out of edge bundles (and out of Next.js server bundles).

/**
 * `import(specifier)` that no bundler follows: the specifier is a variable (esbuild, wrangler) and
 * the ignore comments cover webpack, Turbopack and Vite. Where the package cannot load (an edge
 * runtime), the returned promise rejects.
 */
export function importAtRunTime<T>(specifier: string): Promise<T> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ specifier) as Promise<T>;
}
