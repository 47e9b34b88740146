// render(), formats, determinism, the display list as data, paint errors and ImageResponse.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_CONTROL, displayList, ImageResponse, render } from '../../src/index.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { sampleCards } from '../../src/samples/cards.js';
import { decodePng } from '../golden/render/image-diff.js';

const card = { type: 'div', props: { style: { width: 200, height: 100, backgroundImage: 'linear-gradient(90deg, red, blue)', color: 'white', fontSize: 24 }, children: 'Hello' } };
const size = { width: 200, height: 100 };

describe('render()', () => {
  it('encodes PNG by default: a palette when the colours fit, else RGB when opaque', async () => {
    const png = await render(card, size);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // 200 gradient columns one or two levels apart: 'auto' lets neighbouring steps share an entry (at most a level off); 'exact' keeps them, as RGB.
    expect(png[25]).toBe(3);
    expect((await render(card, { ...size, palette: 'exact' }))[25]).toBe(2);
    const flat = { ...card, props: { ...card.props, style: { ...card.props.style, backgroundImage: undefined, backgroundColor: '#1d4ed8' } } };
    expect((await render(flat, size))[25]).toBe(3);
    expect((await render(flat, { ...size, palette: 'off' }))[25]).toBe(2);
    const pixels = await decodePng(png);
    expect([pixels.width, pixels.height]).toEqual([200, 100]);
    expect(pixels.data[0]).toBeGreaterThan(200);
    expect(pixels.data[(100 * 200 - 1) * 4 + 2]).toBeGreaterThan(200);
  });

  it('keeps alpha when the image is not opaque', async () => {
    const png = await render({ type: 'div', props: { style: { width: 10, height: 10 } } }, { width: 20, height: 20, palette: 'off' });
    expect(png[25]).toBe(6);
  });

  it.each(['auto', 'off'] as const)('stores translucent colours with straight alpha (palette %s), not premultiplied as the canvas keeps them', async (palette) => {
    const translucent = { type: 'div', props: { style: { width: 20, height: 20, backgroundColor: 'rgba(255, 0, 0, 0.5)' } } };
    const pixels = await decodePng(await render(translucent, { width: 20, height: 20, palette }));
    const [r, g, b, a] = pixels.data.subarray(5 * 20 * 4 + 5 * 4);
    expect(a).toBeGreaterThanOrEqual(127);
    expect(a).toBeLessThanOrEqual(128);
    expect(r).toBeGreaterThanOrEqual(253);
    expect([g, b]).toEqual([0, 0]);
  });

  it.each([
    ['jpeg', [0xff, 0xd8, 0xff]],
    ['webp', [0x52, 0x49, 0x46, 0x46]],
  ] as const)('encodes %s', async (format, magic) => {
    const bytes = await render(card, { ...size, format, quality: 70 });
    expect([...bytes.subarray(0, magic.length)]).toEqual(magic);
  });

  it('encodes avif', async () => {
    const bytes = await render(card, { ...size, format: 'avif' });
    expect(bytes.subarray(4, 12).toString()).toContain('ftyp');
  });

  it('is deterministic: same input, same bytes', async () => {
    for (const element of Object.values(sampleCards)) {
      const a = await render(element, { width: 1200, height: 630 });
      const b = await render(structuredClone(element), { width: 1200, height: 630 });
      expect(a.equals(b)).toBe(true);
    }
  });

  it.each([
    [{ format: 'gif' }, 'format'],
    [{ quality: 0 }, 'quality'],
    [{ quality: 101 }, 'quality'],
    [{ palette: 'some' }, 'palette'],
  ])('refuses %j', async (extra, field) => {
    const error = await render(card, { ...size, ...(extra as object) }).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('INVALID_OPTIONS');
    expect((error as OgsmithError).message).toContain(field);
  });

  it('names the property and value of an unreadable paint value', async () => {
    const bad = { type: 'div', props: { style: { width: 10, height: 10, boxShadow: '1px red blue green' } } };
    const error = await render(bad, size).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgsmithError);
    expect((error as OgsmithError).message).toContain('box-shadow');
    const tolerated = await render(bad, { ...size, strict: false });
    expect(tolerated.length).toBeGreaterThan(0);
  });
});

