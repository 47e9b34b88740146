// SVG documents to vector scenes: sizes, transforms, shapes, the style cascade, gradients with href inheritance, use/symbol, clips, images and coded refusals.
import { describe, expect, it } from 'vitest';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { parseTransform, viewBoxMatrix } from '../../../src/raster/vector/matrix.js';
import { parseSvgScene } from '../../../src/raster/vector/parse-svg.js';
import type { VectorCommand, VectorScene } from '../../../src/raster/vector/scene.js';
import { SVG_LIMITS } from '../../../src/raster/svg/svg-limits.js';

const encoder = new TextEncoder();
const scene = (body: string, attributes = 'width="100" height="100"'): VectorScene => parseSvgScene(encoder.encode(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>${body}</svg>`));
const commands = (body: string): readonly VectorCommand[] => scene(body).commands;
const only = <Op extends VectorCommand['op']>(list: readonly VectorCommand[], op: Op): Extract<VectorCommand, { op: Op }>[] => list.filter((c): c is Extract<VectorCommand, { op: Op }> => c.op === op);
const close = (values: readonly number[]): number[] => values.map((v) => Math.round(v * 1e6) / 1e6 + 0);

function refusal(body: string): OgsmithError {
  try {
    scene(body);
  } catch (error) {
    if (error instanceof OgsmithError) return error;
    throw error;
  }
  throw new Error('expected the SVG to be refused');
}

describe('parseSvgScene: size and viewBox', () => {
  it('takes width and height, a missing one from the viewBox ratio, and fits a viewBox alone into 300×150 as browsers do', () => {
    expect(scene('', 'width="64pt" height="2in"')).toMatchObject({ width: 64 * (96 / 72), height: 192 });
    expect(scene('', 'width="50" viewBox="0 0 10 20"')).toMatchObject({ width: 50, height: 100 });
    expect(scene('', 'viewBox="0 0 36 36"')).toMatchObject({ width: 150, height: 150 });
    expect(scene('', 'viewBox="0 0 400 100"')).toMatchObject({ width: 300, height: 75 });
    expect(scene('', '')).toMatchObject({ width: 300, height: 150 });
  });

  it('maps the viewBox into every command matrix with preserveAspectRatio', () => {
    const [fill] = only(scene('<rect width="10" height="10"/>', 'width="100" height="50" viewBox="0 0 10 10"').commands, 'fill');
    expect(close(fill!.matrix)).toEqual([5, 0, 0, 5, 25, 0]);
    expect(close(viewBoxMatrix({ x: 0, y: 0, width: 10, height: 10 }, 0, 0, 100, 50, 'xMinYMax slice'))).toEqual([10, 0, 0, 10, 0, -50]);
    expect(close(viewBoxMatrix({ x: 5, y: 5, width: 10, height: 10 }, 0, 0, 100, 50, 'none'))).toEqual([10, 0, 0, 5, -50, -25]);
  });
});

describe('transforms', () => {
  it('parses every transform function, separated by spaces or commas, applied left to right', () => {
    expect(close(parseTransform('translate(10) scale(2, 3)', 'g'))).toEqual([2, 0, 0, 3, 10, 0]);
    expect(close(parseTransform('matrix(1 2 3 4 5 6)', 'g'))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(close(parseTransform('rotate(90 10 10)', 'g'))).toEqual([0, 1, -1, 0, 20, 0]);
    expect(close(parseTransform('skewX(45),skewY(45)', 'g'))).toEqual([2, 1, 1, 1, 0, 0]);
    expect(close(parseTransform('scale(2)translate(1,1)', 'g'))).toEqual([2, 0, 0, 2, 2, 2]);
  });

  it('refuses a transform it cannot parse with SVG_UNSUPPORTED naming the element and the text', () => {
    const error = refusal('<rect transform="rotate(45deg)" width="1" height="1"/>');
    expect(error.code).toBe('SVG_UNSUPPORTED');
    expect(error.message).toContain('<rect>');
    expect(error.message).toContain('rotate(45deg)');
  });

  it('refuses transforms whose product overflows to a non-finite matrix', () => {
    expect(refusal('<g transform="scale(1e200)"><rect transform="scale(1e200)" width="1" height="1"/></g>').message).toContain('not finite');
  });

  it('composes group, element and nested svg transforms', () => {
    const [fill] = only(commands('<g transform="translate(10 20)"><svg x="5" y="5" width="20" height="20" viewBox="0 0 10 10"><rect transform="scale(2)" width="1" height="1"/></svg></g>'), 'fill');
    expect(close(fill!.matrix)).toEqual([4, 0, 0, 4, 15, 25]);
  });
});

describe('shapes', () => {
  it('clamps rect radii to half the sides and lets a missing radius take the other', () => {
    const [fill] = only(commands('<rect width="20" height="10" rx="8"/>'), 'fill');
    // The path starts at (x + rx, y) with rx 8 and ry min(8, 5) = 5: its first corner ends at (20, 5).
    expect(Array.from(fill!.path.points.slice(0, 2))).toEqual([8, 0]);
    expect(Array.from(fill!.path.points.slice(8, 10))).toEqual([20, 5]);
  });

  it('draws nothing for a zero-size rect, circle or ellipse, and no fill for a line', () => {
    expect(commands('<rect width="0" height="10"/><circle r="0"/><ellipse rx="5" ry="0"/><line x2="10" fill="red"/>')).toEqual([]);
    expect(only(commands('<line x2="10" stroke="red"/>'), 'stroke')).toHaveLength(1);
  });

  it('reads polyline and polygon points up to an odd count, closing only a polygon', () => {
    const [poly] = only(commands('<polygon points="0,0 10,0 10,10 5"/>'), 'fill');
    expect(Array.from(poly!.path.verbs)).toEqual([0, 1, 1, 4]);
    const [line] = only(commands('<polyline points="0 0 10 0 10 10" fill="none" stroke="red"/>'), 'stroke');
    expect(Array.from(line!.path.verbs)).toEqual([0, 1, 1]);
  });
});

describe('the style cascade', () => {
  it('lets the style attribute win over presentation attributes and inherits fill and stroke properties', () => {
    const [fill, stroke] = commands('<g fill="red" stroke="blue" stroke-width="3" stroke-dasharray="1 2 3" stroke-linecap="round"><rect width="10" height="10" fill="green" style="fill: #00f8; stroke-opacity: .5 !important"/></g>');
    expect(fill).toMatchObject({ op: 'fill', paint: { kind: 'solid', color: { r: 0, g: 0, b: 255, a: 0x88 / 255 } } });
    expect(stroke).toMatchObject({ op: 'stroke', paint: { color: { r: 0, g: 0, b: 255, a: 0.5 } }, stroke: { width: 3, cap: 'round', dashes: [1, 2, 3, 1, 2, 3] } });
  });

  it('ignores values that do not parse (the inherited value stays) and resolves currentColor from the color property', () => {
    const [fill] = commands('<g fill="red" color="lime"><rect width="1" height="1" fill="not-a-colour"/><rect width="1" height="1" fill="currentColor"/></g>');
    expect(fill).toMatchObject({ paint: { color: { r: 255, g: 0, b: 0 } } });
    expect(commands('<g fill="red" color="lime"><rect width="1" height="1" fill="currentColor"/></g>')[0]).toMatchObject({ paint: { color: { r: 0, g: 255, b: 0 } } });
  });

  it('skips display:none subtrees and hidden shapes but draws a visible child of a hidden group', () => {
    const drawn = commands('<g style="display:none"><rect width="1" height="1"/></g><g visibility="hidden"><rect width="2" height="2"/><rect width="3" height="3" visibility="visible"/></g>');
    expect(drawn).toHaveLength(1);
    expect(Array.from(only(drawn, 'fill')[0]!.path.points.slice(2, 4))).toEqual([3, 0]);
  });

  it('folds opacity into a single paint, and groups a shape with both fill and stroke', () => {
    expect(commands('<rect width="1" height="1" opacity=".5" fill-opacity=".5"/>')).toEqual([expect.objectContaining({ op: 'fill', paint: { kind: 'solid', color: { r: 0, g: 0, b: 0, a: 0.25 } } })]);
    expect(commands('<rect width="1" height="1" opacity=".5" stroke="red"/>').map((c) => c.op)).toEqual(['pushGroup', 'fill', 'stroke', 'popGroup']);
    expect(commands('<g opacity="0.4"><rect width="1" height="1"/></g>')[0]).toEqual({ op: 'pushGroup', opacity: 0.4, clip: null, mask: null });
    expect(commands('<g opacity="0"><rect width="1" height="1"/></g>')).toEqual([]);
  });
});

describe('gradients', () => {
  const defs = `<defs>
    <linearGradient id="base" x1="10%" spreadMethod="reflect" gradientTransform="rotate(90)"><stop offset="-1" stop-color="red"/><stop offset="0.2" style="stop-color: blue; stop-opacity: 0.5"/><stop offset="0.1" stop-color="lime"/></linearGradient>
    <linearGradient id="child" href="#base" x2="50%"/>
    <linearGradient id="own" xlink:href="#base" gradientUnits="userSpaceOnUse"><stop offset="1" stop-color="black"/><stop offset="1" stop-color="white"/></linearGradient>
    <radialGradient id="radial" fx="0.25"><stop offset="0" stop-color="white"/><stop offset="1" stop-color="black"/></radialGradient>
  </defs>`;

  it('inherits attributes and stops through href, resolving bounding-box units and gradientTransform into the matrix', () => {
    const [fill] = only(commands(`${defs}<rect x="10" y="20" width="50" height="40" fill="url(#child)" fill-opacity="0.5"/>`), 'fill');
    expect(fill!.paint).toMatchObject({ kind: 'linear', x1: 0.1, y1: 0, x2: 0.5, y2: 0, spread: 'reflect' });
    expect(close(fill!.paint.kind === 'linear' ? fill!.paint.matrix : [])).toEqual([0, 40, -50, 0, 10, 20]);
    // Offsets are clamped to 0..1 and made non-decreasing; stop-opacity and fill-opacity multiply alpha.
    expect(fill!.paint.kind === 'linear' && fill!.paint.stops).toEqual([
      { offset: 0, color: { r: 255, g: 0, b: 0, a: 0.5 } },
      { offset: 0.2, color: { r: 0, g: 0, b: 255, a: 0.25 } },
      { offset: 0.2, color: { r: 0, g: 255, b: 0, a: 0.5 } },
    ]);
  });

  it('keeps its own stops over inherited ones and uses user space units with the viewport for percentages', () => {
    const [fill] = only(commands(`${defs}<rect width="50" height="40" fill="url(#own)"/>`), 'fill');
    expect(fill!.paint).toMatchObject({ kind: 'linear', x1: 10, x2: 100, stops: [{ offset: 1 }, { offset: 1 }] });
    expect(close(fill!.paint.kind === 'linear' ? fill!.paint.matrix : [])).toEqual([0, 1, -1, 0, 0, 0]);
  });

  it('defaults the radial focus to the centre per axis', () => {
    const [fill] = only(commands(`${defs}<rect width="10" height="10" fill="url(#radial)"/>`), 'fill');
    expect(fill!.paint).toMatchObject({ kind: 'radial', cx: 0.5, cy: 0.5, r: 0.5, fx: 0.25, fy: 0.5, fr: 0 });
  });

  it('paints nothing for a bounding-box gradient on a zero-height shape and uses the fallback of a missing reference', () => {
    expect(only(commands(`${defs}<line x2="10" stroke="url(#child)"/>`), 'stroke')).toEqual([]);
    expect(only(commands('<rect width="1" height="1" fill="url(#missing) orange"/>'), 'fill')[0]!.paint).toMatchObject({ kind: 'solid', color: { r: 255, g: 165, b: 0 } });
    expect(commands('<rect width="1" height="1" fill="url(#missing)"/>')).toEqual([]);
    expect(commands('<circle id="c"/><rect width="1" height="1" fill="url(#c) red"/>')[0]).toMatchObject({ paint: { color: { r: 255, g: 0, b: 0 } } });
  });
});

describe('use, symbol and clipPath', () => {
  it('places a use at x/y with the use\'s inherited style, and maps a symbol\'s viewBox into the use size with a viewport clip', () => {
    const list = commands('<defs><circle id="c" r="1"/><symbol id="s" viewBox="0 0 10 10"><rect width="10" height="10"/></symbol></defs><use href="#c" x="5" y="6" fill="red"/><use xlink:href="#s" x="20" width="40" height="20"/>');
    expect(list[0]).toMatchObject({ op: 'fill', matrix: [1, 0, 0, 1, 5, 6], paint: { color: { r: 255 } } });
    expect(list[1]).toMatchObject({ op: 'pushGroup', clip: { shapes: [{ matrix: [1, 0, 0, 1, 20, 0] }] } });
    expect(close((list[2] as Extract<VectorCommand, { op: 'fill' }>).matrix)).toEqual([2, 0, 0, 2, 30, 0]);
  });

  it('refuses a use cycle', () => {
    const error = refusal('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>');
    expect(error.code).toBe('SVG_TOO_COMPLEX');
  });

  it('resolves clipPath shapes with clip-rule, their transforms and objectBoundingBox units, and a clip-path of the clipPath', () => {
    const list = commands(`<defs>
      <clipPath id="outer"><rect width="5" height="5"/></clipPath>
      <clipPath id="box" clipPathUnits="objectBoundingBox" clip-path="url(#outer)"><circle cx=".5" cy=".5" r=".5" clip-rule="evenodd" transform="translate(.1 0)"/><text>x</text></clipPath>
    </defs><g transform="translate(1 2)" clip-path="url(#box)"><rect x="10" y="10" width="20" height="40"/></g>`.replace('<text>x</text>', ''));
    const push = list[0] as Extract<VectorCommand, { op: 'pushGroup' }>;
    expect(push.clip!.shapes).toHaveLength(1);
    expect(push.clip!.shapes[0]!.rule).toBe('evenodd');
    expect(close(push.clip!.shapes[0]!.matrix)).toEqual([20, 0, 0, 40, 13, 12]);
    expect(close(push.clip!.clip!.shapes[0]!.matrix)).toEqual([1, 0, 0, 1, 1, 2]);
  });
});

describe('masks', () => {
  it('draws the mask content into the group\'s mask with bounding-box region, user-space content and mask-type', () => {
    const list = commands('<mask id="m" style="mask-type: alpha"><circle cx="50" cy="50" r="10" fill="white"/></mask><g transform="translate(5 0)" mask="url(#m)"><rect x="10" y="20" width="50" height="40"/></g>');
    const push = list[0] as Extract<VectorCommand, { op: 'pushGroup' }>;
    expect(push.mask!.type).toBe('alpha');
    expect(push.mask!.commands).toEqual([expect.objectContaining({ op: 'fill', matrix: [1, 0, 0, 1, 5, 0] })]);
    // The default region is -10%..120% of the bounding box, in the element's user space.
    expect(close(push.mask!.region.shapes[0]!.matrix)).toEqual([50, 0, 0, 40, 15, 20]);
    expect(Array.from(push.mask!.region.shapes[0]!.path.points.slice(0, 2), (v) => Math.round(v * 1e6) / 1e6)).toEqual([-0.1, -0.1]);
    expect(list.map((c) => c.op)).toEqual(['pushGroup', 'fill', 'popGroup']);
  });

  it('places objectBoundingBox content in the box, reads user-space regions, and hides an element without area', () => {
    const list = commands('<mask id="m" maskContentUnits="objectBoundingBox" maskUnits="userSpaceOnUse" x="0" y="0" width="50%" height="10"><rect width="1" height="1" fill="white"/></mask><rect x="10" y="10" width="20" height="30" mask="url(#m)"/>');
    const push = list[0] as Extract<VectorCommand, { op: 'pushGroup' }>;
    expect(close((push.mask!.commands[0] as Extract<VectorCommand, { op: 'fill' }>).matrix)).toEqual([20, 0, 0, 30, 10, 10]);
    expect(Array.from(push.mask!.region.shapes[0]!.path.points.slice(2, 4))).toEqual([50, 0]);
    expect(commands('<mask id="m"><rect width="1" height="1" fill="white"/></mask><line x2="10" stroke="red" mask="url(#m)"/>')).toEqual([]);
  });
});

describe('images', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyBDABJmwX7jDU5sQAAAABJRU5ErkJggg==';

  it('draws a data: URL image into its box with preserveAspectRatio, clipping a slice', () => {
    const [image] = only(commands(`<image href="${png}" x="0" y="0" width="10" height="10"/>`), 'image');
    expect(image).toMatchObject({ x: 0, y: 2.5, width: 10, height: 5 });
    expect(image!.bytes[1]).toBe(0x50); // 'P' of PNG
    expect(commands(`<image href="${png}" width="10" height="10" preserveAspectRatio="xMidYMid slice"/>`).map((c) => c.op)).toEqual(['pushGroup', 'image', 'popGroup']);
  });

  it('refuses an image that is not a data: URL', () => {
    expect(refusal('<image href="https://example.com/a.png" width="1" height="1"/>').code).toMatch(/SVG_TOO_COMPLEX|SVG_UNSUPPORTED/);
  });
});

describe('refusals: a feature the scene cannot express is a coded error naming the element', () => {
  it.each([
    ['<text>hi</text>', '<text>'],
    ['<filter id="f"><feGaussianBlur stdDeviation="2"/></filter><rect width="1" height="1" filter="url(#f)"/>', 'filter'],
    ['<mask id="n"/><mask id="m" mask="url(#n)"><rect width="1" height="1" fill="white"/></mask><rect width="1" height="1" mask="url(#m)"/>', 'has a mask of its own'],
    ['<pattern id="p" width="1" height="1"/><rect width="1" height="1" fill="url(#p)"/>', '<pattern>'],
    ['<marker id="m"/><path d="M0 0L1 1" marker-end="url(#m)"/>', 'marker-end'],
    ['<style>rect { fill: red }</style>', '<style>'],
    ['<rect width="1" height="1"><animate attributeName="x" to="5"/></rect>', '<animate>'],
    ['<foreignObject/>', '<foreignObject>'],
    ['<blink/>', '<blink>'],
    ['<rect width="1" height="1" fill="url(other.svg#g)"/>', 'other.svg'],
    ['<rect width="1" height="1" clip-path="circle(5px)"/>', 'clip-path'],
    ['<rect width="1" height="1" style="mix-blend-mode: multiply"/>', 'mix-blend-mode'],
    ['<rect width="1" height="1" transform="rotate(5)" style="transform-origin: center"/>', 'transform-origin'],
  ])('%s', (body, named) => {
    const error = refusal(body);
    expect(error.code).toBe('SVG_UNSUPPORTED');
    expect(error.status).toBe(422);
    expect(error.message).toContain(named);
  });

  it('does not refuse an unsupported element or effect that display:none keeps from drawing', () => {
    expect(commands('<text display="none">hi</text><rect width="1" height="1" filter="url(#f)" style="display: none"/><rect width="1" height="1"/>')).toHaveLength(1);
  });

  it('ignores elements of other namespaces (editor metadata) and empty style elements', () => {
    expect(commands('<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"/><style/><rect width="1" height="1"/>')).toHaveLength(1);
  });

  it('keeps the SVG limits: too many elements is SVG_TOO_COMPLEX, bad XML is INVALID_IMAGE', () => {
    expect(refusal('<g/>'.repeat(SVG_LIMITS.maxElements + 1)).code).toBe('SVG_TOO_COMPLEX');
    expect(() => parseSvgScene(encoder.encode('<svg><rect></svg>'))).toThrow(expect.objectContaining({ code: 'INVALID_IMAGE' }));
    expect(() => parseSvgScene(encoder.encode('<html/>'))).toThrow(expect.objectContaining({ code: 'INVALID_IMAGE' }));
  });
});
