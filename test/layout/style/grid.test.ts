// Grid properties: track lists, placement, areas and the place-* shorthands; bad values and features ogsmith does not lay out.
import { describe, expect, it } from 'vitest';
import { styleOf } from './style-fixture.js';

const px = (n: number) => ({ kind: 'length', value: { px: n, pct: 0 } });

describe('grid style properties', () => {
  it('reads track lists with lengths, fr, keywords, minmax(), fit-content(), repeat() and line names', () => {
    const { grid } = styleOf({ gridTemplateColumns: '[a] 100px 1fr [b c] repeat(2, minmax(2em, max-content) [d]) fit-content(50%) auto' });
    expect(grid.templateColumns).not.toBe('none');
    if (grid.templateColumns === 'none') return;
    expect(grid.templateColumns.lineNames).toEqual([['a'], [], ['b', 'c'], [], [], []]);
    expect(grid.templateColumns.entries).toEqual([
      { kind: 'track', size: { min: px(100), max: px(100) } },
      { kind: 'track', size: { min: { kind: 'auto' }, max: { kind: 'fr', value: 1 } } },
      { kind: 'repeat', count: 2, tracks: [{ min: px(32), max: { kind: 'max-content' } }], lineNames: [[], ['d']] },
      { kind: 'track', size: { min: { kind: 'auto' }, max: { kind: 'max-content' }, fitContent: { px: 0, pct: 50 } } },
      { kind: 'track', size: { min: { kind: 'auto' }, max: { kind: 'auto' } } },
    ]);
  });

  it('reads auto-fill and auto-fit repetitions of fixed sizes', () => {
    const { grid } = styleOf({ gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gridTemplateRows: 'repeat(auto-fit, 40px)' });
    expect(grid.templateColumns !== 'none' && grid.templateColumns.entries[0]).toMatchObject({ kind: 'repeat', count: 'auto-fill' });
    expect(grid.templateRows !== 'none' && grid.templateRows.entries[0]).toMatchObject({ kind: 'repeat', count: 'auto-fit' });
  });

  it('reads placements: numbers (React unitless), negative lines, spans and names', () => {
    const { grid } = styleOf({ gridColumn: '2 / span 3', gridRow: -1 });
    expect(grid.columnStart).toEqual({ kind: 'line', index: 2, name: null });
    expect(grid.columnEnd).toEqual({ kind: 'span', count: 3, name: null });
    expect(grid.rowStart).toEqual({ kind: 'line', index: -1, name: null });
    expect(grid.rowEnd).toEqual({ kind: 'auto' });
    const named = styleOf({ gridArea: 'main' }).grid;
    expect([named.rowStart, named.columnStart, named.rowEnd, named.columnEnd]).toEqual(Array(4).fill({ kind: 'name', name: 'main' }));
    expect(styleOf({ gridColumnStart: '2 side' }).grid.columnStart).toEqual({ kind: 'line', index: 2, name: 'side' });
  });

  it('reads template areas into rectangles', () => {
    const { grid } = styleOf({ gridTemplateAreas: '"head head" "side main"' });
    expect(grid.templateAreas).toEqual({ rows: 2, columns: 2, areas: new Map([['head', { rowStart: 0, rowEnd: 1, columnStart: 0, columnEnd: 2 }], ['side', { rowStart: 1, rowEnd: 2, columnStart: 0, columnEnd: 1 }], ['main', { rowStart: 1, rowEnd: 2, columnStart: 1, columnEnd: 2 }]]) });
  });

  it('expands gridTemplate, placeItems, placeSelf and placeContent', () => {
    const s = styleOf({ gridTemplate: '40px 1fr / 100px auto', placeItems: 'center end', placeSelf: 'end', placeContent: 'space-between center' });
    expect(s.grid.templateRows !== 'none' && s.grid.templateRows.entries.length).toBe(2);
    expect(s.grid.templateColumns !== 'none' && s.grid.templateColumns.entries.length).toBe(2);
    expect([s.alignItems, s.grid.justifyItems, s.alignSelf, s.grid.justifySelf, s.alignContent, s.justifyContent]).toEqual(['center', 'end', 'end', 'end', 'space-between', 'center']);
    expect(styleOf({ gridAutoFlow: 'column dense' }).grid.autoFlow).toEqual({ column: true, dense: true });
  });

  it.each([
    ['gridTemplateColumns', '1fr -2px'],
    ['gridTemplateColumns', 'minmax(1fr, 100px)'],
    ['gridTemplateColumns', 'repeat(auto-fill, 1fr)'],
    ['gridTemplateColumns', 'repeat(0, 10px)'],
    ['gridTemplateColumns', '[span] 10px'],
    ['gridTemplateColumns', '10px banana'],
    ['gridTemplateRows', 'repeat(auto-fit, 10px) repeat(auto-fill, 10px)'],
    ['gridAutoRows', 'repeat(2, 10px)'],
    ['gridTemplateAreas', '"a b" "c"'],
    ['gridTemplateAreas', '"a b a"'],
    ['gridColumnStart', 0],
    ['gridColumnStart', 'span -2'],
    ['gridRowEnd', 'span 2 3'],
    ['gridArea', 'a / b / c / d / e'],
    ['gridAutoFlow', 'diagonal'],
    ['justifyItems', 'sideways'],
  ])('refuses %s: %j naming the property and value', (property, value) => {
    const css = property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    expect(() => styleOf({ [property]: value })).toThrow(expect.objectContaining({ code: 'INVALID_STYLE_VALUE', message: expect.stringContaining(`${JSON.stringify(value)} for ${css}`) }));
  });

  it.each([
    ['gridTemplateColumns', 'subgrid'],
    ['gridTemplateRows', 'masonry'],
    ['gridTemplate', '"a a" 40px / 1fr'],
    ['grid', 'auto-flow / 1fr 1fr'],
  ])('refuses the grid feature %s: %j that ogsmith does not lay out, with UNSUPPORTED_PROPERTY', (property, value) => {
    expect(() => styleOf({ [property]: value })).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_PROPERTY', message: expect.stringContaining(JSON.stringify(value)) }));
  });

  it('warns instead of throwing when not strict', () => {
    const warnings: string[] = [];
    const s = styleOf({ gridTemplateColumns: 'subgrid', gridRow: 'span 0' }, null, { strict: false, warnings });
    expect(s.grid.templateColumns).toBe('none');
    expect(warnings).toEqual([expect.stringContaining('UNSUPPORTED_PROPERTY'), expect.stringContaining('INVALID_STYLE_VALUE')]);
  });

  it('accepts the display values it lays out', () => {
    for (const display of ['grid', 'inline-grid', 'inline-block', 'inline-flex']) expect(styleOf({ display }).display).toBe(display);
  });
});

describe('vertical-align', () => {
  it('reads keywords, lengths and percentages', () => {
    expect(styleOf({ verticalAlign: 'middle' }).verticalAlign).toEqual({ kind: 'keyword', value: 'middle' });
    expect(styleOf({ verticalAlign: -4 }).verticalAlign).toEqual({ kind: 'length', value: { px: -4, pct: 0 } });
    expect(styleOf({ verticalAlign: '50%' }).verticalAlign).toEqual({ kind: 'length', value: { px: 0, pct: 50 } });
  });

  it('refuses other values naming them', () => {
    expect(() => styleOf({ verticalAlign: 'centre' })).toThrow(expect.objectContaining({ code: 'INVALID_STYLE_VALUE', message: expect.stringContaining('"centre" for vertical-align') }));
  });
});
