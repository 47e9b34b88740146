// Signatures, content hashes and ETags with Web Crypto (async): the same values as the Node server's node:crypto ones.
import { canonicalQuery, type QueryValues } from '../server/canonical-query.js';

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): ReturnType<typeof crypto.subtle.importKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

/** The signature of a path and query with one key (base64url, 43 characters), as the server's sign(). */
export async function signPath(path: string, query: QueryValues, secret: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(`${path}?${canonicalQuery(query)}`));
  return base64url(new Uint8Array(mac));
}

/** True when `sig` signs the path and query under any key (crypto.subtle.verify compares in constant time). */
export async function verifyPathSignature(path: string, query: QueryValues, sig: unknown, secrets: readonly string[]): Promise<boolean> {
  const given = typeof sig === 'string' && sig.length > 0 ? fromBase64url(sig) : null;
  if (!given) return false;
  const data = encoder.encode(`${path}?${canonicalQuery(query)}`);
  const results = await Promise.all(secrets.map(async (secret) => crypto.subtle.verify('HMAC', await hmacKey(secret, 'verify'), given, data)));
  return results.includes(true);
}

/** The 16-digit hash of the canonical query (`/og/blog/<hash>.png`), as the server's contentHash(). */
export async function contentHashOf(query: QueryValues): Promise<string> {
  return Array.from((await sha256(canonicalQuery(query))).subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A strong ETag from everything that decides the image bytes, as the server's strongEtag(). */
export async function strongEtagOf(parts: readonly unknown[]): Promise<string> {
  return `"${base64url(await sha256(JSON.stringify(parts))).slice(0, 32)}"`;
}
