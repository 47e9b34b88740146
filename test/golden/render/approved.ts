// Approved ogsmith images: compare a render with test/golden/render/approved/NAME.png, or write it with UPDATE_GOLDEN=1.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repositoryRoot as root } from '../../helpers/oracle-cases.js';
import { decodePng, differingShare } from './image-diff.js';

/**
 * Tolerances. Against the browser: at most 2.5% of pixels may differ by more than 64/255 in a
 * channel — glyph rasterisation (Skia paths vs FreeType glyphs) and dash placement differ at edges.
 * Against approved ogsmith PNGs: at most 0.1% of pixels may differ by more than 8/255, which allows
 * a different Skia build's anti-aliasing but catches any real change. Approve with UPDATE_GOLDEN=1.
 */
export const BROWSER_TOLERANCE = { threshold: 64, share: 0.025 } as const;
/** Dense CJK text has about three times the glyph edges of Latin text: its edge pixels get 4%. */
export const CJK_BROWSER_TOLERANCE = { threshold: 64, share: 0.04 } as const;
export const APPROVED_TOLERANCE = { threshold: 8, share: 0.001 } as const;

const approvedDir = join(root, 'test/golden/render/approved');
const actualDir = join(root, 'test/golden/render/_actual');
const update = process.env.UPDATE_GOLDEN === '1';

/** Writes a failing render to _actual/ to look at; returns its path. */
export function keepActual(name: string, png: Buffer): string {
  mkdirSync(actualDir, { recursive: true });
  const path = join(actualDir, `${name}.png`);
  writeFileSync(path, png);
  return path;
}

export async function expectApproved(name: string, png: Buffer): Promise<void> {
  const path = join(approvedDir, `${name}.png`);
  if (update) {
    mkdirSync(approvedDir, { recursive: true });
    writeFileSync(path, png);
    return;
  }
  expect(existsSync(path), `no approved image for ${name}: run UPDATE_GOLDEN=1 npx vitest run test/golden/render and look at it`).toBe(true);
  const share = differingShare(await decodePng(png), await decodePng(readFileSync(path)), APPROVED_TOLERANCE.threshold);
  if (share > APPROVED_TOLERANCE.share) keepActual(name, png);
  expect(share, `${(share * 100).toFixed(3)}% of pixels changed (new image in test/golden/render/_actual/${name}.png)`).toBeLessThanOrEqual(APPROVED_TOLERANCE.share);
}
