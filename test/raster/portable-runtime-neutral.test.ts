// The portable raster backend must run in any JavaScript runtime: no Node built-ins, no canvas and no Buffer under src/raster/portable, nor in what it imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const portableDir = new URL('../../src/raster/portable/', import.meta.url).pathname;

const NODE_BUILTINS = /from\s+['"](node:[^'"]+|fs|path|url|os|crypto|zlib|stream|buffer|child_process|worker_threads)['"]/;
const CANVAS = /from\s+['"](@napi-rs\/canvas|canvas|skia-canvas)['"]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every project source file reachable from `entry` through relative imports (type-only imports included). */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/from\s+['"](\.[^'"]+)['"]/g)) queue.push(resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
  }
  return [...seen];
}

describe('src/raster/portable is runtime-neutral', () => {
  const files = sources(portableDir);
  const imported = reachable(join(portableDir, 'paint.ts'));
  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(15);
    expect(imported.length).toBeGreaterThan(files.length);
  });
  it.each(imported.map((f) => [f.slice(f.indexOf('/src/') + 1), f]))('%s imports no Node built-in or canvas and uses no Buffer', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(NODE_BUILTINS);
    expect(text).not.toMatch(CANVAS);
    expect(text).not.toMatch(/\bBuffer\s*\.|new\s+Buffer\b/);
  });
});
