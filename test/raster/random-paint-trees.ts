// Random element trees with paint styles (gradients, shadows, transforms, borders, text effects, images) for property tests of the paint backends.
import fc from 'fast-check';

const paintEntry = fc.oneof(
  fc.tuple(fc.constant('backgroundImage'), fc.constantFrom('linear-gradient(red, blue)', 'linear-gradient(45deg, red 10%, transparent)', 'radial-gradient(circle at 10% 20%, #fff, #000)', 'repeating-linear-gradient(90deg, red 0 5px, blue 5px 10px)', 'conic-gradient(red, blue)', 'linear-gradient(nonsense)', 'url(x.png)', 'none')),
  fc.tuple(fc.constant('boxShadow'), fc.constantFrom('0 1px 2px red', 'inset 0 0 10px 2px #0008', '1px', 'none', '0 0 0 4px currentColor, 2px 2px blue')),
  fc.tuple(fc.constant('transform'), fc.constantFrom('rotate(45deg)', 'scale(2) translate(10px, 5%)', 'skew(10deg, 5deg)', 'matrix(1,0,0,1,5,5)', 'rotate(banana)', 'none')),
  fc.tuple(fc.constantFrom('borderRadius', 'border', 'opacity', 'overflow'), fc.constantFrom('10px', '50%', '3px dashed red', '2px dotted blue', 0.5, 'hidden', '10px 20px / 5px')),
  fc.tuple(fc.constantFrom('textShadow', 'textDecoration', 'WebkitTextStroke'), fc.constantFrom('1px 1px red', 'underline wavy red', 'line-through', '2px black', 'bogus value')),
  fc.tuple(fc.constantFrom('color', 'backgroundColor'), fc.constantFrom('red', 'transparent', 'oklch(0.5 0.2 30)', '#0000')),
  fc.tuple(fc.constantFrom('position', 'zIndex'), fc.constantFrom('absolute', 'relative', 2, -1)),
);
const imageNode = fc.record({ type: fc.constant('img'), props: fc.record({ src: fc.constant('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), width: fc.constant(20), height: fc.constant(20), style: fc.record({ objectFit: fc.constantFrom('cover', 'contain', 'none', 'scale-down', 'fill', 'weird'), objectPosition: fc.constantFrom('left top', '10px 20%', 'center', 'nowhere') }) }) });
const style = fc.array(paintEntry, { maxLength: 5 }).map((entries) => ({ width: 40, height: 30, ...Object.fromEntries(entries) }));
const node = fc.record({ type: fc.constant('div'), props: fc.record({ style, children: fc.constantFrom('Text', ['a', 'b'], undefined) }) });
export const paintTree = fc.record({ type: fc.constant('div'), props: fc.record({ style: fc.constant({ width: 200, height: 120, flexWrap: 'wrap' }), children: fc.array(fc.oneof(node, imageNode), { maxLength: 5 }) }) });
