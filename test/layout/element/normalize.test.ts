// Element stage: components, fragments, flattening, skipping and coded errors with paths.
import { describe, expect, it } from 'vitest';
import { normalizeTree } from '../../../src/layout/element/normalize.js';
import { errorOf } from '../../helpers/errors.js';
import type { ElementNode } from '../../../src/layout/element/types.js';

const el = (type: unknown, props: Record<string, unknown> = {}): object => ({ type, props });

describe('normalizeTree', () => {
  it('flattens nested arrays and skips null, false, undefined and empty strings', () => {
    const { root } = normalizeTree(el('div', { children: ['a', [null, false, ['b', undefined, '']], 3, true] }));
    expect(root.children.map((c) => (c.kind === 'text' ? c.text : c.type))).toEqual(['a', 'b', '3']);
  });

  it('calls function components with their props and expands fragments', () => {
    const Title = (props: { text: string }): object => el('span', { children: props.text });
    const fragment = { type: Symbol.for('react.fragment'), props: { children: [el(Title, { text: 'x' }), 'y'] } };
    const { root } = normalizeTree(el('div', { children: fragment }));
    expect(root.children).toHaveLength(2);
    const span = root.children[0] as ElementNode;
    expect(span.type).toBe('span');
    expect(span.path).toBe('root > div[0] > span[0]');
  });

  it('accepts real React elements ($$typeof objects)', () => {
    const reactElement = { $$typeof: Symbol.for('react.transitional.element'), type: 'div', key: null, props: { style: { width: 10 }, children: 'hi' } };
    const { root } = normalizeTree(reactElement);
    expect(root.style).toEqual({ width: 10 });
    expect(root.children[0]).toMatchObject({ kind: 'text', text: 'hi' });
  });

  it('names paths with the element type and index', () => {
    const { root } = normalizeTree(el('div', { children: [el('div'), el('div'), el('div', { children: [el('span', { children: 'x' })] })] }));
    const third = root.children[2] as ElementNode;
    expect(third.path).toBe('root > div[0] > div[2]');
    expect((third.children[0] as ElementNode).path).toBe('root > div[0] > div[2] > span[0]');
  });

  it('rejects unknown element types naming the type and path', () => {
    const error = errorOf(() => normalizeTree(el('div', { children: [el('div'), el('table')] })));
    expect(error.code).toBe('UNKNOWN_ELEMENT_TYPE');
    expect(error.message).toContain('"table"');
    expect(error.message).toContain('root > div[0] > [1]');
  });

  it('wraps a throwing component as COMPONENT_FAILED', () => {
    const Broken = (): never => {
      throw new Error('boom');
    };
    const error = errorOf(() => normalizeTree(el('div', { children: el(Broken) })));
    expect(error.code).toBe('COMPONENT_FAILED');
    expect(error.message).toContain('boom');
  });

  it('refuses a tree deeper than the limit without overflowing the stack', () => {
    let node: object = el('div');
    for (let i = 0; i < 10_000; i++) node = el('div', { children: node });
    expect(errorOf(() => normalizeTree(node)).code).toBe('TREE_TOO_DEEP');
  });

  it('refuses more nodes than the limit', () => {
    const children = Array.from({ length: 50 }, () => el('div'));
    expect(errorOf(() => normalizeTree(el('div', { children }), { limits: { maxDepth: 64, maxNodes: 20 } })).code).toBe('TREE_TOO_LARGE');
  });

  it('rejects non-element roots and objects without a type', () => {
    expect(errorOf(() => normalizeTree('text')).code).toBe('INVALID_ELEMENT');
    expect(errorOf(() => normalizeTree(el('div', { children: [{ foo: 1 }] }))).code).toBe('INVALID_ELEMENT');
    expect(errorOf(() => normalizeTree(el('div', { children: [Number.NaN] }))).code).toBe('INVALID_ELEMENT');
  });

  it('reads img attributes and the natural size of a data URL', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAYAAAD/Rn+7AAAAEklEQVR42mNgGAWjYBSMAggAAAQ4AAGVzn8hAAAAAElFTkSuQmCC';
    const { root } = normalizeTree(el('img', { src: png, width: '30', alt: 'a' }));
    expect(root.image).toMatchObject({ width: 30, height: undefined, alt: 'a', natural: { width: 40, height: 20 } });
    expect(errorOf(() => normalizeTree(el('img', { width: -3 }))).code).toBe('INVALID_ATTRIBUTE');
  });
});
