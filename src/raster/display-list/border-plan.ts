// Border geometry both backends draw from: which way a border is drawn, side trapezoids, and the dash patterns of broken sides.
import { insetRRect } from './geometry.js';
import type { BorderSide, DisplayCommand, RRect } from './types.js';

export type BorderCommand = Extract<DisplayCommand, { op: 'border' }>;

export function sameSides(a: BorderSide, b: BorderSide): boolean {
  return a.width === b.width && a.color === b.color && a.style === b.style;
}

/** How a border command is drawn. */
export type BorderPlan =
  | { readonly kind: 'rounded-broken'; readonly side: BorderSide }
  | { readonly kind: 'broken' }
  | { readonly kind: 'double'; readonly rings: readonly [BorderCommand, BorderCommand] }
  | { readonly kind: 'ring'; readonly uniform: boolean };

const solid = (side: BorderSide): BorderSide => ({ ...side, style: 'solid' });

export function borderPlan(command: BorderCommand): BorderPlan {
  const { outer, top, right, bottom, left } = command;
  const uniform = sameSides(top, right) && sameSides(top, bottom) && sameSides(top, left);
  if ([top, right, bottom, left].some((side) => side.style === 'dashed' || side.style === 'dotted')) {
    return uniform && outer.radii && top.width > 0 ? { kind: 'rounded-broken', side: top } : { kind: 'broken' };
  }
  if ([top, right, bottom, left].every((side) => side.style === 'double' && side.width >= 3)) {
    // Double: two rings of a third of each side's width, with a third left empty between them.
    const third = (side: BorderSide): number => side.width / 3;
    const outerBand = insetRRect(outer, third(top), third(right), third(bottom), third(left));
    const innerBand = insetRRect(outer, 2 * third(top), 2 * third(right), 2 * third(bottom), 2 * third(left));
    const sides = { top: solid(top), right: solid(right), bottom: solid(bottom), left: solid(left) };
    return { kind: 'double', rings: [{ ...command, ...sides, inner: outerBand }, { ...command, ...sides, outer: innerBand }] };
  }
  return { kind: 'ring', uniform };
}

/** What a backend draws a border with; paintBorder() picks the calls from the plan. */
export interface BorderPainter {
  /** A uniform dashed or dotted border with rounded corners (roundedBrokenStroke()). */
  roundedBroken(outer: RRect, side: BorderSide): void;
  /** Dashed or dotted sides (brokenSideStrokes()), clipped to the outer shape. */
  broken(command: BorderCommand): void;
  /** The ring between outer and inner: in one colour when uniform, else one side per trapezoid (sideTrapezoids()). */
  ring(command: BorderCommand, uniform: boolean): void;
}

export function paintBorder(command: BorderCommand, painter: BorderPainter): void {
  const plan = borderPlan(command);
  if (plan.kind === 'rounded-broken') painter.roundedBroken(command.outer, plan.side);
  else if (plan.kind === 'broken') painter.broken(command);
  else if (plan.kind === 'ring') painter.ring(command, plan.uniform);
  else for (const ring of plan.rings) paintBorder(ring, painter);
}

/** Each side with the trapezoid it owns between the outer and inner rects (corners split on the diagonal). */
export function sideTrapezoids(command: BorderCommand): [BorderSide, [number, number][]][] {
  const { top, right, bottom, left } = command;
  const o = command.outer.rect;
  const i = command.inner.rect;
  return [
    [top, [[o.x, o.y], [o.x + o.width, o.y], [i.x + i.width, i.y], [i.x, i.y]]],
    [right, [[o.x + o.width, o.y], [o.x + o.width, o.y + o.height], [i.x + i.width, i.y + i.height], [i.x + i.width, i.y]]],
    [bottom, [[o.x + o.width, o.y + o.height], [o.x, o.y + o.height], [i.x, i.y + i.height], [i.x + i.width, i.y + i.height]]],
    [left, [[o.x, o.y + o.height], [o.x, o.y], [i.x, i.y], [i.x, i.y + i.height]]],
  ];
}

/** One dashed, dotted or solid side of a broken border: a stroke along the middle of the side. */
export interface SideStroke {
  readonly side: BorderSide;
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly dash: readonly number[];
  readonly cap: 'butt' | 'round' | 'square';
}

/**
 * Dashed and dotted sides, stroked along the middle of each side with the pattern stretched so that
 * it starts and ends at the corners (dots sit on the corners, as in browsers).
 */
