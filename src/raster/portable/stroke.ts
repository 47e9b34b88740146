// Strokes as fills: each segment a quad, joins and caps small polygons, all wound the same way so a nonzero fill gives their union; dashes split the line first.
import { Path } from './path.js';

export type LineCap = 'butt' | 'round' | 'square';
export type LineJoin = 'miter' | 'round' | 'bevel';

export interface StrokeStyle {
  readonly width: number;
  readonly cap: LineCap;
  readonly join: LineJoin;
  /** Dash pattern (on, off, …) in user units, or empty for a solid line. */
  readonly dash: readonly number[];
  /** Longest miter, in stroke widths, before a join is bevelled (10, the canvas default, when absent). */
  readonly miterLimit?: number;
  /** How far into the dash pattern the line starts (0 when absent). */
  readonly dashOffset?: number;
}

const MITER_LIMIT = 10;

/** Adds a polygon (flat x, y list) to `out`, reversed when needed so every piece winds the same way. */
function addPolygon(out: Path, xy: readonly number[]): void {
  let area = 0;
  const n = xy.length / 2;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    area += xy[i * 2]! * xy[j * 2 + 1]! - xy[j * 2]! * xy[i * 2 + 1]!;
  }
  if (Math.abs(area) < 1e-12) return;
  for (let k = 0; k < n; k++) {
    const i = area > 0 ? k : n - 1 - k;
    if (k === 0) out.moveTo(xy[i * 2]!, xy[i * 2 + 1]!);
    else out.lineTo(xy[i * 2]!, xy[i * 2 + 1]!);
  }
  out.close();
}

