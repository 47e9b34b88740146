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
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
