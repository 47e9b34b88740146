// HTML input: the html`…` template, parseHtml(), { html } and strings wherever an element is taken, and coded errors for bad HTML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, ImageResponse, isOgsmithError, layout, parseHtml, render, type OgsmithElement } from '../../src/index.js';

const props = (element: OgsmithElement): Record<string, unknown> => element.props as Record<string, unknown>;

describe('html`…`', () => {
  it('escapes interpolated text: markup in a value stays text', () => {
    const title = '<b>bold</b> & "quoted"';
    const element = html`<div style="display:flex">${title}</div>`;
    expect(props(element).children).toEqual(['<b>bold</b> & "quoted"']);
  });

  it('cannot break out of a quoted attribute', () => {
    const value = '" onload="x';
    const element = html`<img alt="${value}" src="data:,">`;
    expect(props(element).alt).toBe('" onload="x');
    expect(props(element).onload).toBeUndefined();
  });

  it('inserts interpolated elements, arrays item by item, nothing for null and booleans', () => {
    const badge = html`<span style="color:red">new</span>`;
    const element = html`<div>${badge}${['a', 1, null, false]}${undefined}</div>`;
    expect(props(element).children).toEqual([badge, 'a1']);
  });

  it('refuses values that are neither text nor elements', () => {
    expect(() => html`<div>${{ not: 'an element' }}</div>`).toThrow(expect.objectContaining({ code: 'INVALID_HTML' }));
  });
});

describe('parseHtml', () => {
  it('maps attributes to props and style text to a camelCase object with string values', () => {
    const element = parseHtml('<div class="card" data-x="1" style="font-size: 48px; -webkit-text-stroke: 1px red; --accent: #f00; background-image: url(&quot;data:image/png;base64,AA==&quot;)">x</div>');
    expect(element.type).toBe('div');
    expect(props(element).className).toBe('card');
    expect(props(element)['data-x']).toBe('1');
    expect(props(element).style).toEqual({ fontSize: '48px', WebkitTextStroke: '1px red', '--accent': '#f00', backgroundImage: 'url("data:image/png;base64,AA==")' });
  });

  it('decodes entities in text and attributes', () => {
    const element = parseHtml('<span title="a&amp;b">&lt;&copy;&#x2014;&nbsp;&gt;</span>');
    expect(props(element).title).toBe('a&b');
    expect(props(element).children).toEqual(['<\u00a9\u2014\u00a0>']);
  });

  it('builds the tree a browser builds: void elements, implied end tags, comments dropped', () => {
    const element = parseHtml('<div><img src="data:,"><span>a<!-- note --></div>');
    const [image, span] = props(element).children as OgsmithElement[];
    expect(image!.type).toBe('img');
    expect(props(image!).children).toBeUndefined();
    expect(props(span!).children).toEqual(['a']);
  });

  it('returns a fragment when there are several top-level nodes', () => {
    expect(typeof parseHtml('<div></div><div></div>').type).toBe('symbol');
    expect(parseHtml('\n  <div></div>\n').type).toBe('div');
  });

  it.each([
    ['<div', 'eof-in-tag', 'line 1, column 5'],
    ['<div>\n  <span/>\n</div>', 'non-void-html-element-start-tag-with-trailing-solidus', 'line 2, column 3'],
    ['<div a="1" a="2"></div>', 'duplicate-attribute', 'line 1'],
    ['<div style="color"></div>', 'style attribute "color"', 'property missing'],
  ])('refuses %j with INVALID_HTML naming the problem', (source, problem, where) => {
    let error: unknown;
    try {
      parseHtml(source);
    } catch (caught) {
      error = caught;
    }
    expect(isOgsmithError(error) && error.code).toBe('INVALID_HTML');
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message).toContain(where);
  });

  it('never crashes: any text parses to an element or fails with a coded error', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('<div>', '</div>', '<span style="', '">', '&', '<img src=x>', '<!--', '<p>'), (text, tag) => {
      try {
        parseHtml(tag + text);
      } catch (error) {
        expect(isOgsmithError(error)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});

describe('HTML wherever an element is taken', () => {
  const source = '<div style="display:flex; width:200px; height:100px; background:#0f172a; color:white; font-size:24px">Hi &amp; bye</div>';
  const tree = { type: 'div', props: { style: { display: 'flex', width: 200, height: 100, background: '#0f172a', color: 'white', fontSize: 24 }, children: 'Hi & bye' } };

  it('layout() takes a string and { html }', async () => {
    const expected = await layout(tree, { width: 200, height: 100 });
    expect((await layout(source, { width: 200, height: 100 })).root).toEqual(expected.root);
    expect((await layout({ html: source }, { width: 200, height: 100 })).root).toEqual(expected.root);
  });

  it('render() and ImageResponse give the same image as the element tree', async () => {
    const expected = await render(tree, { width: 200, height: 100 });
    expect(Buffer.compare(await render({ html: source }, { width: 200, height: 100 }), expected)).toBe(0);
    const response = new ImageResponse(source, { width: 200, height: 100 });
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), expected)).toBe(0);
  });

  it('unknown elements fail as in JSX', async () => {
    await expect(render('<table><tr><td>x</td></tr></table>', { width: 100, height: 100 })).rejects.toMatchObject({ code: 'UNKNOWN_ELEMENT_TYPE' });
  });
});
