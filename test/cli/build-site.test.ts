// `ogsmith build` as a subprocess on a 50-page Markdown site: full build, no-change rebuild, edit, delete, broken page, --check, --keep.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSite, postMarkdown, runCli, snapshot, summaryOf } from './site.js';

const PAGES = 50;
const build = (root: string, ...flags: string[]) => runCli(['build', '--json', '--threads', '2', ...flags], root);

describe('ogsmith build on a 50-page site', () => {
  let root: string;
  let out: string;
  const post = (i: number): string => join(root, 'content', 'posts', `post-${i}.md`);

  beforeAll(async () => {
    root = await makeSite(PAGES);
    out = join(root, 'out', 'og');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('renders every page on the first build, with a manifest and og:image meta', async () => {
    const run = await build(root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = summaryOf(run);
    expect(summary).toMatchObject({ pages: PAGES, rendered: PAGES, skipped: 0, failed: [], removed: [] });
    const files = await snapshot(out);
    expect([...files.keys()].filter((f) => f.endsWith('.png'))).toHaveLength(PAGES);
    const png = await readFile(join(out, 'posts', 'post-7.png'));
    expect(imageSize(png)).toMatchObject({ width: 1200, height: 630, type: 'png' });
    const meta = JSON.parse(await readFile(join(out, 'og-meta.json'), 'utf8')) as Record<string, { image: string; alt: string; html: string; tags: { property: string; content: string }[] }>;
    expect(Object.keys(meta)).toHaveLength(PAGES);
    const page = meta['posts/post-7']!;
    expect(page.image).toBe('https://example.com/og/posts/post-7.png');
    expect(page.tags.map((t) => t.property)).toEqual(['og:image', 'og:image:width', 'og:image:height', 'og:image:type', 'og:image:alt']);
    expect(page.html).toContain('<meta property="og:image:alt" content="Post 7: shipping images at build time" />');
    const manifest = JSON.parse(await readFile(join(out, '.ogsmith-manifest.json'), 'utf8')) as { pages: Record<string, { hash: string; source: string }> };
    expect(Object.keys(manifest.pages)).toHaveLength(PAGES);
    expect(manifest.pages['posts/post-7']!.source).toBe(join('content', 'posts', 'post-7.md'));
  });

  it('skips every page on a second build and touches no file', async () => {
    const before = await snapshot(out);
    const run = await build(root);
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({ rendered: 0, skipped: PAGES, filesChanged: 0 });
    expect(await snapshot(out)).toEqual(before);
  });

  it('--check passes when everything is up to date', async () => {
    const run = await build(root, '--check');
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({ mode: 'check', stale: [], skipped: PAGES });
  });

  it('re-renders only the page that was edited', async () => {
    await writeFile(post(3), postMarkdown(3).replace('Post 3:', 'Post three:'));
    const check = await build(root, '--check');
    expect(check.code).toBe(1);
    expect(summaryOf(check).stale).toEqual(['posts/post-3 (posts/post-3.png)', 'og-meta.json']);
    const before = await snapshot(out);
    const run = await build(root);
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({ rendered: 1, skipped: PAGES - 1 });
    const after = await snapshot(out);
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file)).sort();
    expect(changed).toEqual(['.ogsmith-manifest.json', 'og-meta.json', join('posts', 'post-3.png')]);
  });

  it('deletes the image of a removed page, or keeps it with --keep', async () => {
    await rm(post(4));
    await writeFile(join(out, 'posts', 'post-9.png.0badcafe.tmp'), 'left by an interrupted build');
    const kept = await build(root, '--keep');
    expect(summaryOf(kept)).toMatchObject({ rendered: 0, removed: [], kept: ['posts/post-4'] });
    expect((await snapshot(out)).has(join('posts', 'post-4.png'))).toBe(true);
    const run = await build(root);
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({ rendered: 0, skipped: PAGES - 1, removed: ['posts/post-4'] });
    const files = await snapshot(out);
    expect(files.has(join('posts', 'post-4.png'))).toBe(false);
    expect(files.has(join('posts', 'post-9.png.0badcafe.tmp'))).toBe(false);
    expect(await readFile(join(out, 'og-meta.json'), 'utf8')).not.toContain('"posts/post-4"');
  });

  it('fails a broken page alone, naming its file and the reason, with exit code 1', async () => {
    await writeFile(join(root, 'content', 'posts', 'broken.md'), '---\ntitle: [unclosed\n---\n');
    await writeFile(join(root, 'content', 'posts', 'no-title.md'), '---\ndescription: no title here\n---\n');
    await writeFile(post(5), postMarkdown(5).replace('Post 5:', 'Post five:'));
    const run = await build(root);
    expect(run.code).toBe(1);
    const summary = summaryOf(run);
    expect(summary).toMatchObject({ rendered: 1, skipped: PAGES - 2 });
    const failed = [...summary.failed].sort((a, b) => a.source.localeCompare(b.source));
    expect(failed.map((f) => [f.source, f.code])).toEqual([
      [join('content', 'posts', 'broken.md'), 'INVALID_PAGE'],
      [join('content', 'posts', 'no-title.md'), 'INVALID_PARAMETER'],
    ]);
    expect(failed[0]!.message).toMatch(/broken\.md: .*at line \d+, column \d+$/);
    expect(failed[1]!.message).toBe(`${join('content', 'posts', 'no-title.md')}: Parameter "title" is required by template "blog" and missing`);
  });

  it('prints failures with path and reason in the plain summary', async () => {
    const run = await runCli(['build', '--threads', '2'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ogsmith build: 51 pages: 0 rendered, 49 skipped, 2 failed, 0 removed/);
    expect(run.stderr).toContain(`FAILED [INVALID_PAGE] ${join('content', 'posts', 'broken.md')}: `);
    expect(run.stderr).toContain(`FAILED [INVALID_PARAMETER] ${join('content', 'posts', 'no-title.md')}: Parameter "title"`);
  });
});