export function brokenSideStrokes(command: BorderCommand): SideStroke[] {
  const { outer, top, right, bottom, left } = command;
  const o = outer.rect;
  const x0 = o.x + left.width / 2;
  const x1 = o.x + o.width - right.width / 2;
  const y0 = o.y + top.width / 2;
  const y1 = o.y + o.height - bottom.width / 2;
  const sides: [BorderSide, number, number, number, number][] = [
    [top, x0, y0, x1, y0],
    [right, x1, y0, x1, y1],
    [bottom, x1, y1, x0, y1],
    [left, x0, y1, x0, y0],
  ];
  const strokes: SideStroke[] = [];
  for (const [side, ax, ay, bx, by] of sides) {
    if (side.width <= 0) continue;
    const length = Math.hypot(bx - ax, by - ay);
    const ends = { side, from: [ax, ay] as const, to: [bx, by] as const };
    if (side.style === 'dotted') {
      const intervals = Math.max(1, Math.round(length / (2 * side.width)));
      strokes.push({ ...ends, dash: [0, length / intervals], cap: 'round' });
    } else if (side.style === 'dashed') {
      const dash = side.width * 3;
      const count = Math.max(1, Math.round((length + dash) / (2 * dash)));
      const gap = count > 1 ? (length - count * dash) / (count - 1) : 0;
      strokes.push({ ...ends, dash: count > 1 ? [dash, Math.max(0, gap)] : [], cap: 'butt' });
    } else {
      strokes.push({ ...ends, dash: [], cap: 'square' });
    }
  }
  return strokes;
}

/** Length of a quarter of an ellipse with radii a and b (Ramanujan's approximation). */
function quarterEllipse(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  return (Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)))) / 4;
}

export function perimeter(shape: RRect): number {
  const { width, height } = shape.rect;
  if (!shape.radii) return 2 * (width + height);
  const [[tlx, tly], [trx, try_], [brx, bry], [blx, bly]] = shape.radii;
  const straight = width - tlx - trx + (height - try_ - bry) + (width - blx - brx) + (height - bly - tly);
  return straight + quarterEllipse(tlx, tly) + quarterEllipse(trx, try_) + quarterEllipse(brx, bry) + quarterEllipse(blx, bly);
}

/**
 * Blink's gap for `count` dashes on a closed path of `length` (StrokeData::SelectBestDashGap): of
 * the two whole numbers of dashes around length / (dash + gap), the one whose stretched gap is
 * closest to the wanted gap.
 */
export function closedDashGap(length: number, dash: number, gap: number): number {
  const fewer = Math.max(1, Math.floor(length / (dash + gap)));
  const fewerGap = (length - fewer * dash) / fewer;
  const moreGap = (length - (fewer + 1) * dash) / (fewer + 1);
  return moreGap <= 0 || Math.abs(fewerGap - gap) < Math.abs(moreGap - gap) ? fewerGap : moreGap;
}

/** A uniform dashed or dotted border with rounded corners, as Blink draws it: its centre line, dash pattern and cap. */
export function roundedBrokenStroke(outer: RRect, side: BorderSide): { readonly centre: RRect; readonly dash: readonly number[]; readonly cap: 'butt' | 'round' } {
  const width = side.width;
  const centre = insetRRect(outer, width / 2, width / 2, width / 2, width / 2);
  const length = perimeter(centre);
  if (side.style === 'dotted') {
    // Round-capped dashes of (almost) no length: dots one border-width across, about as far apart.
    const gap = closedDashGap(length, width, width);
    return { centre, dash: [0.01, gap + width - 0.01], cap: 'round' };
  }
  // Blink: dashes twice the width with gaps of one width from 3 px up, three and two below.
  const dash = width * (width >= 3 ? 2 : 3);
  return { centre, dash: length <= 2 * dash ? [] : [dash, closedDashGap(length, dash, width * (width >= 3 ? 1 : 2))], cap: 'butt' };
}

/** A decoration line's centre path: a straight line, or a wave of quadratic curves (control x, y, end x, y). */
export interface DecorationPath {
  readonly start: readonly [number, number];
  readonly line: readonly [number, number] | null;
  readonly quads: readonly (readonly [number, number, number, number])[];
}

/** The centre paths of a text decoration line: one, or two for double (the second two widths lower). */
export function decorationPaths(command: Extract<DisplayCommand, { op: 'line' }>): DecorationPath[] {
  const path = (dy: number): DecorationPath => {
    const start = [command.x0, command.y0 + dy] as const;
    if (command.style !== 'wavy') return { start, line: [command.x1, command.y1 + dy], quads: [] };
    const amplitude = command.width * 1.5;
    const wave = command.width * 4;
    const quads: [number, number, number, number][] = [];
    for (let x = command.x0, up = true; x < command.x1; x += wave / 2, up = !up) quads.push([x + wave / 4, command.y0 + dy + (up ? -amplitude : amplitude), Math.min(x + wave / 2, command.x1), command.y0 + dy]);
    return { start, line: null, quads };
  };
  return command.style === 'double' ? [path(0), path(command.width * 2)] : [path(0)];
}

/** Text decoration dash patterns: dashes three widths long, dots as zero-length dashes. */
export function dashFor(style: BorderSide['style'] | 'wavy', width: number): number[] {
  if (style === 'dashed') return [width * 3, width * 3];
  if (style === 'dotted') return [0, width * 2];
  return [];
}
