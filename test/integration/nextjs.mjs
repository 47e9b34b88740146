#!/usr/bin/env node
// Integration: a Next.js app from npm (15 and 16) with the issue's route on the edge and the Node runtime, no next.config; builds, serves on loopback, fetches PNGs.
// Usage: node test/integration/nextjs.mjs [--next 15,16] [--runtimes edge,node] [--tarball ogsmith.tgz] [--no-build] [--keep]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertIndexedToRgb, decode } from 'fast-png';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const nextMajors = option('next', '15,16').split(',');
const runtimes = option('runtimes', 'edge,node').split(',');
const keep = args.includes('--keep');
/** Whole run bound: installs and two builds per version (measured about 3-5 min per version on 2 cores). */
const STEP_TIMEOUT_MS = 10 * 60_000;
const SERVER_READY_MS = 60_000;

const ROUTE = (runtime) => `import { ImageResponse } from 'ogsmith'
${runtime === 'edge' ? "export const runtime = 'edge'\n" : ''}export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return new ImageResponse(
    <div style={{ width: 1200, height: 630, background: '#0f172a', color: 'white' }}>
      <h1 style={{ fontSize: 64 }}>{slug}</h1>
    </div>,
    { width: 1200, height: 630 }
  )
}
`;

function run(command, commandArgs, cwd) {
  const started = Date.now();
  execFileSync(command, commandArgs, { cwd, stdio: 'inherit', timeout: STEP_TIMEOUT_MS, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return (Date.now() - started) / 1000;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** PNG signature, then IHDR width and height (big-endian at bytes 16 and 20). */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Pixels with red and green over 200: the route draws its slug in white on #0f172a, so a card with its text drawn has thousands. */
function lightPixels(bytes) {
  const image = decode(bytes);
  const pixels = image.palette ? convertIndexedToRgb(image) : image.data;
  const channels = image.palette ? image.palette[0].length : image.channels;
  let light = 0;
  for (let i = 0; i < pixels.length; i += channels) if (pixels[i] > 200 && pixels[i + 1] > 200) light++;
  return light;
}

async function waitForServer(url, child) {
  const deadline = Date.now() + SERVER_READY_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`next start did not answer within ${SERVER_READY_MS} ms`);
}

async function checkApp(major, tarball, work) {
  const app = join(work, `next${major}`);
  mkdirSync(app, { recursive: true });
  const pkg = {
    name: `ogsmith-next${major}`,
    private: true,
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { next: `^${major}`, react: '^19', 'react-dom': '^19', ogsmith: `file:${tarball}` },
    devDependencies: { typescript: '^5', '@types/react': '^19', '@types/node': '^20' },
  };
  writeFileSync(join(app, 'package.json'), JSON.stringify(pkg, null, 2));
  const routes = { edge: 'og', node: 'og-node' };
  for (const runtime of runtimes) {
    mkdirSync(join(app, 'app', routes[runtime], '[slug]'), { recursive: true });
    writeFileSync(join(app, 'app', routes[runtime], '[slug]', 'route.tsx'), ROUTE(runtime));
  }
  const times = {};
  times.install = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], app);
  times.build = run('npx', ['next', 'build'], app);
  const port = await freePort();
  const child = spawn(join(app, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const failures = [];
  try {
    const started = Date.now();
    await waitForServer(`http://127.0.0.1:${port}/`, child);
    times.start = (Date.now() - started) / 1000;
    // Four cards per runtime: the first request and warm ones (the Node runtime's later PNGs go through the band worker, on by default).
    for (const [runtime, card] of runtimes.flatMap((runtime) => [1, 2, 3, 4].map((card) => [runtime, card]))) {
      const url = `http://127.0.0.1:${port}/${routes[runtime]}/hello-${runtime}-${card}`;
      const fetched = Date.now();
      let response;
      let bytes;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        failures.push(`next@${major} ${runtime} card ${card}: ${error.message} (the body stream was aborted: see the server log above)`);
        continue;
      }
      const size = pngSize(bytes);
      const label = `next@${major} ${runtime} card ${card}`;
      times[`fetch ${runtime} ${card}`] = (Date.now() - fetched) / 1000;
      if (response.status !== 200 || !size || size.width !== 1200 || size.height !== 630) {
        failures.push(`${label}: status ${response.status}, ${response.headers.get('content-type')}, ${size ? `${size.width}×${size.height}` : `not a PNG: ${new TextDecoder().decode(bytes.slice(0, 300))}`}`);
      } else if (lightPixels(bytes) < 2_000) {
        failures.push(`${label}: the PNG has ${lightPixels(bytes)} light pixels; the white slug text is missing`);
      } else console.log(`ok ${label}: PNG 1200×630, ${bytes.length} bytes, ${lightPixels(bytes)} text pixels`);
      if (keep) writeFileSync(join(work, `next${major}-${runtime}-${card}.png`), bytes);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => {
      const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 10_000);
      child.once('exit', () => { clearTimeout(timer); resolve(); });
      if (child.exitCode !== null) { clearTimeout(timer); resolve(); }
    });
  }
  return { failures, times };
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'ogsmith-next-'));
let failed = false;
try {
  let tarball = option('tarball', null);
  if (!tarball) {
    if (!args.includes('--no-build')) run('npm', ['run', 'build', '--silent'], repo);
    run('npm', ['pack', '--silent', '--pack-destination', work], repo);
    tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));
  }
  for (const major of nextMajors) {
    try {
      const { failures, times } = await checkApp(major, tarball, work);
      console.log(`next@${major} times (s): ${JSON.stringify(times)}`);
      for (const failure of failures) console.error(`FAIL ${failure}`);
      failed ||= failures.length > 0;
    } catch (error) {
      console.error(`FAIL next@${major}: ${error.message}`);
      failed = true;
    }
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
  console.log(`nextjs integration: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
process.exit(failed ? 1 : 0);
