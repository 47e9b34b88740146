// Text decoration lines in SVG: solid, dashed, dotted, double and wavy strokes, as the canvas draws them.
import { decorationDash, doubleLineOffset } from '../display-list/dash-pattern.js';
import type { DisplayCommand } from '../display-list/types.js';
import { colorAttributes, num } from './svg-text.js';

type LineCommand = Extract<DisplayCommand, { op: 'line' }>;

function lineData(command: LineCommand, dy: number): string {
  const y0 = command.y0 + dy;
  if (command.style !== 'wavy') return `M${num(command.x0)} ${num(y0)}L${num(command.x1)} ${num(command.y1 + dy)}`;
  const amplitude = command.width * 1.5;
  const wave = command.width * 4;
  let d = `M${num(command.x0)} ${num(y0)}`;
  for (let x = command.x0, up = true; x < command.x1; x += wave / 2, up = !up) d += `Q${num(x + wave / 4)} ${num(y0 + (up ? -amplitude : amplitude))} ${num(Math.min(x + wave / 2, command.x1))} ${num(y0)}`;
  return d;
}

export function line(command: LineCommand): string {
  const { dash, cap } = decorationDash(command.style, command.width);
  const stroke = ` fill="none"${colorAttributes('stroke', command.color)} stroke-width="${num(command.width)}"${dash.length > 0 ? ` stroke-dasharray="${dash.map((d) => num(d)).join(' ')}"` : ''}${cap === 'butt' ? '' : ` stroke-linecap="${cap}"`}`;
  const d = command.style === 'double' ? `${lineData(command, 0)}${lineData(command, doubleLineOffset(command.width))}` : lineData(command, 0);
  return `<path d="${d}"${stroke}/>`;
}
