// Gaussian blur of a coverage mask: three box blurs per axis from σ ≥ 2 (as Skia and the SVG spec approximate it), an exact kernel below.

/** Margin, in pixels, a blur of `sigma` spreads a mask by (three standard deviations). */
export const blurMargin = (sigma: number): number => (sigma > 0 ? Math.ceil(3 * sigma) : 0);

let line = new Float32Array(0);
let sums = new Float32Array(0);

function lineBuffers(length: number): void {
  if (line.length < length) {
    line = new Float32Array(length);
    sums = new Float32Array(length + 1);
  }
}

/** One box pass over a line of `length` values at `start`, `step` apart: out[i] = mean of in[i - lo … i - lo + size - 1]. */
function boxPass(data: Float32Array, start: number, step: number, length: number, size: number, lo: number): void {
  for (let i = 0, at = start; i < length; i++, at += step) line[i] = data[at]!;
  sums[0] = 0;
  for (let i = 0; i < length; i++) sums[i + 1] = sums[i]! + line[i]!;
  const scale = 1 / size;
  for (let i = 0, at = start; i < length; i++, at += step) {
    const from = Math.max(0, Math.min(length, i - lo));
    const to = Math.max(0, Math.min(length, i - lo + size));
    data[at] = (sums[to]! - sums[from]!) * scale;
  }
}

/** An exact Gaussian pass for small σ, where three boxes are too coarse. */
function kernelPass(data: Float32Array, start: number, step: number, length: number, kernel: Float32Array): void {
  const radius = (kernel.length - 1) / 2;
  for (let i = 0, at = start; i < length; i++, at += step) line[i] = data[at]!;
  for (let i = 0, at = start; i < length; i++, at += step) {
    let sum = 0;
    const from = Math.max(0, i - radius);
    const to = Math.min(length - 1, i + radius);
    for (let j = from; j <= to; j++) sum += line[j]! * kernel[j - i + radius]!;
    data[at] = sum;
  }
}

function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const kernel = new Float32Array(2 * radius + 1);
  let total = 0;
  for (let i = -radius; i <= radius; i++) total += kernel[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
  for (let i = 0; i < kernel.length; i++) kernel[i] = kernel[i]! / total;
  return kernel;
}

/** Blurs one axis of every line: `lines` lines, each starting `lineStep` after the previous. */
function blurAxis(data: Float32Array, lines: number, lineStep: number, step: number, length: number, sigma: number): void {
  lineBuffers(length);
  if (sigma < 2) {
    const kernel = gaussianKernel(sigma);
    for (let l = 0; l < lines; l++) kernelPass(data, l * lineStep, step, length, kernel);
    return;
  }
  // SVG's feGaussianBlur box sizes: d odd → three centred boxes of d; d even → two of d offset either way, one of d + 1.
  const d = Math.floor(sigma * ((3 * Math.sqrt(2 * Math.PI)) / 4) + 0.5);
  const passes: [number, number][] = d % 2 === 1 ? [[d, (d - 1) / 2], [d, (d - 1) / 2], [d, (d - 1) / 2]] : [[d, d / 2], [d, d / 2 - 1], [d + 1, d / 2]];
  for (let l = 0; l < lines; l++) {
    for (const [size, lo] of passes) boxPass(data, l * lineStep, step, length, size, lo);
  }
}

/** Blurs a width × height mask in place with standard deviation `sigma` (pixels outside count as 0). */
export function gaussianBlur(data: Float32Array, width: number, height: number, sigma: number): void {
  if (!(sigma > 0.05)) return;
  blurAxis(data, height, width, 1, width, sigma);
  blurAxis(data, width, 1, width, height, sigma);
}
