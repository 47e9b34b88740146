// The other commands as subprocesses: render (template and tree), sign, --help everywhere, config errors, manifests, user templates.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/server/signature.js';
import { runCli, snapshot, summaryOf } from './site.js';

// User template modules import typebox from ogsmith's own node_modules, so they live inside the repository tree.
const templates = join(process.cwd(), 'node_modules', '.ogsmith-test-templates');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogsmith-cli-'));
});
afterAll(async () => {
  await Promise.all([rm(dir, { recursive: true, force: true }), rm(templates, { recursive: true, force: true })]);
});

describe('ogsmith --help', () => {
  it.each(['', 'build', 'render', 'serve', 'sign'])('prints help for "ogsmith %s" and exits 0', async (command) => {
    const run = await runCli([...(command ? [command] : []), '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ogsmith/);
  });

  it('refuses an unknown flag with exit code 2', async () => {
    const run = await runCli(['build', '--nope'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--nope'");
  });
});

describe('ogsmith render', () => {
  it('renders a template with --param values to a file', async () => {
    const out = join(dir, 'hello.webp');
    const run = await runCli(['render', 'blog', '-p', 'title=Hello from the CLI', '-p', 'author=Ada', '-o', out, '--width', '800', '--height', '420'], dir);
    expect(run.stderr).toMatch(/^wrote .*hello\.webp \(800×420 webp/);
    expect(run.code).toBe(0);
    expect(imageSize(await readFile(out))).toMatchObject({ width: 800, height: 420, type: 'webp' });
  });

  it('renders an element tree from a JSON file', async () => {
    const tree = { type: 'div', props: { style: { width: 300, height: 200, background: '#0f172a', color: 'white', fontSize: 32 }, children: 'Tree' } };
    await writeFile(join(dir, 'card.json'), JSON.stringify(tree));
    const run = await runCli(['render', 'card.json', '--width', '300', '--height', '200'], dir);
    expect(run.code).toBe(0);
    expect(imageSize(await readFile(join(dir, 'card.png')))).toMatchObject({ width: 300, height: 200, type: 'png' });
  });

  it('names a bad parameter and an unknown template', async () => {
    const bad = await runCli(['render', 'blog', '-p', 'title=x', '-p', 'theme=neon', '-o', join(dir, 'x.png')], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ogsmith: INVALID_PARAMETER: Parameter "theme"/);
    const unknown = await runCli(['render', 'nosuch'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('UNKNOWN_TEMPLATE: No template "nosuch"');
  });
});

describe('ogsmith sign', () => {
  it('adds a sig the server accepts, replacing an old one', async () => {
    const run = await runCli(['sign', 'https://og.example.com/og/blog.png?title=Hi%20there&sig=old&author=Ada'], dir, { OGSMITH_SECRET: 'k1,k2' });
    expect(run.code).toBe(0);
    const url = new URL(run.stdout.trim());
    expect(url.pathname).toBe('/og/blog.png');
    expect(url.searchParams.get('title')).toBe('Hi there');
    const query = { title: 'Hi there', author: 'Ada' };
    expect(verifySignature(url.pathname, query, url.searchParams.get('sig'), ['k1'])).toBe(true);
    expect(verifySignature(url.pathname, query, url.searchParams.get('sig'), ['k2'])).toBe(false);
  });

  it('refuses without a key', async () => {
    const run = await runCli(['sign', '/og/blog.png?title=x'], dir, { OGSMITH_SECRET: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No signing key');
  });
});

describe('ogsmith build with a manifest, user templates and config errors', () => {
  const template = (color: string): string => `import { Type } from '@sinclair/typebox';
export default { name: 'plain', description: 'test', version: '1', params: Type.Object({ title: Type.String() }), width: 400, height: 200,
  render: (p) => ({ type: 'div', props: { style: { width: 400, height: 200, background: '${color}', color: 'white', fontSize: 28 }, children: p.title } }) };
`;

  it('reads a YAML manifest, fails only the bad entries, and re-renders when a user template changes', async () => {
    const site = join(dir, 'manifest-site');
    await mkdir(join(site, 'templates'), { recursive: true });
    await mkdir(templates, { recursive: true });
    await writeFile(join(templates, 'plain.mjs'), template('#1e293b'));
    await writeFile(join(site, 'pages.yaml'), [
      '- { slug: about, template: plain, params: { title: About us }, alt: The about page }',
      '- { slug: docs/intro, template: docs, params: { title: Introduction, section: Guides } }',
      '- { slug: ../escape, template: plain, params: { title: x } }',
      '- { slug: quote, template: quote, params: { quote: 42, colour: red } }',
    ].join('\n'));
    const args = ['build', '--json', '--threads', '1', '--pages', 'pages.yaml', '--templates', templates, '--meta', 'html'];
    const first = await runCli(args, site);
    expect(first.code).toBe(1);
    const summary = summaryOf(first);
    expect(summary).toMatchObject({ rendered: 2, pages: 4 });
    expect(summary.failed.map((f) => [f.source, f.code])).toEqual([['pages.yaml entry 3', 'INVALID_PAGE'], ['pages.yaml entry 4 (quote)', 'INVALID_PARAMETER']]);
    expect(summary.failed[1]!.message).toContain('Unknown parameter "colour" for template "quote"');
    const out = join(site, 'out', 'og');
    expect(imageSize(await readFile(join(out, 'about.png')))).toMatchObject({ width: 400, height: 200 });
    expect(await readFile(join(out, 'about.meta.html'), 'utf8')).toContain('<meta property="og:image:alt" content="The about page" />');
    expect(await readFile(join(out, 'docs', 'intro.meta.html'), 'utf8')).toContain('content="/og/docs/intro.png"');

    const before = await snapshot(out);
    const again = await runCli(args, site);
    expect(summaryOf(again)).toMatchObject({ rendered: 0, skipped: 2, filesChanged: 0 });
    expect(await snapshot(out)).toEqual(before);

    await writeFile(join(templates, 'plain.mjs'), template('#7c2d12'));
    const changed = await runCli(args, site);
    expect(summaryOf(changed)).toMatchObject({ rendered: 1, skipped: 1 });

    // Another format and no snippets: the old PNGs and .meta.html files go, the WebPs replace them.
    const webp = await runCli(['build', '--json', '--threads', '1', '--pages', 'pages.yaml', '--templates', templates, '--format', 'webp'], site);
    expect(summaryOf(webp)).toMatchObject({ rendered: 2, skipped: 0 });
    const files = [...(await snapshot(out)).keys()].filter((file) => !file.startsWith('.')).sort();
    expect(files).toEqual(['about.webp', join('docs', 'intro.webp'), 'og-meta.json']);
  });

  it('exits 2 with INVALID_CONFIG naming the wrong field', async () => {
    const site = join(dir, 'bad-config');
    await mkdir(site, { recursive: true });
    await writeFile(join(site, 'ogsmith.config.json'), JSON.stringify({ content: 'content', outDir: 3 }));
    const run = await runCli(['build'], site);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ogsmith: INVALID_CONFIG: .*ogsmith\.config\.json: field "outDir" must be string, got 3/);
    const none = await runCli(['build'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('INVALID_CONFIG: No pages to build');
  });

  it('loads an ogsmith.config.mjs', async () => {
    const site = join(dir, 'mjs-config');
    await mkdir(join(site, 'posts'), { recursive: true });
    await writeFile(join(site, 'posts', 'hello.md'), '---\ntitle: Hello\n---\n');
    await writeFile(join(site, 'ogsmith.config.mjs'), "export default { content: { dir: 'posts', template: 'docs' }, outDir: 'public/og', format: 'jpeg', quality: 70 };\n");
    const run = await runCli(['build', '--json'], site);
    expect(run.code).toBe(0);
    expect(imageSize(await readFile(join(site, 'public', 'og', 'hello.jpg')))).toMatchObject({ type: 'jpg', width: 1200 });
  });
});
