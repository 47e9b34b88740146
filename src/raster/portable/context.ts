// The drawing state of one surface, as a canvas keeps it: a transform and a clip, saved and restored, with fills and strokes of paths.
import { composite, compositeRect } from './composite.js';
import { intersectClip } from './clip.js';
import { IDENTITY, maxScale, multiply, type Matrix } from './matrix.js';
import { Path } from './path.js';
import { isAxisRect, pathBox, type Coverage, type FillRule, type PixelBox } from './rasterise.js';
import { pathCoverage } from './coverage-cache.js';
import { strokeOutline, type StrokeStyle } from './stroke.js';
import type { Shader } from './shader.js';
import type { Surface } from './surface.js';

interface State {
  readonly matrix: Matrix;
  readonly clip: Coverage | null;
}

let fillScratch = new Float32Array(0);

export class PortableContext {
  matrix: Matrix;
  clip: Coverage | null = null;
  private readonly saved: State[] = [];

  constructor(readonly surface: Surface, matrix: Matrix = IDENTITY) {
    this.matrix = matrix;
  }

  save(): void {
    this.saved.push({ matrix: this.matrix, clip: this.clip });
  }

  restore(): void {
    const state = this.saved.pop();
    if (!state) return;
    this.matrix = state.matrix;
    this.clip = state.clip;
  }

  transform(m: Matrix): void {
    this.matrix = multiply(this.matrix, m);
  }

  /** A new path whose points are mapped through the current transform. */
  path(): Path {
    return new Path(this.matrix);
  }

  /** Where drawing can land: the clip's box, or the whole surface. */
  get limit(): PixelBox {
    return this.clip ? this.clip.box : this.surface.box;
  }

  clipTo(path: Path, rule: FillRule = 'nonzero'): void {
    this.clip = intersectClip(this.clip, path, rule, this.surface.box);
  }

  /** Fills a device-space path with the shader. */
  fill(path: Path, shader: Shader, rule: FillRule = 'nonzero', alpha = 1): void {
    if (isAxisRect(path)) {
      const [x0, y0, x1, y1] = path.bounds()!;
      compositeRect(this.surface, x0, y0, x1, y1, this.clip, shader, alpha);
      return;
    }
    const box = pathBox(path, this.limit);
    if (!box) return;
    const size = box.width * box.height;
    const data = pathCoverage(path, rule, box, () => {
      if (fillScratch.length < size) fillScratch = new Float32Array(size);
      return fillScratch.subarray(0, size);
    });
    composite(this.surface, box, { box, data }, this.clip, shader, alpha);
  }

  /** Strokes a user-space path (built with the identity transform) under the current transform. */
  stroke(userPath: Path, style: StrokeStyle, shader: Shader): void {
    const scale = maxScale(this.matrix);
    this.fill(strokeOutline(userPath, style, this.path(), scale), shader, 'nonzero');
  }

  /** A user-space path to stroke (flattened finely enough for the current transform). */
  userPath(): Path {
    return new Path(IDENTITY, maxScale(this.matrix));
  }
}
