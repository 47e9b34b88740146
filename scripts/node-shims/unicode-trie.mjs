// unicode-trie for the Node bundle: the same class, with its tables inflated by node:zlib instead of tiny-inflate (two passes in JavaScript, ~10-30 ms of a cold start for linebreak's and unicode-properties' tables).
import { inflateRawSync } from 'node:zlib';
import UnicodeTrieInJs from 'unicode-trie/index.js';
import swap from 'unicode-trie/swap.js';

/**
 * `new UnicodeTrie(bytes)` as unicode-trie 2 reads its serialised form: highStart, errorValue and
 * the uncompressed length (uint32 LE each), then the trie raw-deflated twice. Pre-parsed data
 * ({ data, highStart, errorValue }) passes through.
 */
export default class UnicodeTrie extends UnicodeTrieInJs {
  constructor(serialised) {
    if (!(serialised instanceof Uint8Array)) {
      super(serialised);
      return;
    }
    const view = new DataView(serialised.buffer, serialised.byteOffset, serialised.byteLength);
    const length = view.getUint32(8, true);
    const bytes = new Uint8Array(inflateRawSync(inflateRawSync(serialised.subarray(12)), { maxOutputLength: length }));
    if (bytes.length !== length) throw new Error(`unicode-trie: inflated ${bytes.length} bytes, expected ${length}`);
    swap.swap32LE(bytes);
    super({ data: new Uint32Array(bytes.buffer, 0, length / 4), highStart: view.getUint32(0, true), errorValue: view.getUint32(4, true) });
  }
}
