// textFit through layout(): the chosen size fits and the next step does not, flex items, spans, clamping, warnings, values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout, type LayoutBox, type LayoutText } from '../../../src/index.js';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { FIT_STEP } from '../../../src/layout/fit/fit-search.js';

const el = (type: string, style: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { style, children } });
const WORDS = ['fit', 'the', 'headline', 'into', 'its', 'card', 'Open', 'Graph', 'images', 'typography', 'a', 'unbreakablewordthatislong', 'ogsmith', 'layout'];
const page = { width: 1200, height: 630 };

/** Lays the text out at a plain font size and says whether it fits width × height within maxLines. */
async function fitsPlainly(text: string, fontSize: number, width: number, height: number, maxLines: number, extra: Record<string, unknown>): Promise<boolean> {
  // Autofit scales letter-spacing in px with the text (as the CSS text-fit proposal does).
  const spacing = typeof extra.letterSpacing === 'number' ? { letterSpacing: (extra.letterSpacing * fontSize) / 40 } : {};
  const result = await layout(el('div', { display: 'block', width, fontSize, ...extra, ...spacing }, text), page);
  const lines = (result.root.children[0] as LayoutText).lines;
  return lines.length <= maxLines && result.root.height <= height + 1e-6 && lines.every((l) => l.x >= -1e-6 && l.x + l.width <= width + 1e-6);
}

