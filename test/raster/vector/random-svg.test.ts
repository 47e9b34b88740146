// Random path data and random SVG documents: the parser returns finite geometry or a coded error, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OgsmithError } from '../../../src/errors/catalogue.js';
import { parsePathData } from '../../../src/raster/vector/path-data.js';
import { parseSvgScene } from '../../../src/raster/vector/parse-svg.js';

const pathToken = fc.oneof(
  fc.constantFrom('M', 'm', 'L', 'l', 'H', 'h', 'V', 'v', 'C', 'c', 'S', 's', 'Q', 'q', 'T', 't', 'A', 'a', 'Z', 'z', ' ', ',', '.', '-', 'e', '0', '1', 'x'),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String),
  fc.constantFrom('1e308', '-1e308', '1e-320', '0', '00', '1.5.5'),
);

describe('random input', () => {
  it('path data of any tokens parses to finite points without throwing', () => {
    fc.assert(
      fc.property(fc.array(pathToken, { maxLength: 60 }), (tokens) => {
        const path = parsePathData(`M0 0 ${tokens.join('')}`);
        for (const value of path.points) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  const attribute = fc.tuple(
    fc.constantFrom('fill', 'stroke', 'stroke-width', 'opacity', 'transform', 'x', 'y', 'width', 'height', 'r', 'rx', 'd', 'points', 'viewBox', 'href', 'clip-path', 'mask', 'style', 'stroke-dasharray', 'offset', 'gradientTransform', 'id'),
    fc.constantFrom('1', '-1', '0', '50%', 'red', 'url(#a)', 'url(#b) blue', 'none', 'rotate(30)', 'scale(0)', 'M0 0L10 10', '0 0 10 10', '#a', 'fill: red; stroke: url(#a)', '1e308', 'inherit', 'currentColor', 'a'),
  );
  const element = fc.tuple(fc.constantFrom('g', 'rect', 'circle', 'path', 'use', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'symbol', 'svg', 'defs', 'polygon'), fc.array(attribute, { maxLength: 4 }), fc.nat(3));

  it('random documents give a scene with finite matrices, or a coded error', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 12 }), (elements) => {
        // Each element closes after `depth` of the following ones have opened inside it (at most 3 deep).
        let body = '';
        const open: string[] = [];
        for (const [name, attributes, depth] of elements) {
          const text = attributes.map(([key, value]) => `${key}="${value}"`).join(' ');
          body += `<${name} ${text}>`;
          open.push(name);
          while (open.length > depth) body += `</${open.pop()}>`;
        }
        while (open.length > 0) body += `</${open.pop()}>`;
        try {
          const scene = parseSvgScene(new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50">${body}</svg>`));
          for (const command of scene.commands) if ('matrix' in command) for (const v of command.matrix) expect(Number.isFinite(v)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(OgsmithError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
