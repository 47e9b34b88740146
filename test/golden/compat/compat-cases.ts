// The compatibility suite's cases (satori-derived `satori-*` and example cards `og-*`) and how each compares with Chromium: layout and pixels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../../../src/index.js';
import { fontsOf, loadOracleCases, repositoryRoot as root } from '../../helpers/oracle-cases.js';
import type { OracleCase } from '../../layout/compare-layout.js';
import { fixtureProblems } from '../../layout/fixture-problems.js';
import { BROWSER_TOLERANCE } from '../render/approved.js';
import { decodePng, differingShare } from '../render/image-diff.js';

/** What a compatibility case records about satori: the test file it covers and whether satori itself draws the feature. */
export interface SatoriSupport {
  readonly test: string;
  readonly supported: boolean;
}
export type CompatCase = OracleCase & { readonly satori: SatoriSupport };

const layoutDir = join(root, 'test/golden/layout/fixtures');
/** Cases that transform elements are render fixtures only: their boxes are compared as pixels. */
const renderDir = join(root, 'test/golden/render/browser');

/** A compatibility case and the folder of its browser fixture (layout.json and png, or png only). */
export interface CompatFixture {
  readonly c: CompatCase;
  readonly dir: string;
  readonly hasLayout: boolean;
}

/** Every committed layout or render fixture case that carries a satori record, sorted by name. */
export function loadCompatCases(): CompatFixture[] {
  const isCompat = (c: OracleCase): c is CompatCase => 'satori' in c;
  const layout = loadOracleCases(layoutDir).filter(isCompat).map((c) => ({ c, dir: layoutDir, hasLayout: true }));
  const paint = loadOracleCases(renderDir).filter(isCompat).map((c) => ({ c, dir: renderDir, hasLayout: false }));
  return [...layout, ...paint].sort((a, b) => a.c.name.localeCompare(b.c.name));
}

export type CompatOutcome =
  | { readonly kind: 'match'; readonly share: number }
  | { readonly kind: 'layout'; readonly problems: readonly string[] }
  | { readonly kind: 'pixels'; readonly share: number; readonly png: Buffer }
  | { readonly kind: 'error'; readonly message: string };

/** Lays out and renders the case: it matches when every box and line is within the fixture tolerance and the pixels within the browser tolerance. */
export async function compareWithBrowser({ c, dir, hasLayout }: CompatFixture): Promise<CompatOutcome> {
  try {
    const problems = hasLayout ? await fixtureProblems(c, dir, fontsOf(c)) : [];
    if (problems.length > 0) return { kind: 'layout', problems };
    const png = await render(c.element, { width: c.width, height: c.height, fonts: fontsOf(c) });
    const share = differingShare(await decodePng(png), await decodePng(readFileSync(join(dir, `${c.name}.png`))), BROWSER_TOLERANCE.threshold);
    return share > BROWSER_TOLERANCE.share ? { kind: 'pixels', share, png } : { kind: 'match', share };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
