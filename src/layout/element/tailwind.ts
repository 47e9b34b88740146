// The tw prop (Tailwind classes, as @vercel/og has it): classes → a style object by twrnc (an optional peer), its React Native output turned into CSS.
import { OgsmithError, quote } from '../../errors/catalogue.js';

type Style = Record<string, unknown>;
interface Tailwind { style(classes: string): Style }
export type TwrncCreate = (config?: object, platform?: string) => Tailwind;

let tailwind: Tailwind | null = null;

/** Loads twrnc's create(); the Node entry registers one (tailwind-loader.ts), layout itself imports no package loader. */
export type TwrncLoader = () => TwrncCreate;
const missing: TwrncLoader = () => {
  throw new Error('no twrnc loader is registered in this runtime');
};
let loadTwrnc: TwrncLoader = missing;

/** Sets how twrnc is loaded (called once by the Node entry). */
export function registerTwrncLoader(loader: TwrncLoader): void {
  loadTwrnc = loader;
  tailwind = null;
}

function instance(given: TwrncLoader | undefined): Tailwind {
  const load = given ?? loadTwrnc;
  if (tailwind && load === loadTwrnc) return tailwind;
  let create: TwrncCreate;
  try {
    create = load();
  } catch (error) {
    throw new OgsmithError('PACKAGE_NOT_INSTALLED', 'The tw prop needs the npm package twrnc, which is not installed: run npm install twrnc', { cause: error });
  }
  const made = create({}, 'web');
  if (load === loadTwrnc) tailwind = made;
  return made;
}

const hexAlpha = (color: string, opacity: number): string => {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${opacity})`;
};

/** React Native style → CSS inline style: line-height in px, shadow* → box-shadow, transform arrays → text; elevation dropped. */
export function cssFromNative(native: Readonly<Style>): Style {
  const style: Style = {};
  for (const [name, value] of Object.entries(native)) {
    if (name === 'elevation' || name.startsWith('shadow')) continue;
    if (name === 'lineHeight' && typeof value === 'number') style.lineHeight = `${value}px`;
    else if (name === 'transform' && Array.isArray(value)) style.transform = value.map((step: Readonly<Record<string, unknown>>) => Object.entries(step).map(([fn, arg]) => `${fn}(${typeof arg === 'number' && fn.startsWith('translate') ? `${arg}px` : String(arg)})`).join(' ')).join(' ');
    else style[name] = value;
  }
  const offset = native.shadowOffset as { width?: number; height?: number } | undefined;
  if (offset && typeof native.shadowColor === 'string') {
    const opacity = typeof native.shadowOpacity === 'number' ? native.shadowOpacity : 1;
    style.boxShadow = `${offset.width ?? 0}px ${offset.height ?? 0}px ${Number(native.shadowRadius ?? 0)}px ${hexAlpha(native.shadowColor, opacity)}`;
  }
  return style;
}

/** The style object of a tw prop (unknown classes are left out, as twrnc does). */
export function tailwindStyle(classes: unknown, path: string, load?: TwrncLoader): Style {
  if (typeof classes !== 'string') throw new OgsmithError('INVALID_ATTRIBUTE', `The tw prop must be a string of Tailwind classes, got ${quote(classes)}`, { path });
  return cssFromNative(instance(load).style(classes));
}
