// Opacity layers: a group drawn on its own surface, then composited onto the one below with its alpha, through that one's clip.
import { composite } from './composite.js';
import type { PortableContext } from './context.js';
import type { Shader } from './shader.js';
import type { Surface } from './surface.js';

/** The layer's own pixels, one for one. */
export function surfaceShader(layer: Surface): Shader {
  const words = layer.words;
  return {
    solid: null,
    row(x, y, count, out) {
      const from = layer.index(x, y);
      out.set(words.subarray(from, from + count));
    },
  };
}

export function compositeLayer(target: PortableContext, layer: Surface, alpha: number): void {
  composite(target.surface, layer.box, null, target.clip, surfaceShader(layer), alpha);
}
