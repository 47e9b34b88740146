// naturalSize(): a remembered data: URL's size is read once and handed out as a fresh object; other bytes are read every time (their owner may change them).
import { describe, expect, it } from 'vitest';
import { dataUrlBytes, naturalSize } from '../../../src/layout/element/image-natural-size.js';

/** A PNG signature and IHDR of width × height, padded past the length at which data: URLs are remembered. */
function pngHead(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(2000);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}
const dataUrl = (bytes: Uint8Array) => `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;

describe('naturalSize', () => {
  it('gives a remembered data: URL the same size every time, each answer its own object', () => {
    const bytes = dataUrlBytes(dataUrl(pngHead(640, 480)))!;
    const first = naturalSize(bytes);
    first.width = 1;
    expect(naturalSize(bytes)).toEqual({ width: 640, height: 480 });
    expect(naturalSize(dataUrlBytes(dataUrl(pngHead(640, 480)))!)).toEqual({ width: 640, height: 480 });
  });

  it('reads bytes that did not come from a data: URL again each time', () => {
    const bytes = pngHead(300, 200);
    expect(naturalSize(bytes)).toEqual({ width: 300, height: 200 });
    new DataView(bytes.buffer).setUint32(16, 301);
    expect(naturalSize(bytes)).toEqual({ width: 301, height: 200 });
  });

  it('throws for an unreadable remembered data: URL every time', () => {
    const bytes = dataUrlBytes(`data:image/png;base64,${Buffer.alloc(1500, 7).toString('base64')}`)!;
    expect(() => naturalSize(bytes)).toThrow();
    expect(() => naturalSize(bytes)).toThrow();
  });
});
