// splitTopLevel: CSS values split on spaces, commas or slashes outside parentheses and quotes, long data: URLs included.
import { describe, expect, it } from 'vitest';
import { splitTopLevel } from '../../../src/layout/style/tokens.js';

describe('splitTopLevel', () => {
  it.each([
    ['1px  solid\tred', ' ', ['1px', 'solid', 'red']],
    ['rgb(1, 2, 3) 4px', ' ', ['rgb(1, 2, 3)', '4px']],
    ['"a b" c', ' ', ['"a b"', 'c']],
    ["'x,y', z", ',', ["'x,y'", 'z']],
    ['a\u3000b\u00a0c', ' ', ['a', 'b', 'c']],
    ['  ', ' ', []],
    ['a,,b', ',', ['a', '', 'b']],
    ['1 / 2', '/', ['1', '2']],
    ['url(x) center / cover, linear-gradient(red, blue)', ',', ['url(x) center / cover', 'linear-gradient(red, blue)']],
    ['a) b', ' ', ['a)', 'b']],
    ['😀 ✓', ' ', ['😀', '✓']],
  ] as const)('splits %j on %j', (value, separator, parts) => {
    expect(splitTopLevel(value, separator)).toEqual(parts);
  });

  it('keeps a megabyte data: URL whole, with the layers around it', () => {
    const url = `url("data:image/png;base64,${'A B,/'.repeat(200_000)}")`;
    expect(splitTopLevel(`${url} no-repeat, red`, ',')).toEqual([`${url} no-repeat`, 'red']);
    expect(splitTopLevel(`${url} no-repeat`, ' ')).toEqual([url, 'no-repeat']);
  });
});