describe('textFit', () => {
  it('chooses a size at which the text fits, while one step more does not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 120, max: 900 }),
        fc.integer({ min: 40, max: 500 }),
        fc.constantFrom<Record<string, unknown>>({}, { letterSpacing: '0.05em' }, { lineHeight: 1.1 }, { lineHeight: '40px', letterSpacing: -1 }),
        async (words, width, height, extra) => {
          const text = words.join(' ');
          const result = await layout(el('div', { display: 'block', width, height, fontSize: 40, textFit: 'both', textFitMinSize: 10, textFitMaxSize: 200, ...extra }, text), page);
          const fit = result.root.textFit!;
          if (!fit.fits) {
            expect(fit.fontSize).toBe(10);
            expect(await fitsPlainly(text, 10, width, height, Infinity, extra)).toBe(false);
            expect(result.warnings.join()).toContain('TEXT_FIT_CLAMPED');
            return;
          }
          expect(result.warnings).toEqual([]);
          expect(await fitsPlainly(text, fit.fontSize, width, height, Infinity, extra)).toBe(true);
          if (fit.fontSize < 200) expect(await fitsPlainly(text, fit.fontSize + FIT_STEP, width, height, Infinity, extra)).toBe(false);
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });

  it('is deterministic', async () => {
    const card = el('div', { width: 600, height: 300, fontSize: 50, textFit: 'both' }, 'The same title twice gives the same layout');
    expect(JSON.stringify(await layout(card, page))).toBe(JSON.stringify(await layout(structuredClone(card), page)));
  });

  it('fits text directly inside a flex item that grows in a column card', async () => {
    const card = el(
      'div',
      { width: 1200, height: 630, padding: 60, boxSizing: 'border-box', flexDirection: 'column' },
      el('div', { flexGrow: 1, fontSize: 48, textFit: 'both', alignItems: 'center' }, 'Short title'),
      el('div', { height: 80, fontSize: 24 }, 'footer'),
    );
    const result = await layout(card, page);
    const title = result.root.children[0] as LayoutBox;
    expect(title.height).toBe(630 - 120 - 80);
    const line = (title.children[0] as LayoutText).lines[0]!;
    expect(title.textFit!.fontSize).toBeGreaterThan(150);
    expect(line.x + line.width).toBeLessThanOrEqual(1140 + 1e-6);
    expect(line.width).toBeGreaterThan(1080 - 1080 * 0.05);
  });

  it('shrinks spans, letter-spacing and padding boxes together with the text', async () => {
    const element = el('div', { display: 'block', width: 400, height: 100, padding: 10, fontSize: 60, textFit: 'shrink', letterSpacing: 2 }, 'Release ', el('span', { fontWeight: 700, padding: '0 8px', backgroundColor: 'red' }, 'v2.0'), ' is out today with many new things');
    const result = await layout(element, page);
    const fit = result.root.textFit!;
    expect(fit.fits).toBe(true);
    expect(fit.fontSize).toBeLessThan(60);
    const lines = [result.root.children[0], (result.root.children[1] as LayoutBox).children[0], result.root.children[2]].flatMap((t) => (t as LayoutText).lines);
    for (const line of lines) {
      expect(line.x + line.width).toBeLessThanOrEqual(410 + 1e-6);
      expect(line.y + line.height).toBeLessThanOrEqual(110 + 1e-6);
    }
  });

  it('grows only up to textFitMaxSize and respects textFitMaxLines', async () => {
    const grow = await layout(el('div', { display: 'block', width: 800, fontSize: 20, textFit: 'grow', textFitMaxSize: 64 }, 'Hi'), page);
    expect(grow.root.textFit).toEqual({ fontSize: 64, fits: true });
    const twoLines = await layout(el('div', { display: 'block', width: 500, fontSize: 80, textFit: 'shrink', textFitMaxLines: 2 }, 'A title that would need three or four lines at its specified size'), page);
    expect((twoLines.root.children[0] as LayoutText).lines).toHaveLength(2);
  });

  it('clamps with an ellipsis and warns when even the minimum size overflows', async () => {
    const result = await layout(el('div', { width: 300, height: 60, fontSize: 40, textFit: 'shrink', textFitMinSize: 24 }, 'Far too many words for such a small box to hold at the minimum size'), page);
    expect(result.root.textFit).toEqual({ fontSize: 24, fits: false });
    const lines = (result.root.children[0] as LayoutText).lines;
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[lines.length - 1]!.text.endsWith('…')).toBe(true);
    expect(lines[lines.length - 1]!.y + lines[lines.length - 1]!.height).toBeLessThanOrEqual(60);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^TEXT_FIT_CLAMPED: .*300px × 60px.*24px.*root/);
  });

  it('cuts an unbreakable word with an ellipsis when it is too wide at the minimum', async () => {
    const result = await layout(el('div', { width: 200, height: 100, fontSize: 40, textFit: 'shrink', textFitMinSize: 30 }, 'Pneumonoultramicroscopic'), page);
    const line = (result.root.children[0] as LayoutText).lines[0]!;
    expect(line.text.endsWith('…')).toBe(true);
    expect(line.x + line.width).toBeLessThanOrEqual(200 + 1e-6);
  });

  it('per-line: every line fills the width with its own size, within the height', async () => {
    const text = 'The quick brown fox jumps over the lazy dog and keeps running';
    const result = await layout(el('div', { display: 'block', width: 600, fontSize: 48, textFit: 'both per-line' }, text), page);
    const fit = result.root.textFit!;
    const lines = (result.root.children[0] as LayoutText).lines;
    expect(fit.lineFontSizes).toHaveLength(lines.length);
    expect(new Set(fit.lineFontSizes).size).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.x + line.width).toBeLessThanOrEqual(600 + 1e-6);
      expect(line.width).toBeGreaterThan(600 - 8);
    }
    const short = await layout(el('div', { display: 'block', width: 600, height: 300, fontSize: 48, whiteSpace: 'pre-line', textFit: 'both per-line' }, 'Big\nand small lines\nhere'), page);
    const shortLines = (short.root.children[0] as LayoutText).lines;
    expect(shortLines.map((l) => l.text)).toEqual(['Big', 'and small lines', 'here']);
    const last = shortLines[2]!;
    expect(last.y + last.height).toBeLessThanOrEqual(300 + 1e-6);
    // Too tall at their natural sizes: the largest lines are capped, so no line is bigger than the cap.
    const sizes = short.root.textFit!.lineFontSizes!;
    expect(Math.max(...sizes)).toBeLessThan(150);
    expect(sizes[0]).toBe(Math.max(...sizes));
  });

  it('per-line clamps to the lines that fit when even the smallest sizes are too tall', async () => {
    const result = await layout(el('div', { display: 'block', width: 300, height: 70, fontSize: 40, whiteSpace: 'pre-line', textFit: 'shrink per-line', textFitMinSize: 30 }, 'One\ntwo\nthree\nfour'), page);
    expect(result.root.textFit!.fits).toBe(false);
    const lines = (result.root.children[0] as LayoutText).lines;
    expect(lines.length).toBeLessThan(4);
    expect(lines[lines.length - 1]!.text.endsWith('…')).toBe(true);
    expect(result.warnings[0]).toMatch(/^TEXT_FIT_CLAMPED/);
  });

  it('fits a title stretched in a row next to an image, to the row height', async () => {
    const image = { type: 'img', props: { src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', width: 120, height: 120 } };
    const row = await layout(el('div', { width: 800, height: 300, gap: 20 }, image, el('div', { flexGrow: 1, fontSize: 30, textFit: 'both' }, 'A headline beside an avatar')), page);
    const title = row.root.children[1] as LayoutBox;
    expect(title.height).toBe(300);
    expect(title.width).toBe(660);
    const lines = (title.children[0] as LayoutText).lines;
    expect(title.textFit!.fontSize).toBeGreaterThan(60);
    for (const line of lines) expect(line.x + line.width).toBeLessThanOrEqual(title.x + 660 + 1e-6);
  });

  it('never picks a smaller size in a larger box', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 20 }), fc.integer({ min: 100, max: 600 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 40, max: 300 }), fc.integer({ min: 0, max: 200 }), async (words, width, dw, height, dh) => {
        const size = async (w: number, h: number) => (await layout(el('div', { width: w, height: h, fontSize: 40, textFit: 'both', textFitMinSize: 8, textFitMaxSize: 200 }, words.join(' ')), page)).root.textFit!.fontSize;
        expect(await size(width + dw, height + dh)).toBeGreaterThanOrEqual(await size(width, height));
      }),
      { numRuns: 20, seed: 5 },
    );
  });

  it('keeps the specified size for an empty paragraph', async () => {
    for (const textFit of ['both', 'both per-line']) {
      const result = await layout(el('div', { display: 'block', width: 300, height: 100, fontSize: 30, textFit, textFitMaxSize: 60 }, ''), page);
      expect(Number.isFinite(result.root.textFit!.fontSize), textFit).toBe(true);
      expect(result.warnings).toEqual([]);
    }
  });

  it('fills a centring card with width: 100% and maxHeight: 100% (the recipe in docs/autofit.md)', async () => {
    const card = (text: string) => el('div', { width: 1200, height: 630, padding: 60, boxSizing: 'border-box', alignItems: 'center', justifyContent: 'center' }, el('div', { fontSize: 64, textFit: 'both', width: '100%', maxHeight: '100%' }, text));
    const short = (await layout(card('Short'), page)).root.children[0] as LayoutBox;
    expect(short.textFit!.fontSize).toBeGreaterThan(300);
    const long = (await layout(card(WORDS.join(' ').repeat(3)), page)).root.children[0] as LayoutBox;
    expect(long.textFit!.fontSize).toBeLessThan(64);
    expect(long.height).toBeLessThanOrEqual(510);
  });

  it('warns once when textFit is set on an inline span', async () => {
    const result = await layout(el('div', { display: 'block', width: 300 }, 'A ', el('span', { textFit: 'shrink' }, 'span'), ' inside'), page);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^TEXT_FIT_IGNORED: .*inline element.*span/);
  });

  it('warns when the box holds no text of its own', async () => {
    const result = await layout(el('div', { width: 300, textFit: 'shrink' }, el('div', {}, 'a'), el('div', {}, 'b')), page);
    expect(result.warnings[0]).toMatch(/^TEXT_FIT_IGNORED/);
    expect(result.root.textFit).toBeUndefined();
  });

  it.each([
    ['textFit', 'squeeze'],
    ['textFit', 'none per-line'],
    ['textFitMinSize', '-3px'],
    ['textFitMaxSize', '50%'],
    ['textFitMaxLines', 0],
    ['textFitMaxLines', 1.5],
  ])('refuses %s: %j with INVALID_STYLE_VALUE', async (name, value) => {
    const error = await layout(el('div', { [name]: value }, 'x'), page).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).code).toBe('INVALID_STYLE_VALUE');
    expect((error as OgsmithError).message).toContain(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  });
});
