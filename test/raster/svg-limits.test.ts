// SVG images: every expensive feature is bounded before Skia draws it, with a coded 422 naming the feature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { svgCost, SVG_LIMITS } from '../../src/raster/svg/svg-limits.js';
import { SVG_BOMBS, svgDataUrl, turbulenceBomb } from '../helpers/svg-bombs.js';

const card = (src: string, width = 1200, height = 630) => ({ type: 'div', props: { style: { width, height, display: 'flex' }, children: { type: 'img', props: { src, width, height } } } });

describe('SVG images', () => {
  it.each(Object.entries(SVG_BOMBS))('refuses %s at once with SVG_TOO_COMPLEX naming it', async (_name, bomb) => {
    const started = performance.now();
    const error = await render(card(svgDataUrl(bomb.svg)), { width: 1200, height: 630 }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('SVG_TOO_COMPLEX');
    expect((error as OgsmithError).message).toContain(bomb.names);
    // Drawn, such a bomb keeps Skia busy for tens of seconds; refused, it costs a header parse (the bound is loose for loaded CI machines).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses the same bomb as a background image', async () => {
    const element = { type: 'div', props: { style: { width: 600, height: 300, backgroundImage: `url(${svgDataUrl(turbulenceBomb(40))})` } } };
    const error = await render(element, { width: 600, height: 300 }).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('SVG_TOO_COMPLEX');
  });

  it('refuses a bounded filter drawn too often: a tiny filtered tile repeated over the card', async () => {
    const tile = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><filter id="f"><feTurbulence numOctaves="8"/><feGaussianBlur stdDeviation="3"/></filter><rect width="8" height="8" filter="url(#f)"/></svg>';
    const element = { type: 'div', props: { style: { width: 1200, height: 630, backgroundImage: `url(${svgDataUrl(tile)})`, backgroundSize: '12px 12px' } } };
    const error = await render(element, { width: 1200, height: 630 }).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('SVG_TOO_COMPLEX');
    expect((error as OgsmithError).message).toContain('work units');
  });

  it('draws ordinary SVGs: a filter within the bounds, uses, patterns and gradients', async () => {
    const ordinary = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><defs><filter id="f" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="4"/><feOffset dx="2" dy="2"/></filter>
      <pattern id="p" width="10" height="10" patternUnits="userSpaceOnUse"><circle cx="5" cy="5" r="3" fill="red"/></pattern><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient>
      <g id="dot"><circle r="4" fill="url(#g)"/></g></defs><rect width="120" height="60" fill="url(#p)" filter="url(#f)"/><use href="#dot" x="20" y="20"/><use xlink:href="#dot" x="40" y="20" xmlns:xlink="http://www.w3.org/1999/xlink"/></svg>`;
    const png = await render(card(svgDataUrl(ordinary), 240, 120), { width: 240, height: 120 });
    expect(png.byteLength).toBeGreaterThan(100);
    const flag = new Uint8Array(readFileSync(new URL('../fixtures/images/flag.svg', import.meta.url)));
    expect(svgCost(flag).filterPasses).toBe(0);
  });

  it('counts a filter once per use, and not where it is defined', () => {
    const once = svgCost(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><filter id="f"><feGaussianBlur stdDeviation="1"/></filter><rect filter="url(#f)"/></svg>'));
    const thrice = svgCost(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><filter id="f"><feGaussianBlur stdDeviation="1"/></filter><rect filter="url(#f)"/><rect filter="url(#f)"/><rect filter="url(#f)"/></svg>'));
    expect(once.filterPasses).toBe(4);
    expect(thrice.filterPasses).toBe(12);
    expect(SVG_LIMITS.maxTurbulenceOctaves).toBeLessThan(255);
  });

  it('reads UTF-16 SVG (with a byte-order mark) like UTF-8', () => {
    const bomb = SVG_BOMBS['feTurbulence numOctaves']!.svg;
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bomb, 'utf16le')]));
    expect(() => svgCost(utf16)).toThrow(expect.objectContaining({ code: 'SVG_TOO_COMPLEX' }) as Error);
  });

  it('refuses malformed SVG as INVALID_IMAGE', () => {
    expect(() => svgCost(new TextEncoder().encode('<svg><rect></svg>'))).toThrow(expect.objectContaining({ code: 'INVALID_IMAGE' }) as Error);
  });
});
