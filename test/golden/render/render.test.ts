// Golden images: ogsmith's renders against Chromium's screenshots (loose) and approved PNGs (tight).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/index.js';
import { fontsOf, loadOracleCases, repositoryRoot as root } from '../../helpers/oracle-cases.js';
import type { OracleCase } from '../../layout/compare-layout.js';
import { decodePng, differingShare } from './image-diff.js';

/**
 * Tolerances. Against the browser: at most 2.5% of pixels may differ by more than 64/255 in a
 * channel — glyph rasterisation (Skia paths vs FreeType glyphs) and dash placement differ at edges.
 * Against approved ogsmith PNGs: at most 0.1% of pixels may differ by more than 8/255, which allows
 * a different Skia build's anti-aliasing but catches any real change. Approve with UPDATE_GOLDEN=1.
 */
export const BROWSER_TOLERANCE = { threshold: 64, share: 0.025 } as const;
export const APPROVED_TOLERANCE = { threshold: 8, share: 0.001 } as const;
/** Dense CJK text has about three times the glyph edges of Latin text: its edge pixels get 4%. */
export const CJK_BROWSER_TOLERANCE = { threshold: 64, share: 0.04 } as const;

const approvedDir = join(root, 'test/golden/render/approved');
const actualDir = join(root, 'test/golden/render/_actual');
const update = process.env.UPDATE_GOLDEN === '1';

function load(dir: string): { c: OracleCase; screenshot: string }[] {
  return loadOracleCases(dir).map((c) => ({ c, screenshot: join(dir, `${c.name}.png`) }));
}

const layoutCases = load(join(root, 'test/golden/layout/fixtures'));
const paintCases = load(join(root, 'test/golden/render/browser'));
async function renderCase(c: OracleCase): Promise<Buffer> {
  return render(c.element, { width: c.width, height: c.height, fonts: fontsOf(c) });
}

function keepActual(name: string, png: Buffer): string {
  mkdirSync(actualDir, { recursive: true });
  const path = join(actualDir, `${name}.png`);
  writeFileSync(path, png);
  return path;
}

describe('renders match Chromium screenshots', () => {
  for (const { c, screenshot } of [...paintCases, ...layoutCases]) {
    it(c.name, async () => {
      const png = await renderCase(c);
      const tolerance = c.name.startsWith('cjk-') ? CJK_BROWSER_TOLERANCE : BROWSER_TOLERANCE;
      const share = differingShare(await decodePng(png), await decodePng(readFileSync(screenshot)), tolerance.threshold);
      if (share > tolerance.share) keepActual(c.name, png);
      expect(share, `${(share * 100).toFixed(2)}% of pixels differ from the browser (see test/golden/render/_actual/${c.name}.png)`).toBeLessThanOrEqual(tolerance.share);
    });
  }
});

describe('renders match approved images', () => {
  const approved = [...paintCases, ...layoutCases.filter(({ c }) => c.name.startsWith('card-'))];
  for (const { c } of approved) {
    it(c.name, async () => {
      const png = await renderCase(c);
      const path = join(approvedDir, `${c.name}.png`);
      if (update) {
        mkdirSync(approvedDir, { recursive: true });
        writeFileSync(path, png);
        return;
      }
      expect(existsSync(path), `no approved image for ${c.name}: run UPDATE_GOLDEN=1 npx vitest run test/golden/render and look at it`).toBe(true);
      const share = differingShare(await decodePng(png), await decodePng(readFileSync(path)), APPROVED_TOLERANCE.threshold);
      if (share > APPROVED_TOLERANCE.share) keepActual(c.name, png);
      expect(share, `${(share * 100).toFixed(3)}% of pixels changed (new image in test/golden/render/_actual/${c.name}.png)`).toBeLessThanOrEqual(APPROVED_TOLERANCE.share);
    });
  }
});
