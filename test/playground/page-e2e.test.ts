// The playground in headless Chromium against a listening server: edit a title, see the new image, overlay, copy the URL, fetch it.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';

const CHROMIUM = process.env.OGSMITH_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`playground e2e skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set OGSMITH_CHROMIUM)`);

interface Answer {
  image: string;
  items: { kind: 'box' | 'line'; text?: string }[];
  url: string | null;
}

let app: FastifyInstance;
let browser: Browser;
let base: string;

const decode = (dataUrl: string): Buffer => Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
const lineTexts = (answer: Answer): string[] => answer.items.flatMap((item) => (item.kind === 'line' && item.text !== undefined ? [item.text] : []));
const renderAnswer = (page: Page, title: string): Promise<Response> =>
  page.waitForResponse((response) => response.url().endsWith('/playground/api/render') && (response.request().postData() ?? '').includes(title));

describe.skipIf(!haveChromium)(`playground page in headless Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    app = await buildApp({ playground: true, secrets: ['e2e-secret'], pool: { threads: 1 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('edits a title, shows the new image and layout, overlays the boxes, copies a signed URL that serves the same bytes', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });

    const first = renderAnswer(page, 'First title');
    await page.goto(`${base}/?template=blog&title=First%20title&theme=dark`);
    const before = (await (await first).json()) as Answer;
    await page.waitForSelector('body[data-state="ready"]');
    expect(await page.inputValue('#param-title')).toBe('First title');
    expect(await page.getAttribute('#card', 'src')).toBe(before.image);
    expect(lineTexts(before)).toContain('First title');

    // Edit the title: one debounced render with the new text.
    const edited = renderAnswer(page, 'Edited in Chromium');
    await page.fill('#param-title', 'Edited in Chromium');
    const after = (await (await edited).json()) as Answer;
    // Polled through locators: waitForFunction would eval in the page, which the page's CSP refuses (as it should).
    await expect.poll(() => page.getAttribute('#card', 'src'), { timeout: 10_000 }).toBe(after.image);
    expect(decode(after.image).equals(decode(before.image))).toBe(false);
    expect(lineTexts(after)).toContain('Edited in Chromium');
    expect(lineTexts(after)).not.toContain('First title');
    expect(await page.textContent('#card-info')).toMatch(/1200×630 PNG/);
    expect(await page.locator('#timings li[data-stage]').evaluateAll((items) => items.map((item) => item.getAttribute('data-stage')))).toEqual(expect.arrayContaining(['style', 'layout', 'paint', 'encode']));
    expect(await page.locator('#previews article').count()).toBe(4);
    expect(page.url()).toContain('title=Edited+in+Chromium');

    // The overlay: hidden until toggled, then one outline per reported box and line, the edited line among them.
    const overlay = page.locator('#overlay');
    expect(await overlay.isVisible()).toBe(false);
    await page.click('label.switch');
    expect(await overlay.isVisible()).toBe(true);
    expect(await page.locator('#overlay rect').count()).toBe(after.items.length);
    expect(await page.locator('#overlay title').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('"Edited in Chromium"')]));
    await page.click('label.switch');
    expect(await overlay.isVisible()).toBe(false);

    // Hovering a link preview shades what that platform crops: X shows 2:1, so 15 px go at the top and bottom of 1200×630.
    await page.hover('#previews article[data-platform="x"]');
    expect(await page.locator('#crop-guide').isVisible()).toBe(true);
    expect(await page.getAttribute('#crop-guide rect', 'y')).toBe('15');
    expect(await page.textContent('#previews article[data-platform="x"] .preview-spec')).toBe('2:1 · 504×252 · crops 15 px top and bottom');
    await page.mouse.move(0, 0);
    expect(await page.locator('#crop-guide').isVisible()).toBe(false);

    // Copy the URL through the clipboard and fetch it: the signed URL serves exactly the bytes the page shows.
    await page.click('#copy-url');
    await expect.poll(() => page.textContent('#copy-url'), { timeout: 10_000 }).toBe('Copied');
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(copied).toBe(after.url);
    expect(copied).toMatch(new RegExp(`^${base}/og/blog\\.png\\?.*title=Edited%20in%20Chromium.*&sig=[\\w-]{43}$`));
    const response = await fetch(copied);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(decode(after.image))).toBe(true);
    const tampered = await fetch(copied.replace('Edited', 'Edit3d'));
    expect(tampered.status).toBe(403);

    // A value the schema refuses: the error names the parameter, its field is marked, and the last image stays.
    const refused = page.waitForResponse((response) => response.url().endsWith('/playground/api/render') && response.status() === 400);
    await page.fill('#param-title', '');
    await refused;
    await page.waitForSelector('body[data-state="error"]');
    expect(await page.textContent('#error')).toMatch(/^INVALID_PARAMETER Parameter "title"/);
    expect(await page.getAttribute('#param-title', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#param-author', 'aria-invalid')).toBe('false');
    expect(await page.getAttribute('#card', 'src')).toBe(after.image);

    expect(failures.filter((failure) => !failure.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 120_000);

  it('renders pasted JSX in the Tree tab and shows the error of a tree it refuses, keeping the last image', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?mode=tree`);
    await page.waitForSelector('body[data-state="ready"]');
    const sample = await page.getAttribute('#card', 'src');
    const refused = page.waitForResponse((response) => response.url().endsWith('/playground/api/render') && response.status() === 400);
    await page.fill('#tree', '<div style={{ width: 1200 }}>{process.env.SECRET}</div>');
    await refused;
    await page.waitForSelector('body[data-state="error"]');
    expect(await page.textContent('#error')).toMatch(/INVALID_BODY .*only literal values are allowed/);
    expect(await page.getAttribute('#card', 'src')).toBe(sample);
    const fixed = page.waitForResponse((response) => response.url().endsWith('/playground/api/render') && response.status() === 200);
    await page.fill('#tree', '<div style={{ width: 1200, height: 630, backgroundColor: "#111827", color: "white", fontSize: 64 }}>Pasted JSX</div>');
    const answer = (await (await fixed).json()) as Answer;
    expect(lineTexts(answer)).toEqual(['Pasted JSX']);
    expect(answer.url).toBeNull();
    expect(await page.isDisabled('#copy-url')).toBe(true);
    await page.close();
  }, 120_000);

  it('switching template rebuilds the form from its schema and renders the new template', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-state="ready"]');
    expect(await page.inputValue('#template')).toBe('blog');
    const switched = page.waitForResponse((response) => response.url().endsWith('/playground/api/render') && (response.request().postData() ?? '').includes('"template":"release"'));
    await page.selectOption('#template', 'release');
    const answer = (await (await switched).json()) as Answer;
    const fields = await page.locator('#params [name]').evaluateAll((elements) => elements.map((element) => `${element.tagName.toLowerCase()}:${element.getAttribute('name')}`));
    expect(fields).toEqual(expect.arrayContaining(['input:project', 'input:version', 'select:theme']));
    expect(fields).not.toContain('textarea:title');
    expect(await page.locator('#param-theme option').allTextContents()).toEqual(['light', 'dark', 'ocean', 'sunset']);
    expect(await page.inputValue('#param-version')).toBe('2.4.0');
    expect(lineTexts(answer)).toEqual(expect.arrayContaining(['Project name']));
    expect(answer.url).toMatch(/\/og\/release\.png\?/);
    await page.close();
  }, 120_000);
});
