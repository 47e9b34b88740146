// The bundled Twemoji set and the emoji option: lookups by sequence, images drawn in render().
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { emojiDirectory, resolveEmoji, twemoji } from '../../src/fonts/emoji-sets.js';
import { decodePng } from '../golden/render/image-diff.js';

describe('twemoji()', () => {
  it('finds sequences with and without their variation selectors', () => {
    const set = twemoji();
    for (const cluster of ['😀', '👨‍👩‍👧‍👦', '👍🏽', '🇺🇸', '#️⃣', '❤️', '🏳️‍🌈']) expect(set.has(cluster), cluster).toBe(true);
    expect(set.has('a')).toBe(false);
    expect(new TextDecoder().decode(set.load('🚀')!)).toMatch(/^<svg/);
  });

  it('is the default; "none" and a bad value are told apart', () => {
    expect(resolveEmoji(undefined)?.name).toBe('twemoji');
    expect(resolveEmoji('none')).toBeNull();
    expect(() => resolveEmoji('apple')).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', message: expect.stringContaining('"apple"') }));
  });
});

describe('render() with emoji', () => {
  /** Share of strongly coloured pixels (emoji are colourful, black text is not). */
  async function colourful(emoji: 'twemoji' | 'none'): Promise<number> {
    const element = { type: 'div', props: { style: { width: 200, height: 60, backgroundColor: 'white', fontSize: 40, color: 'black' }, children: '🚀🍎' } };
    const { data, width, height } = await decodePng(await render(element, { width: 200, height: 60, emoji }));
    let count = 0;
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) count++;
    }
    return count / (width * height);
  }

  it('draws Twemoji images in colour, and only font glyphs with emoji: none', async () => {
    expect(await colourful('twemoji')).toBeGreaterThan(0.05);
    expect(await colourful('none')).toBe(0);
  });
});

describe('emojiDirectory()', () => {
  it('reads another set from a folder with its own file names (OpenMoji-style uppercase PNGs here)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ogsmith-emoji-'));
    writeFileSync(join(dir, '1F600.png'), new Uint8Array([1, 2, 3]));
    writeFileSync(join(dir, '2764-FE0F.png'), new Uint8Array([4]));
    const set = emojiDirectory({ name: 'mine', directory: dir, extension: 'png', fileName: (points) => points.map((cp) => cp.toString(16).toUpperCase()).join('-') });
    expect(set.has('😀')).toBe(true);
    expect(set.has('😀\ufe0f')).toBe(true);
    expect(set.has('❤️')).toBe(true);
    expect(set.has('🚀')).toBe(false);
    expect(Array.from(set.load('😀')!)).toEqual([1, 2, 3]);
  });

  it('names the set and folder when the folder cannot be read', () => {
    expect(() => emojiDirectory({ name: 'gone', directory: '/nonexistent/emoji' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', message: expect.stringContaining('"/nonexistent/emoji"') }));
  });
});
