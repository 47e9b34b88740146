// Shades on the main image what a platform's preview cuts off, while the pointer is over that platform's preview.
import { svg } from './dom.js';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Draws the shade outside `visible` (or clears it when null) on an SVG laid over a width × height image. */
export function showCropGuide(target: SVGSVGElement, visible: Rect | null, width: number, height: number, label = ''): void {
  target.setAttribute('viewBox', `0 0 ${width} ${height}`);
  target.replaceChildren();
  target.classList.toggle('visible', visible !== null);
  if (!visible) return;
  const { x, y, width: w, height: h } = visible;
  target.append(
    svg('path', { d: `M0 0H${width}V${height}H0Z M${x} ${y}V${y + h}H${x + w}V${y}Z`, 'fill-rule': 'evenodd', fill: 'rgba(15, 23, 42, 0.55)' }),
    svg('rect', { x, y, width: w, height: h, fill: 'none', stroke: '#facc15', 'stroke-width': 2, 'stroke-dasharray': '8 6', 'vector-effect': 'non-scaling-stroke' }),
  );
  if (label) {
    const text = svg('text', { x: x + 16, y: y + h - 16, fill: '#facc15', 'font-size': Math.max(14, height / 30), 'font-weight': 700, 'font-family': 'system-ui, sans-serif' });
    text.textContent = label;
    target.append(text);
  }
}
