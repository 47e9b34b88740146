// Screenshots of the playground for docs/playground.md, taken in headless Chromium against a local server (npm run build first).
import { chromium } from 'playwright-core';
import { buildApp } from '../../dist/server/index.js';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const app = await buildApp({ playground: true, secrets: ['docs-secret'], pool: { threads: 1 } });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
  const rendered = () => page.waitForResponse((r) => r.url().endsWith('/playground/api/render'));
  const query = new URLSearchParams({
    template: 'blog',
    title: 'How we render Open Graph images in under ten milliseconds',
    description: 'Layout that matches Chromium, a worker pool, and a CDN in front: the whole pipeline, measured.',
    author: 'Ada Lovelace',
    date: 'Nov 26, 2026',
    theme: 'dark',
  });
  await Promise.all([rendered(), page.goto(`${base}/?${query}`)]);
  await page.waitForSelector('body[data-state="ready"]');
  // The first render also starts the worker; show a warm one (an edit that re-renders the same title).
  await Promise.all([rendered(), page.fill('#param-title', query.get('title'))]);
  await page.waitForSelector('body[data-state="ready"]');
  await page.screenshot({ path: new URL('./playground-template.png', import.meta.url).pathname });
  await page.click('label.switch');
  await page.mouse.move(0, 0);
  await page.locator('figure.canvas').screenshot({ path: new URL('./playground-overlay.png', import.meta.url).pathname, clip: undefined });
  await page.click('label.switch');
  await page.setViewportSize({ width: 1440, height: 1700 });
  await page.hover('#previews article[data-platform="x"]');
  await page.screenshot({ path: new URL('./playground-crop.png', import.meta.url).pathname, clip: { x: 380, y: 60, width: 1060, height: 1640 } });
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.locator('#previews').scrollIntoViewIfNeeded();
  await page.locator('#previews').screenshot({ path: new URL('./playground-previews.png', import.meta.url).pathname });
  await Promise.all([rendered(), page.click('#mode-tree')]);
  await page.waitForSelector('body[data-state="ready"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL('./playground-tree.png', import.meta.url).pathname });
  console.log('wrote docs/playground/playground-{template,overlay,crop,previews,tree}.png');
} finally {
  await browser.close();
  await app.close();
}
