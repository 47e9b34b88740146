// The layout stages must run in any JavaScript runtime: no Node built-ins and no canvas under src/layout.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const layoutDir = new URL('../../src/layout/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const NODE_BUILTINS = /from\s+['"](node:[^'"]+|fs|path|url|os|crypto|zlib|stream|buffer|child_process|worker_threads)['"]/;
const CANVAS = /from\s+['"](@napi-rs\/canvas|canvas|skia-canvas)['"]/;

describe('src/layout is runtime-neutral', () => {
  const files = sources(layoutDir);
  it('has sources to check', () => expect(files.length).toBeGreaterThan(30));
  it.each(files.map((f) => [f.slice(layoutDir.length), f]))('%s imports no Node built-in or canvas', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(NODE_BUILTINS);
    expect(text).not.toMatch(CANVAS);
    expect(text).not.toMatch(/\bBuffer\./);
  });
});
