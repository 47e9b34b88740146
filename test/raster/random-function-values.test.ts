// Property test: function-like values (`foo(1px)`, `rgb(1px)`, `calc(`…) in every colour, length and paint property give a coded error or an image, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { LONGHANDS, PAINT_PROPERTIES } from '../../src/layout/style/longhands.js';

const SHORTHANDS = ['margin', 'padding', 'inset', 'borderWidth', 'borderColor', 'border', 'borderTop', 'borderRight', 'borderBottom', 'borderLeft', 'borderRadius', 'flex', 'gap', 'font', 'background', 'outline'];
const PROPERTIES = [...Object.keys(LONGHANDS), ...PAINT_PROPERTIES, ...SHORTHANDS];

const FUNCTION_NAMES = ['foo', 'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'device-cmyk', 'light-dark', 'calc', 'min', 'max', 'clamp', 'var', 'env', 'attr', 'url', 'linear-gradient', 'radial-gradient', 'conic-gradient', 'drop-shadow', 'blur', 'rotate', 'translate', 'scale', 'matrix', 'fit-content', 'repeat', 'image-set', ''];
const ARGUMENT_TOKENS = ['1px', '0', '-1', '50%', '1e309', 'NaN', 'none', 'red', 'currentColor', '#fff', '1deg', '2em', 'from', 'srgb', '/', ',', '(', ')', '--x', 'auto', '', ' ', '1px 2px', 'var(--x)', 'calc(1px + )', 'foo(1px)'];

const argument = fc.array(fc.constantFrom(...ARGUMENT_TOKENS), { maxLength: 5 }).map((tokens) => tokens.join(' '));
const functionValue: fc.Arbitrary<string> = fc.letrec<{ fn: string }>((tie) => ({
  fn: fc.tuple(fc.constantFrom(...FUNCTION_NAMES), fc.array(fc.oneof({ depthSize: 'small' }, argument, tie('fn')), { maxLength: 3 }), fc.constantFrom(',', ' ', ' / '), fc.constantFrom(')', '', '))'))
    .map(([name, args, separator, close]) => `${name}(${args.join(separator)}${close}`),
})).fn;
// The function alone, or where a colour or length sits inside a larger value (border, shadow, gradient, filter).
const value = fc.oneof(
  functionValue,
  fc.tuple(fc.constantFrom('2px solid', '0 0 2px', '1px 1px', 'underline wavy', 'inset 0 0 4px', '10px', 'bold 12px'), functionValue).map(([before, fn]) => `${before} ${fn}`),
  fc.tuple(functionValue, fc.constantFrom('2px', 'solid', 'red', '/ 2px')).map(([fn, after]) => `${fn} ${after}`),
  functionValue.map((fn) => `linear-gradient(${fn}, red)`),
  functionValue.map((fn) => `drop-shadow(0 0 1px ${fn})`),
);

describe('render() on function-like style values', () => {
  it('throws only coded, non-internal errors (or renders) for every property', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROPERTIES), value, fc.boolean(), async (property, css, strict) => {
        const element = { type: 'div', props: { style: { width: 60, height: 40, display: 'flex' }, children: [{ type: 'div', props: { style: { [property]: css }, children: 'Ag' } }] } };
        try {
          const png = await render(element, { width: 60, height: 40, strict });
          expect(png.subarray(1, 4).toString()).toBe('PNG');
        } catch (error) {
          if (!(error instanceof OgsmithError)) throw error;
          expect(error.code, `${property}: ${css}`).not.toBe('INTERNAL');
          expect(error.status, `${property}: ${css}`).toBeLessThan(500);
        }
      }),
      { numRuns: 1500, seed: 20261206 },
    );
  });

  it('refuses color: foo(1px) with INVALID_STYLE_VALUE (the colour parser threw: 500 INTERNAL)', async () => {
    for (const css of ['foo(1px)', 'rgb(1px)', 'lab(1px 2 3)']) {
      const error = await render({ type: 'div', props: { style: { width: 10, height: 10, color: css } } }, { width: 10, height: 10 }).then(() => null, (e: unknown) => e);
      expect(error, css).toBeInstanceOf(OgsmithError);
      expect((error as OgsmithError).code).toBe('INVALID_STYLE_VALUE');
    }
  });
});
