// The layout overlay: each element's border box and each text line (with its baseline) drawn over the image in SVG.
import type { PlacedItem } from './api.js';
import { svg } from './dom.js';

const HUES = [239, 160, 28, 330, 190, 280];

/** Redraws the overlay for an image of width × height px (the SVG scales with the image). */
export function drawOverlay(target: SVGSVGElement, items: readonly PlacedItem[], width: number, height: number): void {
  target.setAttribute('viewBox', `0 0 ${width} ${height}`);
  target.replaceChildren();
  for (const item of items) {
    const group = svg('g', { class: `overlay-${item.kind}` });
    const title = svg('title');
    if (item.kind === 'box') {
      const hue = HUES[item.depth % HUES.length] ?? 239;
      group.append(svg('rect', { x: item.x, y: item.y, width: item.width, height: item.height, fill: 'transparent', stroke: `hsl(${hue}, 90%, 55%)`, 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke' }));
      title.textContent = `${item.path}\n${item.tag} ${item.width}×${item.height} at ${item.x}, ${item.y}`;
    } else {
      group.append(svg('rect', { x: item.x, y: item.y, width: item.width, height: item.height, fill: 'transparent', stroke: 'hsl(0, 85%, 55%)', 'stroke-width': 1, 'stroke-dasharray': '4 3', 'vector-effect': 'non-scaling-stroke' }));
      group.append(svg('line', { x1: item.x, x2: item.x + item.width, y1: item.baseline, y2: item.baseline, stroke: 'hsl(0, 85%, 55%)', 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke' }));
      title.textContent = `"${item.text}"\nline ${item.width}×${item.height} at ${item.x}, ${item.y}, baseline ${item.baseline}`;
    }
    group.prepend(title);
    target.append(group);
  }
}
