// next/og's emoji set names: noto, openmoji, fluent and fluentFlat read from Iconify JSON packages installed by the user (optional peers).
import { requireFromModule } from '../runtime/module-file.js';
import { OgsmithError, quote } from '../errors/catalogue.js';
import type { EmojiProvider } from './emoji-sets.js';

/** The npm package that holds each set's SVGs (Iconify JSON: icons.json and chars.json). */
export const EMOJI_PACKAGES = {
  noto: '@iconify-json/noto',
  openmoji: '@iconify-json/openmoji',
  fluent: '@iconify-json/fluent-emoji',
  fluentFlat: '@iconify-json/fluent-emoji-flat',
} as const;
export type PackagedEmojiSet = keyof typeof EMOJI_PACKAGES;
/** next/og's names that no npm package ships as images: a coded error says so. */
export const UNAVAILABLE_EMOJI_SETS: ReadonlySet<string> = new Set(['blobmoji']);

interface IconifyIcon { readonly body: string; readonly width?: number; readonly height?: number; readonly left?: number; readonly top?: number }
interface IconifySet {
  readonly icons: Readonly<Record<string, IconifyIcon>>;
  readonly aliases?: Readonly<Record<string, { readonly parent: string }>>;
  readonly width?: number;
  readonly height?: number;
}

/** Reads a package's JSON file; injectable so tests can stand in for a missing package. */
export type PackageReader = (specifier: string) => unknown;
const defaultReader: PackageReader = (specifier) => requireFromModule(specifier, import.meta.url);

const providers = new Map<string, EmojiProvider>();

function load(name: PackagedEmojiSet, read: PackageReader): { set: IconifySet; chars: Readonly<Record<string, string>> } {
  const pkg = EMOJI_PACKAGES[name];
  try {
    return { set: read(`${pkg}/icons.json`) as IconifySet, chars: read(`${pkg}/chars.json`) as Record<string, string> };
  } catch (error) {
    throw new OgsmithError('PACKAGE_NOT_INSTALLED', `Emoji set ${quote(name)} needs the npm package ${pkg}, which is not installed: run npm install ${pkg}`, { cause: error });
  }
}

/** An emoji provider over an Iconify emoji package: a grapheme's code points (hex, "-") → icon name → SVG. */
export function iconifyEmoji(name: PackagedEmojiSet, read: PackageReader = defaultReader): EmojiProvider {
  const cached = read === defaultReader ? providers.get(name) : undefined;
  if (cached) return cached;
  const { set, chars } = load(name, read);
  const iconOf = (sequence: string): IconifyIcon | null => {
    const points = Array.from(sequence, (char) => char.codePointAt(0)!);
    for (const candidate of [points, points.filter((cp) => cp !== 0xfe0f)]) {
      let iconName = chars[candidate.map((cp) => cp.toString(16)).join('-')];
      if (iconName !== undefined && !set.icons[iconName]) iconName = set.aliases?.[iconName]?.parent;
      const icon = iconName === undefined ? undefined : set.icons[iconName];
      if (icon) return icon;
    }
    return null;
  };
  const provider: EmojiProvider = {
    name,
    has: (sequence) => iconOf(sequence) !== null,
    load: (sequence) => {
      const icon = iconOf(sequence);
      if (!icon) return null;
      const width = icon.width ?? set.width ?? 16;
      const height = icon.height ?? set.height ?? 16;
      return new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="${icon.left ?? 0} ${icon.top ?? 0} ${width} ${height}">${icon.body}</svg>`);
    },
  };
  if (read === defaultReader) providers.set(name, provider);
  return provider;
}

/** The provider for one of next/og's set names, or null when `option` is not one of them. */
export function namedEmojiSet(option: unknown): EmojiProvider | null {
  if (typeof option !== 'string') return null;
  if (UNAVAILABLE_EMOJI_SETS.has(option)) {
    throw new OgsmithError('PACKAGE_NOT_INSTALLED', `Emoji set ${quote(option)} is not published on npm as images; use twemoji, noto, openmoji, fluent or fluentFlat, or your own set with emojiDirectory()`);
  }
  return Object.prototype.hasOwnProperty.call(EMOJI_PACKAGES, option) ? iconifyEmoji(option as PackagedEmojiSet) : null;
}
