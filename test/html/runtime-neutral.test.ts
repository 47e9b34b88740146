// HTML input and SVG output run in any JavaScript runtime: no Node built-ins, no canvas, no Buffer in their modules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folders = ['src/html', 'src/raster/svg-output'].map((folder) => new URL(`../../${folder}/`, import.meta.url).pathname).filter((folder) => existsSync(folder));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const NODE_BUILTINS = /from\s+['"](node:[^'"]+|fs|path|url|os|crypto|zlib|stream|buffer|child_process|worker_threads)['"]/;
const CANVAS = /from\s+['"](@napi-rs\/canvas|canvas|skia-canvas)['"]|\/canvas\//;

describe('HTML input and SVG output are runtime-neutral', () => {
  const files = folders.flatMap(sources);
  it('has sources to check', () => expect(files.length).toBeGreaterThan(3));
  it.each(files.map((f) => [f.slice(f.indexOf('/src/') + 1), f]))('%s imports no Node built-in or canvas and uses no Buffer', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(NODE_BUILTINS);
    expect(text).not.toMatch(CANVAS);
    expect(text).not.toMatch(/\bBuffer\b/);
  });
});
