// The Node bundle's CommonJS modules as eagerly compiled function expressions (scripts/eager-commonjs.mjs), and npm start's program with fastify inlined.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { eagerCommonJs as eagerCommonJsUntyped } from '../../scripts/eager-commonjs.mjs';

const eagerCommonJs = eagerCommonJsUntyped as (text: string) => string;
const dist = new URL('../../dist/', import.meta.url).pathname;

/** Two modules in esbuild's shape (its __commonJS helper calls the module as `(0, cb[key])(…)`), the second requiring the first. */
const SAMPLE = `var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[Object.getOwnPropertyNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var require_a = __commonJS({
  "node_modules/a/index.js"(exports, module) {
    "use strict";
    exports.name = function name() {
      return "a";
    };
    exports.self = this === undefined ? "none" : Object.keys(this).join();
  }
});
var require_b = __commonJS({
  "node_modules/b/index.js"(exports, module) {
    var a = require_a();
    module.exports = { from: a.name(), self: a.self };
  }
});
result = require_b();`;

describe('eagerCommonJs', () => {
  it('turns each module into a parenthesised function expression that gives the same exports', () => {
    const eager = eagerCommonJs(SAMPLE);
    expect(eager).toContain('  "node_modules/a/index.js": (function(exports, module) {');
    expect(eager.split('\n').length).toBe(SAMPLE.split('\n').length);
    const run = (code: string) => runInNewContext(`"use strict"; var result; ${code}; result`) as unknown;
    expect(run(eager)).toEqual(run(SAMPLE));
    expect(run(eager)).toEqual({ from: 'a', self: 'none' }); // esbuild calls it as `(0, cb[key])(…)`: no this
  });

  it('leaves code without wrappers as it is, and refuses a wrapper of another shape', () => {
    expect(eagerCommonJs('const x = 1;\n')).toBe('const x = 1;\n');
    expect(() => eagerCommonJs('var require_a = __commonJS({\n  "a.js": function(exports) {\n  }\n});')).toThrow(/unexpected shape/);
  });
});

describe('the built Node bundle', () => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /^(main-chunks|chunks)\/.*\.js$|^[^/]+\.js$/.test(file));
  const text = (file: string) => readFileSync(join(dist, file), 'utf8');

  it('has every bundled CommonJS module in the eager shape', () => {
    const wrapped = files.filter((file) => text(file).includes('= __commonJS({'));
    expect(wrapped.length).toBeGreaterThan(3);
    for (const file of wrapped) expect(text(file), file).not.toMatch(/= __commonJS\(\{\n {2}"[^"\n]+"\(/);
  });

  it('inlines fastify in npm start\'s program (dist/main.js and dist/main-chunks/), and leaves it an import for ogsmith/server', () => {
    const program = files.filter((file) => file === 'main.js' || file.startsWith('main-chunks/'));
    expect(program.length).toBeGreaterThan(3);
    const importsFastify = /from\s*["'](fastify|fastify-plugin|@fastify\/[\w-]+)["']|import\(\s*["'](fastify|@fastify\/[\w-]+)["']\)/;
    expect(program.filter((file) => importsFastify.test(text(file)))).toEqual([]);
    expect(files.filter((file) => file.startsWith('chunks/') && importsFastify.test(text(file))).length).toBeGreaterThan(0);
  });
});
