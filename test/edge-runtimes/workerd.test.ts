// The fixture worker bundled as wrangler bundles it and served by a local workerd (miniflare), with the Cache API.
import { readFileSync } from 'node:fs';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEdge } from '../edge/bundle-edge.js';
import { edgeCases, type Fetch } from './edge-cases.js';

const worker = new URL('../edge/fixtures/worker.tsx', import.meta.url).pathname;

describe('workerd (miniflare)', () => {
  let mf: Miniflare | undefined;
  let fetchPath: Fetch = () => Promise.reject(new Error('workerd did not start'));

  beforeAll(async () => {
    const bundle = await bundleEdge(worker);
    mf = new Miniflare({
      modules: [
        { type: 'ESModule', path: '/worker.js', contents: bundle.code },
        ...bundle.wasm.map((w) => ({ type: 'CompiledWasm' as const, path: `/${w.name}`, contents: readFileSync(w.source) })),
      ],
      modulesRoot: '/',
      compatibilityDate: '2025-01-01',
      cache: true,
    });
    await mf.ready;
    fetchPath = async (path, init) => (await mf!.dispatchFetch(`http://127.0.0.1${path}`, init as never)) as unknown as Response;
  });

  afterAll(async () => {
    await mf?.dispose();
  });

  it('warmed up while the worker started (the workerd entry renders a small card at module evaluation)', async () => {
    expect(await (await fetchPath('/warm-up')).json()).toEqual({ warmed: true });
  });

  edgeCases(() => fetchPath, { cache: true });
});
