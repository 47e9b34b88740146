// The iterative tree walk: huge, deep and poisoned trees are refused without recursion.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/limits.js';
import { checkElementTree } from '../../src/server/tree-limits.js';
import { errorOf } from '../helpers/errors.js';
import { lyingPng, TINY_PNG } from './helpers.js';

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
    expect(errorOf(() => checkElementTree({ type: 'img', props: { src: huge } }, DEFAULT_SERVER_LIMITS)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(errorOf(() => checkElementTree({ type: 'div', props: { style: { backgroundImage: `linear-gradient(red, blue), url("${huge}")` } } }, DEFAULT_SERVER_LIMITS)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(() => checkElementTree({ type: 'div', props: { style: { backgroundImage: `url(${small}), ${'linear-gradient(red, blue), '.repeat(100)}none` } } }, DEFAULT_SERVER_LIMITS)).not.toThrow();
  });

  it('refuses long text and control characters', () => {
    expect(errorOf(() => checkElementTree({ type: 'div', props: { children: 'x'.repeat(2001) } }, DEFAULT_SERVER_LIMITS)).code).toBe('TEXT_TOO_LONG');
    expect(errorOf(() => checkElementTree({ type: 'div', props: { children: 'a\u0000b' } }, DEFAULT_SERVER_LIMITS)).code).toBe('INVALID_PARAMETER');
    expect(errorOf(() => checkElementTree({ type: 'div', props: { children: 'a\u202eb' } }, DEFAULT_SERVER_LIMITS)).code).toBe('INVALID_PARAMETER');
  });
});
