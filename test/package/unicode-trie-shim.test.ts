// The Node bundle's unicode-trie (tables inflated by node:zlib) gives the same trie as unicode-trie's own JavaScript inflate, for both packages that ship one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import NodeTrie from '../../scripts/node-shims/unicode-trie.mjs';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { NODE_SHIMS } from '../../scripts/bundle-node.mjs';

interface Trie {
  readonly highStart: number;
  readonly errorValue: number;
  readonly data: Uint32Array;
  get(codePoint: number): number;
}
type TrieClass = new (data: Uint8Array | { data: Uint32Array; highStart: number; errorValue: number }) => Trie;

const require = createRequire(import.meta.url);
const JsTrie = require('unicode-trie') as TrieClass;
const ZlibTrie = NodeTrie as TrieClass;

/** The serialised trie a package's module builds at import (its one base64 literal). */
function serialisedTrie(file: string): Uint8Array {
  const source = readFileSync(new URL(`../../node_modules/${file}`, import.meta.url), 'utf8');
  const base64 = /toByteArray\("([A-Za-z0-9+/=]+)"\)/.exec(source)?.[1];
  if (!base64) throw new Error(`no serialised trie in ${file}`);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

describe('unicode-trie shim of the Node bundle', () => {
  it('is the one bundle-node.mjs puts in place of unicode-trie', () => {
    expect((NODE_SHIMS as Record<string, string>)['unicode-trie']).toMatch(/\/scripts\/node-shims\/unicode-trie\.mjs$/);
  });

  for (const file of ['linebreak/dist/module.mjs', 'unicode-properties/dist/module.mjs']) {
    it(`reads ${file}'s table as unicode-trie does, for every code point`, () => {
      const bytes = serialisedTrie(file);
      const js = new JsTrie(bytes);
      const zlib = new ZlibTrie(bytes);
      expect(zlib).toBeInstanceOf(JsTrie);
      expect([zlib.highStart, zlib.errorValue, zlib.data.length]).toEqual([js.highStart, js.errorValue, js.data.length]);
      expect(Buffer.from(zlib.data.buffer, zlib.data.byteOffset, zlib.data.byteLength).equals(Buffer.from(js.data.buffer, js.data.byteOffset, js.data.byteLength))).toBe(true);
      for (const codePoint of [0x41, 0x20, 0x5d0, 0x1f600, 0xd800, 0x10ffff, -1, 0x110000]) expect(zlib.get(codePoint)).toBe(js.get(codePoint));
    });
  }

  it('passes pre-parsed data through', () => {
    const data = new Uint32Array(4);
    expect(new ZlibTrie({ data, highStart: 0, errorValue: 7 }).errorValue).toBe(7);
  });
});
