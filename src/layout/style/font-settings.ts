// font-feature-settings and font-variation-settings: lists of OpenType tags with values.
import { ValueError } from './longhands.js';
import type { RawValue } from './shorthands.js';

/** One OpenType setting: a four-letter tag and its value (features: 1 on, 0 off, n alternate). */
export interface FontSetting {
  readonly tag: string;
  readonly value: number;
}

const FEATURE = /^(["'])([\x20-\x7e]{4})\1(?:\s+(on|off|\d+))?$/i;
const VARIATION = /^(["'])([\x20-\x7e]{4})\1\s+(-?(?:\d+\.?\d*|\.\d+))$/;

function parseList(value: RawValue, item: (part: string) => FontSetting): readonly FontSetting[] {
  const text = String(value).trim();
  if (text.toLowerCase() === 'normal') return [];
  const settings = new Map<string, number>();
  for (const part of text.split(',')) {
    const setting = item(part.trim());
    settings.delete(setting.tag);
    settings.set(setting.tag, setting.value);
  }
  return Array.from(settings, ([tag, v]) => ({ tag, value: v }));
}

/** `normal` or `"liga" 0, "tnum", "ss01" on`: the last setting of a tag wins. */
export function fontFeatureSettings(value: RawValue): readonly FontSetting[] {
  return parseList(value, (part) => {
    const match = FEATURE.exec(part);
    if (!match) throw new ValueError(`${JSON.stringify(part)} is not a feature setting (expected a quoted four-letter tag, then on, off or a number)`);
    const flag = (match[3] ?? 'on').toLowerCase();
    return { tag: match[2]!, value: flag === 'on' ? 1 : flag === 'off' ? 0 : Number(flag) };
  });
}

/** `normal` or `"wght" 650, "wdth" 80`. */
export function fontVariationSettings(value: RawValue): readonly FontSetting[] {
  return parseList(value, (part) => {
    const match = VARIATION.exec(part);
    if (!match) throw new ValueError(`${JSON.stringify(part)} is not a variation setting (expected a quoted four-letter axis tag and a number)`);
    return { tag: match[2]!, value: Number(match[3]) };
  });
}
