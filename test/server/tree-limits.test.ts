// The iterative tree walk: huge, deep and poisoned trees are refused without recursion.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/limits.js';
import { checkElementTree } from '../../src/server/tree-limits.js';
import { errorOf } from '../helpers/errors.js';
import { lyingPng, TINY_PNG } from './helpers.js';
import { blackPng, dataUrl, gifWithFrames } from '../helpers/image-bombs.js';

function deep(levels: number): unknown {
  let node: unknown = { type: 'div', props: {} };
  for (let i = 0; i < levels; i++) node = { type: 'div', props: { children: node } };
  return node;
}

describe('checkElementTree', () => {
  it('accepts an ordinary card', () => {
    expect(() => checkElementTree({ type: 'div', props: { style: { fontSize: 20 }, children: ['Hello', { type: 'span', props: { children: 'x' } }] } }, DEFAULT_SERVER_LIMITS)).not.toThrow();
  });

  it('refuses depth 10,000 and 100,000 nodes with coded errors', () => {
    expect(errorOf(() => checkElementTree(deep(10_000), DEFAULT_SERVER_LIMITS)).code).toBe('TREE_TOO_DEEP');
    expect(errorOf(() => checkElementTree(deep(33), DEFAULT_SERVER_LIMITS)).code).toBe('TREE_TOO_DEEP');
    expect(() => checkElementTree(deep(30), DEFAULT_SERVER_LIMITS)).not.toThrow();
    const wide = { type: 'div', props: { children: Array.from({ length: 100_000 }, () => ({ type: 'span', props: {} })) } };
    expect(errorOf(() => checkElementTree(wide, DEFAULT_SERVER_LIMITS)).code).toBe('TREE_TOO_LARGE');
  });

  it('refuses __proto__, constructor and prototype keys', () => {
    expect(errorOf(() => checkElementTree(JSON.parse('{"type":"div","props":{"__proto__":{"polluted":1}}}'), DEFAULT_SERVER_LIMITS)).code).toBe('INVALID_BODY');
    expect(errorOf(() => checkElementTree({ type: 'div', props: { style: { constructor: { prototype: {} } } } }, DEFAULT_SERVER_LIMITS)).code).toBe('INVALID_BODY');
  });

  it('holds inline data: images (img src and CSS backgrounds) to the pixel limit, and lets long CSS through', () => {
    const huge = `data:image/png;base64,${lyingPng(100_000, 100_000).toString('base64')}`;
    const small = `data:image/png;base64,${TINY_PNG.toString('base64')}`;
    expect(errorOf(() => checkElementTree({ type: 'img', props: { src: huge } }, DEFAULT_SERVER_LIMITS)).code).toBe('IMAGE_TOO_LARGE');
    expect(errorOf(() => checkElementTree({ type: 'div', props: { style: { backgroundImage: `linear-gradient(red, blue), url("${huge}")` } } }, DEFAULT_SERVER_LIMITS)).code).toBe('IMAGE_TOO_LARGE');
    expect(() => checkElementTree({ type: 'div', props: { style: { backgroundImage: `url(${small}), ${'linear-gradient(red, blue), '.repeat(100)}none` } } }, DEFAULT_SERVER_LIMITS)).not.toThrow();
  });

  it('reads data: URLs with whitespace after the comma, inside the payload or inside the quotes (the 19000² PNG bypass)', () => {
    const huge = dataUrl('image/png', lyingPng(19_000, 19_000));
    const variants = [huge.replace(',', ', '), huge.replace(',', ',\n'), huge.replace(',', ',\r\n\t'), `${huge.slice(0, 60)}\n${huge.slice(60)}`];
    for (const src of variants) {
      expect(errorOf(() => checkElementTree({ type: 'div', props: { style: { backgroundImage: `url("${src}")` } } }, DEFAULT_SERVER_LIMITS)).code, JSON.stringify(src.slice(0, 30))).toBe('IMAGE_TOO_LARGE');
      expect(errorOf(() => checkElementTree({ type: 'div', props: { style: { background: `url('${src}') no-repeat` } } }, DEFAULT_SERVER_LIMITS)).code).toBe('IMAGE_TOO_LARGE');
      expect(errorOf(() => checkElementTree({ type: 'img', props: { src } }, DEFAULT_SERVER_LIMITS)).code).toBe('IMAGE_TOO_LARGE');
    }
    expect(errorOf(() => checkElementTree({ type: 'div', props: { style: { backgroundImage: `url(" ${huge}")` } } }, DEFAULT_SERVER_LIMITS)).code).toBe('IMAGE_TOO_LARGE');
    expect(errorOf(() => checkElementTree({ type: 'img', props: { src: `\n ${huge}` } }, DEFAULT_SERVER_LIMITS)).code).toBe('IMAGE_TOO_LARGE');
  });

  it('counts every GIF frame and all inline images of the tree against the per-render budget', () => {
    const gifBomb = dataUrl('image/gif', gifWithFrames({ width: 1, height: 1 }, [{ width: 20_000, height: 20_000 }]));
    const gifError = errorOf(() => checkElementTree({ type: 'img', props: { src: gifBomb } }, DEFAULT_SERVER_LIMITS));
    expect(gifError.code).toBe('IMAGE_TOO_LARGE');
    expect(gifError.message).toContain('20000×20000');
    const tile = dataUrl('image/png', blackPng(4500, 4500));
    const three = { type: 'div', props: { style: { backgroundImage: `url(${tile})` }, children: [{ type: 'img', props: { src: tile } }, { type: 'img', props: { src: tile } }] } };
    const budgetError = errorOf(() => checkElementTree(three, DEFAULT_SERVER_LIMITS));
    expect(budgetError.code).toBe('IMAGE_TOO_LARGE');
    expect(budgetError.message).toContain('per render');
    expect(() => checkElementTree({ ...three, props: { ...three.props, style: {} } }, DEFAULT_SERVER_LIMITS)).not.toThrow();
  });

  it('refuses long text and control characters', () => {
    expect(errorOf(() => checkElementTree({ type: 'div', props: { children: 'x'.repeat(2001) } }, DEFAULT_SERVER_LIMITS)).code).toBe('TEXT_TOO_LONG');
    expect(errorOf(() => checkElementTree({ type: 'div', props: { children: 'a\u0000b' } }, DEFAULT_SERVER_LIMITS)).code).toBe('INVALID_PARAMETER');
    expect(errorOf(() => checkElementTree({ type: 'div', props: { children: 'a\u202eb' } }, DEFAULT_SERVER_LIMITS)).code).toBe('INVALID_PARAMETER');
  });
});
