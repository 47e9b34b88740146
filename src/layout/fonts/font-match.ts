// CSS Fonts 4 font matching: style first, then the nearest weight by the spec's search order.
import type { FontStyle } from '../style/types.js';

export interface Matchable {
  readonly weight: number;
  /** Upper end of a weight range (variable fonts), or null. */
  readonly weightMax?: number | null;
  readonly style: 'normal' | 'italic';
}

function styleOrder(style: FontStyle): readonly ('normal' | 'italic')[] {
  return style === 'normal' ? ['normal', 'italic'] : ['italic', 'normal'];
}

/** Picks the face the CSS font matching algorithm picks among faces of one family. */
export function matchFace<T extends Matchable>(faces: readonly T[], weight: number, style: FontStyle): T | undefined {
  for (const wanted of styleOrder(style)) {
    const candidates = faces.filter((face) => face.style === wanted);
    if (candidates.length > 0) return nearestWeight(candidates, weight);
  }
  return undefined;
}

function nearestWeight<T extends Matchable>(faces: readonly T[], desired: number): T | undefined {
  const exact = faces.find((face) => face.weight === desired || (face.weightMax != null && desired >= face.weight && desired <= face.weightMax));
  if (exact) return exact;
  const lighter = faces.filter((f) => f.weight < desired).sort((a, b) => b.weight - a.weight);
  const heavier = faces.filter((f) => f.weight > desired).sort((a, b) => a.weight - b.weight);
  if (desired >= 400 && desired <= 500) {
    const upTo500 = heavier.filter((f) => f.weight <= 500);
    const above500 = heavier.filter((f) => f.weight > 500);
    return upTo500[0] ?? lighter[0] ?? above500[0];
  }
  if (desired < 400) return lighter[0] ?? heavier[0];
  return heavier[0] ?? lighter[0];
}