function addCircle(out: Path, x: number, y: number, radius: number, segments: number): void {
  const xy: number[] = [];
  for (let i = 0; i < segments; i++) {
    const angle = (2 * Math.PI * i) / segments;
    xy.push(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
  }
  addPolygon(out, xy);
}

function circleSegments(radius: number, deviceScale: number): number {
  const r = radius * deviceScale;
  return Math.max(8, Math.min(256, Math.ceil(Math.PI / Math.acos(Math.max(-1, 1 - 0.1 / Math.max(r, 0.1))))));
}

/** A polyline to stroke: points (x, y pairs, no two equal in a row) and whether it closes. */
interface Polyline {
  readonly xy: number[];
  readonly closed: boolean;
}

function strokePolyline(out: Path, line: Polyline, style: StrokeStyle, deviceScale: number): void {
  const hw = style.width / 2;
  const xy = line.xy;
  const n = xy.length / 2;
  const segments = circleSegments(hw, deviceScale);
  if (n === 1) {
    // A dash of no length: a dot for round caps, a square for square ones, nothing for butt.
    const x = xy[0]!;
    const y = xy[1]!;
    if (style.cap === 'round') addCircle(out, x, y, hw, segments);
    else if (style.cap === 'square') addPolygon(out, [x - hw, y - hw, x + hw, y - hw, x + hw, y + hw, x - hw, y + hw]);
    return;
  }
  const count = line.closed ? n : n - 1;
  for (let i = 0; i < count; i++) {
    const ax = xy[i * 2]!;
    const ay = xy[i * 2 + 1]!;
    const j = (i + 1) % n;
    const bx = xy[j * 2]!;
    const by = xy[j * 2 + 1]!;
    const length = Math.hypot(bx - ax, by - ay);
    const nx = (-(by - ay) / length) * hw;
    const ny = ((bx - ax) / length) * hw;
    addPolygon(out, [ax + nx, ay + ny, bx + nx, by + ny, bx - nx, by - ny, ax - nx, ay - ny]);
  }
  // Joins at every inner vertex (every vertex of a closed line).
  for (let v = line.closed ? 0 : 1; v < (line.closed ? n : n - 1); v++) {
    const p = (v - 1 + n) % n;
    const q = (v + 1) % n;
    const x = xy[v * 2]!;
    const y = xy[v * 2 + 1]!;
    let d0x = x - xy[p * 2]!;
    let d0y = y - xy[p * 2 + 1]!;
    let d1x = xy[q * 2]! - x;
    let d1y = xy[q * 2 + 1]! - y;
    const l0 = Math.hypot(d0x, d0y);
    const l1 = Math.hypot(d1x, d1y);
    d0x /= l0;
    d0y /= l0;
    d1x /= l1;
    d1y /= l1;
    const cross = d0x * d1y - d0y * d1x;
    if (Math.abs(cross) < 1e-9 && d0x * d1x + d0y * d1y > 0) continue;
    if (style.join === 'round') {
      addCircle(out, x, y, hw, segments);
      continue;
    }
    const side = cross > 0 ? -1 : 1;
    const n0x = -d0y * side;
    const n0y = d0x * side;
    const n1x = -d1y * side;
    const n1y = d1x * side;
    const dot = n0x * n1x + n0y * n1y;
    if (style.join === 'miter' && 1 + dot > 1e-9 && Math.sqrt(2 / (1 + dot)) <= (style.miterLimit ?? MITER_LIMIT)) {
      const mx = x + ((n0x + n1x) * hw) / (1 + dot);
      const my = y + ((n0y + n1y) * hw) / (1 + dot);
      addPolygon(out, [x, y, x + n0x * hw, y + n0y * hw, mx, my, x + n1x * hw, y + n1y * hw]);
    } else {
      addPolygon(out, [x, y, x + n0x * hw, y + n0y * hw, x + n1x * hw, y + n1y * hw]);
    }
  }
  if (line.closed || style.cap === 'butt') return;
  // Caps at both ends of an open line.
  const ends: [number, number, number][] = [[0, 1, -1], [n - 1, n - 2, 1]];
  for (const [e, f] of ends) {
    const x = xy[e * 2]!;
    const y = xy[e * 2 + 1]!;
    if (style.cap === 'round') {
      addCircle(out, x, y, hw, segments);
      continue;
    }
    const length = Math.hypot(x - xy[f * 2]!, y - xy[f * 2 + 1]!);
    const dx = ((x - xy[f * 2]!) / length) * hw;
    const dy = ((y - xy[f * 2 + 1]!) / length) * hw;
    addPolygon(out, [x - dy, y + dx, x - dy + dx, y + dx + dy, x + dy + dx, y - dx + dy, x + dy, y - dx]);
  }
}

/** The contours of a path as polylines without repeated points. */
function polylines(path: Path): Polyline[] {
  const lines: Polyline[] = [];
  const p = path.points;
  for (let c = 0; c < path.starts.length; c++) {
    const start = path.starts[c]!;
    const end = c + 1 < path.starts.length ? path.starts[c + 1]! : p.length;
    const xy: number[] = [];
    for (let i = start; i < end; i += 2) {
      const x = p[i]!;
      const y = p[i + 1]!;
      if (xy.length > 0 && Math.abs(xy[xy.length - 2]! - x) < 1e-9 && Math.abs(xy[xy.length - 1]! - y) < 1e-9) continue;
      xy.push(x, y);
    }
    const closed = path.closed[c] ?? false;
    if (closed && xy.length > 2 && Math.abs(xy[0]! - xy[xy.length - 2]!) < 1e-9 && Math.abs(xy[1]! - xy[xy.length - 1]!) < 1e-9) xy.length -= 2;
    if (xy.length > 0) lines.push({ xy, closed });
  }
  return lines;
}

/** Cuts a polyline into its dashes (a closed one is walked round once, back to its start). */
function dashes(line: Polyline, pattern: readonly number[], offset: number): Polyline[] {
  const xy = line.closed ? [...line.xy, line.xy[0]!, line.xy[1]!] : line.xy;
  const out: Polyline[] = [];
  let index = 0;
  let left = pattern[0]!;
  let on = true;
  // Start `offset` into the pattern (a negative one counts back from its end).
  const total = pattern.reduce((sum, d) => sum + d, 0);
  let skip = total > 0 ? ((offset % total) + total) % total : 0;
  while (skip > 0 && skip >= left) {
    skip -= left;
    index = (index + 1) % pattern.length;
    left = pattern[index]!;
    on = !on;
  }
  left -= skip;
  let current: number[] | null = on ? [xy[0]!, xy[1]!] : null;
  for (let i = 0; i + 3 < xy.length; i += 2) {
    const ax = xy[i]!;
    const ay = xy[i + 1]!;
    const bx = xy[i + 2]!;
    const by = xy[i + 3]!;
    const length = Math.hypot(bx - ax, by - ay);
    let at = 0;
    while (length - at >= left) {
      at += left;
      const t = at / length;
      const x = ax + (bx - ax) * t;
      const y = ay + (by - ay) * t;
      if (on && current) {
        current.push(x, y);
        out.push({ xy: dedupe(current), closed: false });
        current = null;
      } else current = [x, y];
      on = !on;
      index = (index + 1) % pattern.length;
      left = pattern[index]!;
      if (on && left === 0) {
        // A dash of no length: a dot, with the segment's direction for square caps.
        out.push({ xy: [x, y], closed: false });
        current = null;
        on = false;
        index = (index + 1) % pattern.length;
        left = pattern[index]!;
        current = null;
      }
    }
    left -= length - at;
    if (on && current) current.push(bx, by);
  }
  if (on && current && current.length >= 4) out.push({ xy: dedupe(current), closed: false });
  return out;
}

function dedupe(xy: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < xy.length; i += 2) {
    if (out.length > 0 && Math.abs(out[out.length - 2]! - xy[i]!) < 1e-9 && Math.abs(out[out.length - 1]! - xy[i + 1]!) < 1e-9) continue;
    out.push(xy[i]!, xy[i + 1]!);
  }
  return out;
}

/** The outline of `path`'s stroke (user space) as a path under `out`'s transform, to fill with nonzero. */
export function strokeOutline(path: Path, style: StrokeStyle, out: Path, deviceScale: number): Path {
  if (!(style.width > 0)) return out;
  const pattern = style.dash.length % 2 === 1 ? [...style.dash, ...style.dash] : style.dash;
  const dashed = pattern.length > 0 && pattern.every((d) => d >= 0 && Number.isFinite(d)) && pattern.some((d) => d > 0);
  for (const line of polylines(path)) {
    for (const piece of dashed ? dashes(line, pattern, style.dashOffset ?? 0) : [line]) strokePolyline(out, piece, style, deviceScale);
  }
  return out;
}
