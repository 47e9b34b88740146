// @napi-rs/canvas, imported at run time: bundlers (Next.js webpack and Turbopack) leave it out of the bundle, whose loaders cannot parse its .node binary.
import type * as SkiaModule from '@napi-rs/canvas';

const skia = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ '@napi-rs/canvas')) as typeof SkiaModule;

export const { createCanvas, loadImage, PathOp, StrokeJoin } = skia;
export const Path2D = skia.Path2D;
export type Path2D = SkiaModule.Path2D;
