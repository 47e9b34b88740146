// HTML cards laid out like Chromium lays out the same DOM, and like the equivalent element tree (JSX).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layout, type LayoutBox, type LayoutResult, type LayoutText } from '../../src/index.js';
import { fontsOf, repositoryRoot } from '../helpers/oracle-cases.js';
import { compareLayout, type FixtureBox, type OracleCase } from '../layout/compare-layout.js';
import { htmlCases } from './cases-html.js';

const fixtures = join(repositoryRoot, 'test/html/fixtures');

type Node = LayoutBox | LayoutText;
const isText = (node: Node): node is LayoutText => 'lines' in node;

/** Element boxes and each element's visible line texts, whitespace-only text nodes (which draw nothing) left out. */
function shape(node: LayoutBox): unknown {
  const children = node.children.filter((child) => !isText(child) || child.lines.length > 0);
  return { x: node.x, y: node.y, width: node.width, height: node.height, children: children.map((child) => (isText(child) ? child.lines.map((line) => [line.text.replace(/\s+/g, ' ').trim(), line.x, line.y, line.width]) : shape(child))) };
}

describe('HTML input against the browser', () => {
  for (const c of htmlCases) {
    const oracleCase = { ...c, element: null } as unknown as OracleCase;
    const options = { width: c.width, height: c.height, fonts: fontsOf(oracleCase) };

    it(`${c.name}: lays out like Chromium lays out the parsed DOM`, async () => {
      const expected = JSON.parse(readFileSync(join(fixtures, `${c.name}.layout.json`), 'utf8')) as { root: FixtureBox };
      const result: LayoutResult = await layout({ html: c.html }, options);
      expect(compareLayout(result.root as unknown as FixtureBox, expected.root)).toEqual([]);
    });

    it(`${c.name}: gives the same boxes and lines as the element tree`, async () => {
      const fromHtml = await layout(c.html, options);
      const fromTree = await layout(c.element, options);
      expect(shape(fromHtml.root)).toEqual(shape(fromTree.root));
    });
  }
});
