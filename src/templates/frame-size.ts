// Template sizes: the frame a template lays out for a requested image size, and its element scaled to fill the image.
import { OgsmithError } from '../errors/catalogue.js';
import type { OgsmithElement } from '../jsx/element.js';

/** A size in px. */
export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

/** Width ÷ height ratios a template lays out well at, both ends included. */
export interface AspectRange {
  readonly min: number;
  readonly max: number;
}

/** What sizing needs of a template: its design size and the aspect ratios it lays out at (null: its own only). */
export interface SizedTemplate {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly aspectRatios: AspectRange | null;
}

/** The image to produce and the frame the template lays out, which is scaled to fill the image. */
export interface TemplateSizing {
  readonly image: FrameSize;
  readonly frame: FrameSize;
}

const bad = (message: string): OgsmithError => new OgsmithError('INVALID_PARAMETER', message);
const ratio = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * The image and frame for a request's width and height (either may be absent). The frame keeps the
 * template's design width, so its text keeps its proportions, and takes the image's aspect ratio:
 * width alone gives the design's height at that width, height alone the width. Both given: a
 * template that declares `aspectRatios` lays out at any ratio in the range; one that does not only
 * at its own (to a pixel of rounding). Any other size is INVALID_PARAMETER naming height and the
 * heights that work: the image is never a crop of the frame or a frame with empty margins.
 */
export function templateSizing(template: SizedTemplate, asked: { readonly width?: number; readonly height?: number }): TemplateSizing {
  const design: FrameSize = { width: template.width, height: template.height };
  const designAspect = design.width / design.height;
  const heightAt = (width: number, aspect: number): number => Math.max(1, Math.round(width / aspect));
  const { width, height } = asked;
  if (width === undefined && height === undefined) return { image: design, frame: design };
  if (height === undefined) return { image: { width: width!, height: heightAt(width!, designAspect) }, frame: design };
  if (width === undefined) return { image: { width: Math.max(1, Math.round(height * designAspect)), height }, frame: design };
  const image: FrameSize = { width, height };
  const range = template.aspectRatios;
  const aspect = width / height;
  if (range && aspect >= range.min && aspect <= range.max) return { image, frame: { width: design.width, height: heightAt(design.width, aspect) } };
  if (Math.abs(height - heightAt(width, designAspect)) <= 1) return { image, frame: design };
  const fits = range
    ? `lays out at width:height ratios from ${ratio(range.min)} to ${ratio(range.max)} (height ${Math.ceil(width / range.max)} to ${Math.floor(width / range.min)} at width ${width})`
    : `lays out only at its ${design.width}×${design.height} ratio (height ${heightAt(width, designAspect)} at width ${width})`;
  throw bad(`height ${height} does not fit template "${template.name}" at width ${width}: it ${fits}; without height the image is ${width}×${heightAt(width, designAspect)}`);
}

/** The template's element as the image shows it: as is at its frame's size, else scaled (from the top left corner) to fill the image. */
export function fillImage(element: OgsmithElement, sizing: TemplateSizing): OgsmithElement {
  const { image, frame } = sizing;
  if (image.width === frame.width && image.height === frame.height) return element;
  const scale = `scale(${image.width / frame.width}, ${image.height / frame.height})`;
  const scaled: OgsmithElement = { type: 'div', key: null, props: { style: { display: 'flex', flexShrink: 0, width: frame.width, height: frame.height, transform: scale, transformOrigin: '0 0' }, children: element } };
  return { type: 'div', key: null, props: { style: { display: 'flex', width: image.width, height: image.height, overflow: 'hidden' }, children: scaled } };
}
