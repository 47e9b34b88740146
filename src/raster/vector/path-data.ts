// The SVG path grammar (`d` attribute): absolute and relative commands, implicit repeats, arc flags without separators; draws up to the first error (or a point beyond 32-bit floats), as browsers do.
import { PathBuilder } from './path-builder.js';
import type { VectorPath } from './scene.js';

/** Arguments each command takes per repetition. */
const ARGUMENTS: Readonly<Record<string, number>> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A scanner over the text of `d`; each read returns NaN when no valid token is there. */
class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  /** Skips whitespace and at most one comma (`comma`) between arguments. */
  skip(comma: boolean): void {
    const t = this.text;
    while (this.at < t.length && isSpace(t.charCodeAt(this.at))) this.at++;
    if (comma && t.charCodeAt(this.at) === 0x2c) {
      this.at++;
      while (this.at < t.length && isSpace(t.charCodeAt(this.at))) this.at++;
    }
  }

  get done(): boolean {
    return this.at >= this.text.length;
  }

  peek(): number {
    return this.text.charCodeAt(this.at);
  }

  /** True when a number can start here (sign, digit or dot). */
  numberAhead(): boolean {
    const c = this.peek();
    return isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e;
  }

  number(): number {
    const t = this.text;
    const start = this.at;
    let i = start;
    const sign = t.charCodeAt(i) === 0x2d ? -1 : 1;
    if (t.charCodeAt(i) === 0x2b || t.charCodeAt(i) === 0x2d) i++;
    // Digits gathered as one integer and a power of ten: exact (as Number() would read them) up to 15 digits.
    let digits = 0;
    let mantissa = 0;
    let scale = 1;
    for (let c = t.charCodeAt(i); isDigit(c); c = t.charCodeAt(++i)) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
    }
    if (t.charCodeAt(i) === 0x2e) {
      for (let c = t.charCodeAt(++i); isDigit(c); c = t.charCodeAt(++i)) {
        mantissa = mantissa * 10 + (c - 0x30);
        scale *= 10;
        digits++;
      }
    }
    if (digits === 0) return Number.NaN;
    const e = t.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      let j = i + 1;
      if (t.charCodeAt(j) === 0x2b || t.charCodeAt(j) === 0x2d) j++;
      if (isDigit(t.charCodeAt(j))) {
        while (isDigit(t.charCodeAt(j))) j++;
        this.at = j;
        return Number(t.slice(start, j));
      }
    }
    this.at = i;
    return digits <= 15 ? (sign * mantissa) / scale : Number(t.slice(start, i));
  }

  /** An arc flag: a single 0 or 1, which needs no separator after it. */
  flag(): number {
    const c = this.peek();
    if (c !== 0x30 && c !== 0x31) return Number.NaN;
    this.at++;
    return c - 0x30;
  }
}

/** Arguments per repetition of a command, by its lowercase letter's code (-1: not a command). */
const ARGUMENT_COUNT = new Int8Array(128).fill(-1);
for (const [letter, count] of Object.entries(ARGUMENTS)) ARGUMENT_COUNT[letter.charCodeAt(0)] = count;
const LOWER = 0x20;

/** Parses path data into vector path data in the element's user space; an error ends the path where it occurs (SVG 2, "error handling"). */
export function parsePathData(d: string): VectorPath {
  const path = new PathBuilder();
  const scan = new Scanner(d);
  const args = new Float64Array(7);
  // The previous segment's second control point, for S and T reflections (NaN: none).
  let cubicX = Number.NaN;
  let cubicY = Number.NaN;
  let quadX = Number.NaN;
  let quadY = Number.NaN;
  let command = 0;
  scan.skip(false);
  parsing: while (!scan.done) {
    if (!scan.numberAhead()) {
      command = scan.peek();
      scan.at++;
      if (command > 127 || ARGUMENT_COUNT[command | LOWER]! < 0) break;
    } else if (command === 0 || command === 0x7a || command === 0x5a) break; // No command yet, or numbers after z.
    else if (command === 0x6d) command = 0x6c; // Implicit repeats of a moveto are linetos.
    else if (command === 0x4d) command = 0x4c;
    const lower = command | LOWER;
    if (path.isEmpty && lower !== 0x6d) break;
    const count = ARGUMENT_COUNT[lower]!;
    for (let i = 0; i < count; i++) {
      scan.skip(i > 0);
      const value = lower === 0x61 && (i === 3 || i === 4) ? scan.flag() : scan.number();
      if (Number.isNaN(value)) break parsing;
      args[i] = value;
    }
    const relative = command === lower && lower !== 0x7a;
    const ox = relative ? path.x : 0;
    const oy = relative ? path.y : 0;
    const a = args[0]!;
    const b = args[1]!;
    const c = args[2]!;
    const e = args[3]!;
    let nextCubicX = Number.NaN;
    let nextCubicY = Number.NaN;
    let nextQuadX = Number.NaN;
    let nextQuadY = Number.NaN;
    switch (lower) {
      case 0x6d: // m
        path.moveTo(ox + a, oy + b);
        break;
      case 0x6c: // l
        path.lineTo(ox + a, oy + b);
        break;
      case 0x68: // h
        path.lineTo(ox + a, path.y);
        break;
      case 0x76: // v
        path.lineTo(path.x, oy + a);
        break;
      case 0x63: // c
        path.cubicTo(ox + a, oy + b, ox + c, oy + e, ox + args[4]!, oy + args[5]!);
        nextCubicX = ox + c;
        nextCubicY = oy + e;
        break;
      case 0x73: { // s
        const reflect = !Number.isNaN(cubicX);
        path.cubicTo(reflect ? 2 * path.x - cubicX : path.x, reflect ? 2 * path.y - cubicY : path.y, ox + a, oy + b, ox + c, oy + e);
        nextCubicX = ox + a;
        nextCubicY = oy + b;
        break;
      }
      case 0x71: // q
        path.quadTo(ox + a, oy + b, ox + c, oy + e);
        nextQuadX = ox + a;
        nextQuadY = oy + b;
        break;
      case 0x74: { // t
        const reflect = !Number.isNaN(quadX);
        nextQuadX = reflect ? 2 * path.x - quadX : path.x;
        nextQuadY = reflect ? 2 * path.y - quadY : path.y;
        path.quadTo(nextQuadX, nextQuadY, ox + a, oy + b);
        break;
      }
      case 0x61: // a
        path.arcTo(a, b, c, e !== 0, args[4] !== 0, ox + args[5]!, oy + args[6]!);
        break;
      case 0x7a: // z
        path.close();
        break;
    }
    if (path.overflowed) break;
    cubicX = nextCubicX;
    cubicY = nextCubicY;
    quadX = nextQuadX;
    quadY = nextQuadY;
    scan.skip(true);
  }
  return path.build();
}
