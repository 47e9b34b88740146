// Web Crypto signatures, content hashes and ETags equal the Node server's, so URLs signed for one verify on the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHashOf, signPath, strongEtagOf, verifyPathSignature } from '../../src/edge/web-signature.js';
import { EDGE_VERSION } from '../../src/edge/edge-version.js';
import { contentHash, sign } from '../../src/server/signature.js';
import { strongEtag } from '../../src/server/etag.js';

const query = { title: 'Hello, wörld & more', width: '1200', sig: 'ignored' };

describe('web signatures', () => {
  it('signs like the server', async () => expect(await signPath('/og/blog.png', query, 'k1')).toBe(sign('/og/blog.png', query, 'k1')));

  it('verifies a server signature under any of several keys, and refuses a wrong or malformed one', async () => {
    const sig = sign('/og/blog.png', query, 'k2');
    expect(await verifyPathSignature('/og/blog.png', query, sig, ['k1', 'k2'])).toBe(true);
    expect(await verifyPathSignature('/og/blog.png', { ...query, title: 'x' }, sig, ['k1', 'k2'])).toBe(false);
    expect(await verifyPathSignature('/og/blog.png', query, sig, ['k1'])).toBe(false);
    expect(await verifyPathSignature('/og/blog.png', query, 'not base64url!', ['k2'])).toBe(false);
    expect(await verifyPathSignature('/og/blog.png', query, undefined, ['k2'])).toBe(false);
  });

  it('hashes queries and ETags like the server', async () => {
    expect(await contentHashOf(query)).toBe(contentHash(query));
    const parts = ['0.1.0', 'template', 'blog', { title: 'é' }];
    expect(await strongEtagOf(parts)).toBe(strongEtag(parts));
  });

  it('has the package version', () => expect(EDGE_VERSION).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version));
});
