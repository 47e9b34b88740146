// opentype.js's parse(), whichever build is loaded: Node loads its CommonJS build (only a default export), bundlers its ESM build (only named exports).
import * as opentypeModule from 'opentype.js';
import type { Font } from 'opentype.js';

type Parse = (buffer: ArrayBuffer) => Font;

/** The namespace is passed whole, so no bundler checks for an export the other build lacks (Turbopack: "Export default doesn't exist"). */
export function findParse(namespace: Record<string, unknown>): Parse {
  const named = namespace['parse'];
  if (typeof named === 'function') return named as Parse;
  const fallback = namespace['default'] as { parse?: unknown } | undefined;
  if (typeof fallback?.parse === 'function') return fallback.parse as Parse;
  throw new Error('opentype.js exposes no parse()');
}

export const parseOpentype: Parse = findParse(opentypeModule as unknown as Record<string, unknown>);
