// Memo of values computed from a computed style and a font registry: styles are shared across renders, registries are not.
import type { FontRegistry } from '../fonts/font-registry.js';
import type { ComputedStyle } from '../style/types.js';

export class StyleFontMemo<T> {
  private readonly byRegistry = new WeakMap<FontRegistry, WeakMap<ComputedStyle, T>>();

  get(fonts: FontRegistry, style: ComputedStyle, make: () => T): T {
    let byStyle = this.byRegistry.get(fonts);
    if (!byStyle) {
      byStyle = new WeakMap();
      this.byRegistry.set(fonts, byStyle);
    }
    let value = byStyle.get(style);
    if (value === undefined) {
      value = make();
      byStyle.set(style, value);
    }
    return value;
  }
}
