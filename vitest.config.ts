// Test runner configuration: node environment, tests mirror src/ under test/, TSX through ogsmith's JSX runtime.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'ogsmith' } },
  resolve: {
    alias: [
      { find: /^ogsmith\/jsx-runtime$/, replacement: src('jsx/jsx-runtime.ts') },
      { find: /^ogsmith\/jsx-dev-runtime$/, replacement: src('jsx/jsx-dev-runtime.ts') },
    ],
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/chaos/**', 'test/edge-runtimes/**'] } },
      // Chaos tests start server processes and load them: they run after the others, one file at a time, so neither disturbs the other's timings.
      { extends: true, test: { name: 'chaos', include: ['test/chaos/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
