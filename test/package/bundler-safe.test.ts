// The built package as bundlers see it: no static import of the native canvas, workers found beside their modules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileBesideModule, packageRoot, resolveFromModule } from '../../src/runtime/module-file.js';

const dist = new URL('../../dist/', import.meta.url).pathname;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith('.js') ? [path] : [];
  });
}

describe('dist/ for bundlers (Next.js webpack and Turbopack)', () => {
  const files = scripts(dist);
  it('has built modules to check', () => expect(files.length).toBeGreaterThan(100));

  it('imports @napi-rs/canvas only at run time, with the bundlers\' ignore comments (its .node binary cannot be bundled)', () => {
    // tsc keeps the call on one line; esbuild's bundle (dist/chunks) puts each comment on a line of its own.
    const ignored = /import\(\s*\/\* webpackIgnore: true \*\/\s*\/\* turbopackIgnore: true \*\/\s*['"]@napi-rs\/canvas['"]\s*\)/g;
    const mentions = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const all = [...text.matchAll(/['"]@napi-rs\/canvas['"]/g)].length;
      return all === 0 ? [] : [{ file: file.slice(dist.length), all, ignored: [...text.matchAll(ignored)].length }];
    });
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(mention, mention.file).toEqual({ ...mention, ignored: mention.all });
  });

  it('keeps harfbuzzjs and wawoff2 out of bundles (imported at run time by a variable specifier)', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/(from|import\()\s*['"](harfbuzzjs|wawoff2)['"]/);
  });

  it('resolves dependency files through a call, not a literal `require.resolve` that Turbopack turns into a module id', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.resolve\(['"][^'"]+['"]\)/);
  });

  it('loads optional packages through a call, not a literal `createRequire(import.meta.url)(\'pkg\')` that Turbopack resolves at build time', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/createRequire\(import\.meta\.url\)\(/);
  });

  it('builds worker paths through a call, not `new URL(literal, import.meta.url)` that webpack turns into an asset', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/new URL\(['"][^'"]*worker\.js['"],\s*import\.meta\.url\)/);
  });
});

describe('fileBesideModule', () => {
  it('resolves a path relative to a module URL', () => expect(fileBesideModule('./w.js', 'file:///a/b/m.js')).toBe('/a/b/w.js'));
});

describe('resolveFromModule', () => {
  it('resolves a dependency\'s file from a module URL', () => expect(resolveFromModule('@twemoji/svg/package.json', import.meta.url)).toMatch(/node_modules\/@twemoji\/svg\/package\.json$/));
});

describe('packageRoot', () => {
  const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
  it('finds the ogsmith package from a source module and from a bundled chunk alike', () => {
    expect(packageRoot(new URL('../../src/version.ts', import.meta.url).href)).toBe(root);
    expect(packageRoot(new URL('../../dist/chunks/any-chunk.js', import.meta.url).href)).toBe(root);
  });
  it('skips other packages\' package.json on the way up', () => expect(packageRoot(new URL('../../node_modules/culori/package.json', import.meta.url).href)).toBe(root));
  it('throws outside the package', () => expect(() => packageRoot('file:///tmp/x.js')).toThrow(/no ogsmith package.json/));
});
