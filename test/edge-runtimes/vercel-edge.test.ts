// The fixture worker bundled for the edge-light condition and run by Vercel's edge-runtime (no Cache API there: every miss renders).
import { EdgeRuntime } from 'edge-runtime';
import { beforeAll, describe } from 'vitest';
import { bundleEdge } from '../edge/bundle-edge.js';
import { edgeCases, type Fetch } from './edge-cases.js';

const entry = new URL('../edge/fixtures/vercel-edge.ts', import.meta.url).pathname;

describe('Vercel edge-runtime', () => {
  let fetchPath: Fetch = () => Promise.reject(new Error('edge-runtime did not start'));

  beforeAll(async () => {
    const bundle = await bundleEdge(entry, { conditions: ['edge-light', 'worker', 'browser'], format: 'iife', inlineWasm: true });
    const runtime = new EdgeRuntime({ initialCode: bundle.code });
    fetchPath = async (path, init) => (await runtime.dispatchFetch(`http://127.0.0.1${path}`, init as never)) as unknown as Response;
  });

  edgeCases(() => fetchPath, { cache: false });
});
