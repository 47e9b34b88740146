// Lengths and percentages: px/em/rem/vw/vh/... units and calc(), min(), max(), clamp() as px + pct.
import type { LengthPercentage } from './types.js';

/** What relative units resolve against. */
export interface LengthBasis {
  readonly em: number;
  readonly rem: number;
  readonly vw: number;
  readonly vh: number;
}

/** A parsed numeric value: a length (px + pct) or a plain number. */
type Quantity = { readonly kind: 'length'; readonly px: number; readonly pct: number } | { readonly kind: 'number'; readonly value: number };

const ABSOLUTE_UNITS: Readonly<Record<string, number>> = { px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };
const DIMENSION = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)$/i;

export class LengthError extends Error {}

function unitToPx(unit: string, basis: LengthBasis): number | null {
  const absolute = ABSOLUTE_UNITS[unit];
  if (absolute !== undefined) return absolute;
  switch (unit) {
    case 'em':
      return basis.em;
    case 'rem':
      return basis.rem;
    case 'vw':
      return basis.vw / 100;
    case 'vh':
      return basis.vh / 100;
    case 'vmin':
      return Math.min(basis.vw, basis.vh) / 100;
    case 'vmax':
      return Math.max(basis.vw, basis.vh) / 100;
    case 'ex':
      return basis.em / 2;
    case 'ch':
      return basis.em / 2;
    default:
      return null;
  }
}

function dimension(token: string, basis: LengthBasis): Quantity {
  const match = DIMENSION.exec(token);
  if (!match) throw new LengthError(`cannot read ${JSON.stringify(token)}`);
  const value = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '') return { kind: 'number', value };
  if (unit === '%') return { kind: 'length', px: 0, pct: value };
  const factor = unitToPx(unit, basis);
  if (factor === null) throw new LengthError(`unknown unit ${JSON.stringify(unit)}`);
  return { kind: 'length', px: value * factor, pct: 0 };
}

