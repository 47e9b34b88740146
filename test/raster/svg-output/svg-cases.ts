// The render golden cases with approved images, rendered to SVG and rasterised by resvg for comparison with the approved canvas PNGs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { SaxesParser } from 'saxes';
import { render } from '../../../src/index.js';
import { decodePng, differingShare } from '../../golden/render/image-diff.js';
import { fontsOf, loadOracleCases, repositoryRoot as root } from '../../helpers/oracle-cases.js';
import type { OracleCase } from '../../layout/compare-layout.js';

/** Every case render.test.ts compares with an approved image: the paint cases and the realistic cards. */
export function approvedCases(): OracleCase[] {
  const paint = loadOracleCases(join(root, 'test/golden/render/browser'));
  const cards = loadOracleCases(join(root, 'test/golden/layout/fixtures')).filter((c) => c.name.startsWith('card-'));
  return [...paint, ...cards];
}

export async function renderSvg(c: OracleCase): Promise<Buffer> {
  return render(c.element, { width: c.width, height: c.height, fonts: fontsOf(c), format: 'svg' });
}

/** resvg's PNG of an SVG at its own size (text is paths, so no fonts are needed). */
export function rasterise(svg: Buffer): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The first XML well-formedness error saxes reports, or null. */
export function xmlError(svg: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => (error ??= e.message));
  parser.write(svg).close();
  return error;
}

/** Share of pixels of the rasterised SVG that differ from the approved PNG by more than `threshold`. */
export async function shareAgainstApproved(name: string, png: Buffer, threshold: number): Promise<number> {
  const approved = readFileSync(join(root, 'test/golden/render/approved', `${name}.png`));
  return differingShare(await decodePng(png), await decodePng(approved), threshold);
}
