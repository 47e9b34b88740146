// Literal JSX to element trees: tags, attributes, literal props and JSX text; anything that would need running is refused.
import { describe, expect, it } from 'vitest';
import { cleanJsxText, parseJsxLiteral } from '../../src/server/playground/jsx-literal.js';
import { errorOf } from '../helpers/errors.js';

const parse = (source: string) => parseJsxLiteral(source, 40);

describe('parseJsxLiteral', () => {
  it('reads tags, string and {literal} attributes, nested objects and arrays, and text children', () => {
    const tree = parse(`(
      <div style={{ width: 1200, height: 630, padding: '8px 20px', margin: -4, flexGrow: +1, 'font-size': 12, opacity: .5, shadow: [1, "a", null] }}>
        <span style={{ color: \`#fff\` }}>Hello {'world'} {42}</span>
        <img src="https://example.com/a.png" width={64} height="64" />
        <>
          <p>in a fragment</p>
        </>
        {/* a comment */}
      </div>
    );`);
    expect(tree).toEqual({
      type: 'div',
      props: {
        style: { width: 1200, height: 630, padding: '8px 20px', margin: -4, flexGrow: 1, 'font-size': 12, opacity: 0.5, shadow: [1, 'a', null] },
        children: [
          { type: 'span', props: { style: { color: '#fff' }, children: ['Hello ', 'world', ' ', 42] } },
          { type: 'img', props: { src: 'https://example.com/a.png', width: 64, height: '64' } },
          { type: 'p', props: { children: ['in a fragment'] } },
        ],
      },
    });
  });

  it('trims JSX text like React: line breaks with indentation become one space, blank lines vanish', () => {
    expect(cleanJsxText('\n    Edit this tree\n    and watch  \n\n  ')).toBe('Edit this tree and watch');
    expect(cleanJsxText('  inline  ')).toBe('  inline  ');
    expect(parse('<div>\n  two\n  lines\n</div>').props.children).toEqual(['two lines']);
  });

  it('never runs code: names, calls, template substitutions, spreads and components are refused with a position', () => {
    expect(errorOf(() => parse('<div style={{ width: process.exit(1) }} />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div>{title}</div>')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div style={{ color: `${x}` }} />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div {...props} />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<Card title="x" />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div style={{ ...base }} />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div style={{ [key]: 1 }} />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div style={{ get width() { return 1; } }} />')).code).toBe('INVALID_BODY');
    expect(() => parse('<div>\n  {fetch("http://x")}\n</div>')).toThrow(/JSX line 2, column 4: only literal values are allowed, not a CallExpression/);
  });

  it('refuses prototype keys, more than one statement, a bare fragment and text that does not parse', () => {
    expect(errorOf(() => parse('<div style={{ __proto__: { polluted: 1 } }} />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div constructor="x" />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div />; <div />')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<><div /></>')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('<div>')).code).toBe('INVALID_BODY');
    expect(errorOf(() => parse('const a = 1')).code).toBe('INVALID_BODY');
  });

  it('stops deep nesting at the level limit, before recursing further', () => {
    const deep = `${'<div>'.repeat(30)}x${'</div>'.repeat(30)}`;
    expect(() => parseJsxLiteral(deep, 200)).not.toThrow();
    expect(errorOf(() => parseJsxLiteral(deep, 20)).code).toBe('TREE_TOO_DEEP');
    const objects = `<div style={${'{ a: '.repeat(30)}1${' }'.repeat(30)}} />`;
    expect(errorOf(() => parseJsxLiteral(objects, 20)).code).toBe('TREE_TOO_DEEP');
  });
});
