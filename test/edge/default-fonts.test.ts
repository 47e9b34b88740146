// The bundled fonts' base64 decoding: the native Uint8Array.fromBase64 where the runtime has one (workerd), atob and a loop elsewhere, the same bytes.
import { afterEach, describe, expect, it, vi } from 'vitest';

type DefaultFonts = typeof import('../../dist/edge/default-fonts.js');

/** The module evaluated again, with `Uint8Array.fromBase64` present or absent as asked. */
const calls: string[] = [];

async function load(native: boolean): Promise<DefaultFonts> {
  vi.resetModules();
  calls.length = 0;
  const fromBase64 = (text: string): Uint8Array => (calls.push(text), Uint8Array.from(Buffer.from(text, 'base64')));
  Object.defineProperty(Uint8Array, 'fromBase64', { value: native ? fromBase64 : undefined, configurable: true, writable: true });
  return (await import('../../dist/edge/default-fonts.js')) as DefaultFonts;
}

const hadNative = Object.getOwnPropertyDescriptor(Uint8Array, 'fromBase64');
afterEach(() => {
  if (hadNative) Object.defineProperty(Uint8Array, 'fromBase64', hadNative);
  else delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
  vi.resetModules();
});

describe('fromBase64', () => {
  const text = Buffer.from(Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff)).toString('base64');

  it('decodes with atob and a loop where the runtime has no Uint8Array.fromBase64', async () => {
    const { fromBase64 } = await load(false);
    expect(Array.from(fromBase64(text))).toEqual(Array.from(Buffer.from(text, 'base64')));
    expect(calls).toEqual([]);
  });

  it('uses the native decoder where there is one, with the same bytes and fonts', async () => {
    const looped = (await load(false)).bundledFonts().map((font) => Buffer.from(font.data as Uint8Array));
    const native = await load(true);
    expect(Array.from(native.fromBase64(text))).toEqual(Array.from(Buffer.from(text, 'base64')));
    const fonts = native.bundledFonts().map((font) => Buffer.from(font.data as Uint8Array));
    expect(fonts.map((bytes, i) => bytes.equals(looped[i]!))).toEqual([true, true]);
    expect(calls).toHaveLength(3);
  });
});
