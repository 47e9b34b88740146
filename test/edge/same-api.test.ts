// The edge build exports the Node entry's API, less what needs Node (the native canvas, the render pool, files, node:crypto URL signing helpers it has async twins of).
import { describe, expect, it } from 'vitest';

const NODE_ONLY = ['renderCanvas', 'RenderPool', 'signedTemplateUrl', 'twemoji', 'emojiDirectory', 'RASTER_BACKENDS'];

describe('edge API', () => {
  it('has every name of the Node entry but the Node-only ones', async () => {
    const node = Object.keys(await import('../../dist/index.js'));
    const edge = new Set(Object.keys(await import('../../dist/edge/api.js')));
    expect(node.filter((name) => !edge.has(name) && !NODE_ONLY.includes(name))).toEqual([]);
    expect(['render', 'layout', 'ImageResponse', 'html', 'parseHtml', 'defineTemplate', 'createElement'].every((name) => edge.has(name))).toBe(true);
  });
});
