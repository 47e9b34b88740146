// Property test: random element trees never make layout() throw anything but a coded, non-internal error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/index.js';
import { OgsmithError } from '../../../src/errors/catalogue.js';

const lengthValue = fc.oneof(
  fc.integer({ min: -50, max: 900 }),
  fc.constantFrom('auto', '50%', '10em', '2rem', '10vw', 'calc(100% - 20px)', '0', 'none', '12 apples', '', 'inherit', 'var(--w, 40px)'),
);
const styleEntry = fc.oneof(
  fc.tuple(fc.constantFrom('width', 'height', 'minWidth', 'maxWidth', 'minHeight', 'maxHeight', 'padding', 'margin', 'gap', 'flexBasis', 'top', 'left', 'fontSize', 'letterSpacing', 'lineHeight', 'borderWidth'), lengthValue),
  fc.tuple(fc.constant('display'), fc.constantFrom('flex', 'block', 'inline', 'none', 'grid', 'inline-block', 'inline-flex', 'inline-grid')),
  fc.tuple(fc.constant('flexDirection'), fc.constantFrom('row', 'column', 'row-reverse', 'column-reverse', 'sideways')),
  fc.tuple(fc.constant('flexWrap'), fc.constantFrom('wrap', 'nowrap', 'wrap-reverse')),
  fc.tuple(fc.constantFrom('justifyContent', 'alignItems', 'alignSelf', 'alignContent'), fc.constantFrom('center', 'flex-start', 'flex-end', 'space-between', 'stretch', 'baseline', 'space-evenly', 'bogus')),
  fc.tuple(fc.constantFrom('flexGrow', 'flexShrink', 'order', 'aspectRatio', 'opacity'), fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant('16 / 9'))),
  fc.tuple(fc.constant('position'), fc.constantFrom('relative', 'absolute', 'static', 'sticky')),
  fc.tuple(fc.constant('whiteSpace'), fc.constantFrom('normal', 'pre', 'nowrap', 'pre-wrap', 'pre-line')),
  fc.tuple(fc.constantFrom('wordBreak', 'overflowWrap', 'textAlign', 'textTransform'), fc.constantFrom('break-all', 'keep-all', 'anywhere', 'break-word', 'center', 'justify', 'uppercase', 'x')),
  fc.tuple(fc.constantFrom('color', 'backgroundColor', 'border'), fc.constantFrom('red', '#0f08', 'rgb(1 2 3 / 50%)', '2px solid oklch(0.7 0.1 200)', 'notacolor')),
  fc.tuple(fc.constant('boxSizing'), fc.constantFrom('border-box', 'content-box')),
  fc.tuple(fc.constant('float'), fc.constant('left')),
  fc.tuple(fc.constantFrom('gridTemplateColumns', 'gridTemplateRows', 'gridAutoRows'), fc.constantFrom('1fr 2fr', 'repeat(auto-fill, minmax(40px, 1fr))', 'repeat(3, auto)', 'min-content 10%', 'fit-content(30px) 1fr', 'none', 'subgrid', '1fr -2px')),
  fc.tuple(fc.constantFrom('gridColumn', 'gridRow', 'gridArea'), fc.oneof(fc.integer({ min: -4, max: 4 }), fc.constantFrom('span 2', '1 / -1', 'a', '2 / span 9999', 'span 0'))),
  fc.tuple(fc.constantFrom('gridTemplateAreas', 'gridAutoFlow', 'justifyItems', 'verticalAlign'), fc.constantFrom('"a a" "b c"', 'column dense', 'center', 'middle', 'super', '20%', '-3px', 'bogus')),
  fc.tuple(fc.constant('textFit'), fc.constantFrom('shrink', 'grow', 'both', 'both per-line', 'grow per-line', 'none', 'squeeze')),
  fc.tuple(fc.constantFrom('textFitMinSize', 'textFitMaxSize'), lengthValue),
  fc.tuple(fc.constantFrom('textFitMaxLines', 'lineClamp'), fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant('none'))),
  fc.tuple(fc.constantFrom('hyphens', 'textWrap', 'textOverflow', 'overflow'), fc.constantFrom('auto', 'none', 'manual', 'balance', 'pretty', 'ellipsis', 'hidden', '"…more"')),
);
const style = fc.array(styleEntry, { maxLength: 6 }).map((entries) => Object.fromEntries(entries));
const text = fc.oneof(fc.constantFrom('Hello world', 'state-of-the-art', ' spaced  out ', 'Averylongunbreakablewordthatneverends', '\n', '', 'naïve café 123', 'hy\u00adphen\u00adated internationalization'), fc.string({ maxLength: 20 }));

type Tree = unknown;
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({ type: fc.constantFrom('div', 'span', 'p', 'h1', 'img', 'table'), props: fc.record({ style, children: fc.array(tie('node'), { maxLength: 4 }) }) }),
  ),
})).node;
const rootElement = fc.record({ type: fc.constantFrom('div', 'span', 'section'), props: fc.record({ style, children: fc.array(tree, { maxLength: 4 }) }) });

describe('layout() on random trees', () => {
  it('returns a result or throws a coded error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(rootElement, fc.boolean(), async (element, strict) => {
        try {
          const result = await layout(element, { width: 600, height: 400, strict });
          expect(Number.isFinite(result.root.width) && Number.isFinite(result.root.height)).toBe(true);
        } catch (error) {
          if (!(error instanceof OgsmithError)) throw error;
          expect(error.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
