// Cold start: a new Node process from spawn to its first image (module loading, font parsing, first render).
import { spawn } from 'node:child_process';
import { OgsmithError } from '../errors/catalogue.js';
import { summarize, type LatencySummary } from './stats.js';

const entry = new URL('../index.js', import.meta.url).href;
const registry = new URL('../server/template-registry.js', import.meta.url).href;
const builtins = new URL('../templates/index.js', import.meta.url).href;
const params = new URL('./params.js', import.meta.url).href;

/** The child's program: load ogsmith, find the template (built in or from a directory), render once, print the byte count. */
const PROGRAM = `
const [template, directory] = process.argv.slice(1);
const { render } = await import(${JSON.stringify(entry)});
const { builtinTemplates } = await import(${JSON.stringify(builtins)});
const { TemplateRegistry } = await import(${JSON.stringify(registry)});
const { variedParams } = await import(${JSON.stringify(params)});
const templates = new TemplateRegistry(builtinTemplates);
if (directory) await templates.loadDirectory(directory);
const t = templates.get(template);
if (!t) throw new Error('unknown template ' + template);
const bytes = await render(t.render(variedParams(t.name, t.params, 0)), { width: t.width, height: t.height });
process.stdout.write(String(bytes.length));
`;

function once(template: string, directory: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', PROGRAM, template, directory ?? ''], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code !== 0 || !(Number(out) > 0)) reject(new OgsmithError('INTERNAL', `Cold-start run of ${template} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`));
      else resolve(ms);
    });
  });
}

/** Spawns `runs` fresh processes one after another and summarises the time to the first image. */
export async function coldStart(template: string, runs: number, directory?: string): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once(template, directory));
  return summarize(samples);
}
