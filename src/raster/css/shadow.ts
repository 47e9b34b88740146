// box-shadow and text-shadow lists: offsets, blur, spread, colour and inset.
import { parseLengthPercentage } from '../../layout/style/length.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import type { Rgba } from '../../layout/style/types.js';
import { colorText, rgbaText } from './color-text.js';
import { PaintValueError } from './paint-error.js';

export interface Shadow {
  readonly offsetX: number;
  readonly offsetY: number;
  readonly blur: number;
  readonly spread: number;
  readonly color: string;
  readonly inset: boolean;
}

/** Parses a shadow list; `em` is the element's font size. Shadows are returned top first, as CSS lists them. */
export function parseShadows(text: string, currentColor: Rgba, em: number, allowSpreadAndInset: boolean): Shadow[] {
  if (text.trim().toLowerCase() === 'none') return [];
  return splitTopLevel(text, ',').map((layer) => {
    const lengths: number[] = [];
    let color: string | null = null;
    let inset = false;
    for (const token of splitTopLevel(layer, ' ')) {
      if (token.toLowerCase() === 'inset' && allowSpreadAndInset) {
        inset = true;
        continue;
      }
      const asColor = colorText(token, currentColor);
      if (asColor) {
        color = asColor;
        continue;
      }
      const length = parseLengthPercentage(token, { em, rem: 16, vw: 0, vh: 0 });
      if (length.pct !== 0) throw new PaintValueError('shadow lengths cannot be percentages');
      lengths.push(length.px);
    }
    const max = allowSpreadAndInset ? 4 : 3;
    if (lengths.length < 2 || lengths.length > max) throw new PaintValueError(`a shadow needs 2 to ${max} lengths`);
    const [offsetX = 0, offsetY = 0, blur = 0, spread = 0] = lengths;
    if (blur < 0) throw new PaintValueError('blur must not be negative');
    return { offsetX, offsetY, blur, spread, color: color ?? rgbaText(currentColor), inset };
  });
}