/** Recursive-descent parser for calc() sums and products. */
class CalcParser {
  private pos = 0;
  private readonly tokens: string[];
  constructor(text: string, private readonly basis: LengthBasis) {
    this.tokens = text.match(/[a-z-]+\(|[()*/,]|[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?[a-z%]*|[+-]/gi) ?? [];
    const joined = this.tokens.join('');
    if (joined.replace(/\s/g, '') !== text.replace(/\s/g, '')) throw new LengthError(`cannot read ${JSON.stringify(text)}`);
  }

  parse(): Quantity {
    const result = this.sum();
    if (this.pos !== this.tokens.length) throw new LengthError(`unexpected ${JSON.stringify(this.tokens[this.pos])}`);
    return result;
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }

  private sum(): Quantity {
    let left = this.product();
    for (;;) {
      const op = this.peek();
      if (op === '+' || op === '-') {
        this.pos++;
        left = add(left, this.product(), op === '-' ? -1 : 1);
        continue;
      }
      // "10px -5px" tokenises the sign into the number: treat a signed operand as an addition.
      if (op !== undefined && /^[+-]\d|^[+-]\./.test(op)) {
        left = add(left, this.product(), 1);
        continue;
      }
      return left;
    }
  }

  private product(): Quantity {
    let left = this.operand();
    for (;;) {
      const op = this.peek();
      if (op !== '*' && op !== '/') return left;
      this.pos++;
      const right = this.operand();
      left = op === '*' ? multiply(left, right) : divide(left, right);
    }
  }

  private operand(): Quantity {
    const token = this.tokens[this.pos++];
    if (token === undefined) throw new LengthError('unexpected end of calc()');
    if (token === '(' || token.toLowerCase() === 'calc(') {
      const inner = this.sum();
      if (this.tokens[this.pos++] !== ')') throw new LengthError('missing ")"');
      return inner;
    }
    const fn = token.toLowerCase();
    if (fn === 'min(' || fn === 'max(' || fn === 'clamp(') {
      const args: Quantity[] = [this.sum()];
      while (this.peek() === ',') {
        this.pos++;
        args.push(this.sum());
      }
      if (this.tokens[this.pos++] !== ')') throw new LengthError('missing ")"');
      return comparison(fn.slice(0, -1), args);
    }
    return dimension(token, this.basis);
  }
}

function add(a: Quantity, b: Quantity, sign: 1 | -1): Quantity {
  if (a.kind === 'number' && b.kind === 'number') return { kind: 'number', value: a.value + sign * b.value };
  if (a.kind === 'length' && b.kind === 'length') return { kind: 'length', px: a.px + sign * b.px, pct: a.pct + sign * b.pct };
  if (a.kind === 'length' && b.kind === 'number' && b.value === 0) return a;
  if (a.kind === 'number' && a.value === 0 && b.kind === 'length') return { kind: 'length', px: sign * b.px, pct: sign * b.pct };
  throw new LengthError('cannot add a number to a length');
}

function multiply(a: Quantity, b: Quantity): Quantity {
  if (a.kind === 'number' && b.kind === 'number') return { kind: 'number', value: a.value * b.value };
  if (a.kind === 'number' && b.kind === 'length') return { kind: 'length', px: a.value * b.px, pct: a.value * b.pct };
  if (a.kind === 'length' && b.kind === 'number') return { kind: 'length', px: a.px * b.value, pct: a.pct * b.value };
  throw new LengthError('cannot multiply two lengths');
}

function divide(a: Quantity, b: Quantity): Quantity {
  if (b.kind !== 'number') throw new LengthError('can only divide by a number');
  if (b.value === 0) throw new LengthError('division by zero');
  return multiply(a, { kind: 'number', value: 1 / b.value });
}

function comparison(fn: string, args: readonly Quantity[]): Quantity {
  if (fn === 'clamp' && args.length !== 3) throw new LengthError('clamp() takes three values');
  if (args.every((a) => a.kind === 'number')) {
    const values = args.map((a) => (a as { value: number }).value);
    const value = fn === 'min' ? Math.min(...values) : fn === 'max' ? Math.max(...values) : Math.max(values[0]!, Math.min(values[1]!, values[2]!));
    return { kind: 'number', value };
  }
  if (args.some((a) => a.kind !== 'length' || a.pct !== 0)) throw new LengthError(`${fn}() with percentages or mixed numbers is not supported`);
  const values = args.map((a) => (a as { px: number }).px);
  const px = fn === 'min' ? Math.min(...values) : fn === 'max' ? Math.max(...values) : Math.max(values[0]!, Math.min(values[1]!, values[2]!));
  return { kind: 'length', px, pct: 0 };
}

function quantity(text: string, basis: LengthBasis): Quantity {
  const trimmed = text.trim();
  if (/^(calc|min|max|clamp)\(/i.test(trimmed)) return new CalcParser(trimmed, basis).parse();
  return dimension(trimmed, basis);
}

/** Parses a CSS length or percentage; a React number is px. Unitless non-zero numbers are refused. */
export function parseLengthPercentage(value: string | number, basis: LengthBasis): LengthPercentage {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new LengthError(`${value} is not a finite number`);
    return { px: value, pct: 0 };
  }
  const q = quantity(value, basis);
  if (q.kind === 'number') {
    if (q.value === 0) return { px: 0, pct: 0 };
    throw new LengthError(`a length needs a unit (px, %, em, rem, vw, vh)`);
  }
  if (!Number.isFinite(q.px) || !Number.isFinite(q.pct)) throw new LengthError('the length is not finite');
  return { px: q.px, pct: q.pct };
}

/** Parses a plain number (unitless), from a React number or a string like "1.5" or "calc(2 * 3)". */
export function parseNumber(value: string | number, basis: LengthBasis): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new LengthError(`${value} is not a finite number`);
    return value;
  }
  const q = quantity(value, basis);
  if (q.kind !== 'number') throw new LengthError('expected a number without unit');
  return q.value;
}

/** Parses either: returns a number for unitless values, a length otherwise. */
export function parseNumberOrLength(value: string | number, basis: LengthBasis): { readonly number: number } | { readonly length: LengthPercentage } {
  if (typeof value === 'number') return { number: value };
  const q = quantity(value, basis);
  return q.kind === 'number' ? { number: q.value } : { length: { px: q.px, pct: q.pct } };
}
