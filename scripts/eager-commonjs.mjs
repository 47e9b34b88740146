// esbuild's bundled CommonJS modules as parenthesised function expressions, which V8 compiles with the chunk (its PIFE heuristic), so that Node's compile cache holds them and a cold start does not compile each module again when it is first required.

/** The first line of esbuild's wrapper: `var require_x = __commonJS({` (also exported). */
const WRAPPER = /= __commonJS\(\{$/;
/** The module's line that follows it: `  "node_modules/pkg/file.js"(exports, module) {`. */
const METHOD = /^ {2}("[^"\n]+")\(([^)\n]*)\) \{$/;

/**
 * Rewrites each `"path"(exports, module) { … }` method of a `__commonJS({ … })` call into
 * `"path": (function(exports, module) { … })`. The same function for the module (called with the
 * same `this` and arguments, named after its key); V8 compiles a parenthesised function eagerly, and
 * Node's compile cache, made right after a module compiles, keeps only what was compiled then. Lines
 * stay where they were (a source map is off by a few columns on each module's first line). Throws if a
 * wrapper is not in the shape it expects, so that a change in esbuild's output fails the build.
 */
export function eagerCommonJs(text) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!WRAPPER.test(lines[i])) continue;
    const method = METHOD.exec(lines[i + 1] ?? '');
    let end = i + 2;
    while (end < lines.length - 1 && !(lines[end] === '  }' && lines[end + 1] === '});')) end++;
    if (!method || end >= lines.length - 1) throw new Error(`eagerCommonJs: an esbuild __commonJS wrapper of an unexpected shape at line ${i + 1}: ${lines[i + 1]}`);
    lines[i + 1] = `  ${method[1]}: (function(${method[2]}) {`;
    lines[end] = '  })';
    i = end;
  }
  return lines.join('\n');
}
