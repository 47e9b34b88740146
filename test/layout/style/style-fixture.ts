// Test helper: resolves a style object with a fixed context (400×300 viewport, Inter default).
import { resolveStyle } from '../../../src/layout/style/resolve.js';
import type { ComputedStyle, StyleContext } from '../../../src/layout/style/types.js';

export function context(overrides: Partial<StyleContext> = {}): StyleContext {
  return { viewportWidth: 400, viewportHeight: 300, rootFontSize: 16, defaultFontFamily: 'Inter', path: 'root > div[1]', elementType: 'div', strict: true, warnings: [], ...overrides };
}

export function styleOf(raw: Record<string, unknown>, parent: ComputedStyle | null = null, overrides: Partial<StyleContext> = {}): ComputedStyle {
  return resolveStyle(raw, parent, context(overrides));
}
