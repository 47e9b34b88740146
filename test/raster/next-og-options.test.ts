// ImageResponse takes next/og's options: fonts as next/og gives them, its emoji set names, debug, status, headers; and the tw prop.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { ImageResponse, layout, type LayoutBox } from '../../src/index.js';
import { resolveEmoji } from '../../src/fonts/emoji-sets.js';
import { iconifyEmoji } from '../../src/fonts/iconify-emoji.js';
import { cssFromNative, tailwindStyle } from '../../src/layout/element/tailwind.js';
import { OgsmithError } from '../../src/errors/catalogue.js';
import { errorOf } from '../helpers/errors.js';

const interBytes = readFileSync('fonts/Inter_400Regular.ttf');
const arrayBuffer = interBytes.buffer.slice(interBytes.byteOffset, interBytes.byteOffset + interBytes.byteLength);
const fonts = [{ name: 'Inter', data: arrayBuffer, weight: 400 as const, style: 'normal' as const, lang: 'en' }];
const el = (type: string, props: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { ...props, children } });

async function colours(bytes: ArrayBuffer, width: number, height: number): Promise<Set<string>> {
  const image = await loadImage(Buffer.from(bytes));
  const ctx = createCanvas(width, height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, width, height).data;
  const out = new Set<string>();
  for (let i = 0; i < data.length; i += 4) out.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  return out;
}

describe("next/og's options", () => {
  it('answers with a streaming image Response from next/og-shaped options', async () => {
    const response = new ImageResponse(el('div', { style: { width: '100%', height: '100%', backgroundColor: 'white', fontSize: 40 } }, 'Hi 😀'), { width: 200, height: 100, fonts, emoji: 'fluentFlat', debug: false, status: 201, statusText: 'Made', headers: { 'x-card': 'yes' } });
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect([response.status, response.statusText, response.headers.get('x-card'), response.headers.get('content-type')]).toEqual([201, 'Made', 'yes', 'image/png']);
    const bytes = await response.arrayBuffer();
    expect(new Uint8Array(bytes.slice(1, 4))).toEqual(new TextEncoder().encode('PNG'));
    // Fluent's flat grinning face is yellow-orange (#FFB02E), a colour Twemoji's (#FFCC4D) does not use.
    expect((await colours(bytes, 200, 100)).has('255,176,46')).toBe(true);
  });

  it('reads an Iconify emoji package: code points to SVG, without U+FE0F when the set lists none', () => {
    const fluent = iconifyEmoji('fluentFlat');
    expect(fluent.has('😀')).toBe(true);
    expect(fluent.has('❤️')).toBe(true);
    expect(new TextDecoder().decode(fluent.load('😀')!)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 32 32">/);
    expect(fluent.has('a')).toBe(false);
  });

  it('names the npm package to install when a set is missing, and refuses blobmoji', () => {
    const missing = errorOf(() => iconifyEmoji('noto', () => {
      throw new Error('Cannot find module');
    }));
    expect([missing.code, missing.message]).toEqual(['PACKAGE_NOT_INSTALLED', 'Emoji set "noto" needs the npm package @iconify-json/noto, which is not installed: run npm install @iconify-json/noto']);
    expect(errorOf(() => resolveEmoji('blobmoji')).message).toMatch(/"blobmoji" is not published on npm as images/);
    expect(errorOf(() => resolveEmoji('apple')).code).toBe('INVALID_OPTIONS');
  });
});

describe('the tw prop', () => {
  it('turns Tailwind classes into a style that the style prop overrides', async () => {
    const tree = el('div', { tw: 'flex flex-col p-4 w-64 bg-white' }, el('div', { tw: 'w-10 h-10 mt-2', style: { width: 30 } }));
    const result = await layout(tree, { width: 300, height: 200, fonts });
    const child = result.root.children[0] as LayoutBox;
    expect([result.root.width, child.x, child.y, child.width, child.height]).toEqual([256 + 32, 16, 24, 30, 40]);
  });

  it("converts twrnc's React Native output to CSS: line-height in px, shadows, transforms", () => {
    expect(tailwindStyle('text-6xl leading-tight', 'root')).toEqual({ fontSize: 60, lineHeight: '75px' });
    expect(cssFromNative({ shadowOffset: { width: 1, height: 2 }, shadowColor: '#000', shadowOpacity: 0.25, shadowRadius: 8, elevation: 8, transform: [{ rotate: '45deg' }, { translateX: 4 }] })).toEqual({ transform: 'rotate(45deg) translateX(4px)', boxShadow: '1px 2px 8px rgba(0, 0, 0, 0.25)' });
  });

  it('refuses a tw prop that is not a string, and names twrnc when it is not installed', () => {
    expect(errorOf(() => tailwindStyle(['p-4'], 'root > div[0]')).code).toBe('INVALID_ATTRIBUTE');
    const missing = errorOf(() => tailwindStyle('p-4', 'root', () => {
      throw new Error('Cannot find module twrnc/create');
    }));
    expect(missing).toBeInstanceOf(OgsmithError);
    expect(missing.message).toBe('The tw prop needs the npm package twrnc, which is not installed: run npm install twrnc');
  });
});
