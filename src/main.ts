// `npm start`: until the image server lands, lays out the bundled sample cards and prints their geometry.
import { layout } from './index.js';
import { sampleCards } from './samples/cards.js';
import type { LayoutBox, LayoutText } from './layout/result/types.js';

function describe(node: LayoutBox | LayoutText, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if ('lines' in node) return node.lines.map((line) => `${pad}"${line.text}" at ${line.x.toFixed(1)},${line.y.toFixed(1)} w=${line.width.toFixed(1)}`);
  return [`${pad}box ${node.x.toFixed(1)},${node.y.toFixed(1)} ${node.width.toFixed(1)}×${node.height.toFixed(1)}`, ...node.children.flatMap((child) => describe(child, depth + 1))];
}

for (const [name, card] of Object.entries(sampleCards)) {
  const result = await layout(card, { width: 1200, height: 630 });
  console.log(`\n== ${name}`);
  console.log(describe(result.root, 0).join('\n'));
}
