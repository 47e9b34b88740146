// Edge runtime tests (npm run test:edge): the built package bundled and served by a local workerd (miniflare) and Vercel's edge-runtime, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { environment: 'node', include: ['test/edge-runtimes/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
});