describe('display list', () => {
  it('is plain data in painting order: background, then text', async () => {
    const list = await displayList(card, size);
    const json = JSON.parse(JSON.stringify(list.commands)) as { op: string }[];
    expect(json.map((c) => c.op)).toEqual(['fill', 'glyphs']);
    expect(json[0]).toMatchObject({ paint: { kind: 'linear' } });
  });

  it('paints positioned children after flow children, by z-index', async () => {
    const tree = { type: 'div', props: { style: { width: 100, height: 100, position: 'relative' }, children: [
      { type: 'div', props: { style: { position: 'absolute', width: 10, height: 10, backgroundColor: 'red', zIndex: 2 } } },
      { type: 'div', props: { style: { position: 'absolute', width: 10, height: 10, backgroundColor: 'blue', zIndex: 1 } } },
      { type: 'div', props: { style: { width: 10, height: 10, backgroundColor: 'green' } } },
    ] } };
    const list = await displayList(tree, size);
    const colors = list.commands.flatMap((c) => (c.op === 'fill' && c.paint.kind === 'color' ? [c.paint.color] : []));
    expect(colors).toEqual(['rgba(0,128,0,1)', 'rgba(0,0,255,1)', 'rgba(255,0,0,1)']);
  });

  it('outlines every box with debug: true', async () => {
    const list = await displayList(card, { ...size, debug: true });
    expect(list.commands.filter((c) => c.op === 'outline').length).toBeGreaterThanOrEqual(2);
  });
});

describe('ImageResponse', () => {
  it('is a Response with the image, its type and the default cache-control', async () => {
    const response = new ImageResponse(card, size);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe(DEFAULT_CACHE_CONTROL);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });

  it('takes format, status and header overrides, and defaults to 1200×630', async () => {
    const response = new ImageResponse(card, { format: 'webp', status: 201, headers: { 'cache-control': 'no-store', 'x-extra': '1' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-extra')).toBe('1');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('is a class as before its Response class is made at the first new: instanceof, subclasses, statics, and new required', async () => {
    class Card extends ImageResponse {
      readonly kind = 'card';
    }
    const response = new Card(card, size);
    expect(response).toBeInstanceOf(Card);
    expect(response).toBeInstanceOf(ImageResponse);
    expect(response).toBeInstanceOf(Response);
    expect(response.kind).toBe('card');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await render(card, size));
    expect(new ImageResponse(card, size)).toBeInstanceOf(ImageResponse);
    expect((ImageResponse as unknown as typeof Response).error().type).toBe('error');
    expect(() => (ImageResponse as unknown as (e: unknown) => Response)(card)).toThrow(TypeError);
  });
});

describe('background layers', () => {
  it('refuses url() backgrounds it cannot read', async () => {
    const remote = { type: 'div', props: { style: { width: 10, height: 10, backgroundImage: 'url(https://example.com/x.png)' } } };
    const error = await render(remote, size).catch((e: unknown) => e);
    expect((error as OgsmithError).code).toBe('INVALID_STYLE_VALUE');
    expect((error as OgsmithError).message).toContain('background');
  });

  it('tiles sized and positioned gradient layers: the paint laid out for one tile, placed in the padding box', async () => {
    const style = { width: 40, height: 20, padding: 5, backgroundImage: 'linear-gradient(red, blue)', backgroundSize: '10px 50%', backgroundPosition: 'right top', backgroundRepeat: 'repeat-y' };
    const list = await displayList({ type: 'div', props: { style } }, size);
    const pattern = list.commands.find((c) => c.op === 'paintPattern');
    expect(pattern).toMatchObject({ tile: { x: 40, y: 0, width: 10, height: 15 }, repeatX: false, repeatY: true });
    expect(pattern?.op === 'paintPattern' && pattern.paint.kind).toBe('linear');
    const pixels = await decodePng(await render({ type: 'div', props: { style: { ...style, backgroundColor: 'white' } } }, size));
    const at = (x: number, y: number) => [...pixels.data.subarray((y * 200 + x) * 4, (y * 200 + x) * 4 + 3)];
    expect(at(45, 1)[0]).toBeGreaterThan(200); // top of a tile: red
    expect(at(45, 16)[0]).toBeGreaterThan(200); // repeated down: red again
    expect(at(20, 10)).toEqual([255, 255, 255]); // outside the column of tiles
  });

  it('emits one pattern command per url() layer above the colour', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
    const list = await displayList({ type: 'div', props: { style: { width: 40, height: 20, background: `url(${png}) center / 10px 10px no-repeat, white` } } }, size);
    expect(list.commands.map((c) => c.op)).toEqual(['fill', 'pattern']);
    expect(list.commands[1]).toMatchObject({ tile: { x: 15, y: 5, width: 10, height: 10 }, repeatX: false, repeatY: false });
  });
});
