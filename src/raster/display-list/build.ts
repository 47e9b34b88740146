// Display-list stage: walks the laid-out tree in CSS painting order and emits drawing commands.
import { OgsmithError } from '../../errors/catalogue.js';
import type { ElementNode, TextNode } from '../../layout/element/types.js';
import type { LaidOutTree } from '../../layout/layout.js';
import type { PlacedLine } from '../../layout/result/collect.js';
import { LengthError } from '../../layout/style/length.js';
import { splitTopLevel } from '../../layout/style/tokens.js';
import type { ComputedStyle } from '../../layout/style/types.js';
import { scaledMetrics, type FontFace } from '../../layout/fonts/font-face.js';
import { syntheticStyle } from '../../layout/text/font-synthesis.js';
import { primaryFace } from '../../layout/text/line-metrics.js';
import { colorText, rgbaText } from '../css/color-text.js';
import { decorationThickness, isThicknessToken } from '../css/decoration-thickness.js';
import { filterReach, MAX_GROUP_MARGIN } from '../css/filter.js';
import { isCurrentColor } from '../../layout/style/color.js';
import { invalidPaint, PaintValueError } from '../css/paint-error.js';
import { parseShadows } from '../css/shadow.js';
import { multiply, parseOrigin, parseTransform } from '../css/transform.js';
import { backgroundLayers, layerCommands, type BackgroundLayer } from './background.js';
import { EFFECT_WORK_BUDGET, effectGroup, effectPasses, hasPaintEffects } from './effects.js';
import { borderRadii, contentRect, insetRRect, paddingRect, snapRect } from './geometry.js';
import { resolveLength } from '../../layout/engine/box-model.js';
import type { ImageResolver } from '../../layout/element/normalize.js';
import { imagePlacement } from './object-fit.js';
import { propagatedDecorations } from './decoration-propagation.js';
import { firstBaseline, listOrdinals, markerCommands, markerKind } from './list-marker.js';
import { svgMarkup } from '../../layout/element/inline-svg.js';
import { emojiImages, type EmojiImages } from './emoji-images.js';
import { fragmentShadow } from './sliced-shadow.js';
import { decorationLineWidth } from './dash-pattern.js';
import { borderSideColor } from './border-shade.js';
import { decorationLines, type DecorationKind } from './decoration-lines.js';
import type { BorderSide, DisplayCommand, DisplayList, DrawnGlyph, Paint, Rect, RRect } from './types.js';

export interface BuildOptions {
  /** Outline every box and text line (like satori's debug). */
  readonly debug: boolean;
  readonly strict: boolean;
  readonly warnings: string[];
  /** Reads url() sources that are not data: URLs (files under imageDirectory). */
  readonly resolveImage?: ImageResolver;
  /** Loads the images of emoji glyphs (SVG or PNG bytes per grapheme cluster). */
  readonly emoji?: EmojiImages | null;
}

interface Deferred {
  readonly node: ElementNode;
  readonly z: number;
  readonly order: number;
  /** Overflow clips between the stacking context and the element (image coordinates). */
  readonly clips: readonly RRect[];
}

const DECORATION_STYLES: ReadonlySet<string> = new Set(['solid', 'dashed', 'dotted', 'double', 'wavy']);
const SKIP_INK_VALUES: ReadonlySet<string> = new Set(['auto', 'none', 'all']);
const DEBUG_COLORS = ['rgba(255,0,0,0.8)', 'rgba(0,160,0,0.8)', 'rgba(0,0,255,0.8)', 'rgba(200,0,200,0.8)'];

class DisplayListBuilder {
  readonly commands: DisplayCommand[] = [];
  readonly images = new Map<string, Uint8Array>();
  private order = 0;
  /** Effect work so far, pixels × passes (EFFECT_WORK_BUDGET). */
  private effectWork = 0;

  constructor(private readonly tree: LaidOutTree, private readonly options: BuildOptions) {}

  style(node: ElementNode): ComputedStyle {
    const style = this.tree.styles[node.id];
    if (!style) throw new OgsmithError('INTERNAL', `No style for ${node.path}`);
    return style;
  }

  rect(node: ElementNode): Rect {
    return this.tree.geometry.boxes.get(node.id) ?? { x: 0, y: 0, width: 0, height: 0 };
  }

  /** Reads a paint value, or with strict: false warns and returns null. */
  paintValue<T>(node: ElementNode, property: string, value: string, read: () => T): T | null {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof PaintValueError) && !(error instanceof LengthError)) throw error;
      const failure = invalidPaint(property, value, error.message, node.path);
      if (this.options.strict) throw failure;
      this.options.warnings.push(`${failure.code}: ${failure.message}`);
      return null;
    }
  }

  /** Paints an element that establishes a stacking context: negative z, flow, positioned, positive z. */
  stackingContext(node: ElementNode): void {
    this.element(node, [], [], true);
  }

  private paintDeferred(deferred: Deferred[]): void {
    deferred.sort((a, b) => a.z - b.z || a.order - b.order);
    for (const entry of deferred) {
      if (entry.clips.length > 0) {
        this.commands.push({ op: 'save' });
        for (const clip of entry.clips) this.commands.push({ op: 'clip', shape: clip });
      }
      this.stackingContext(entry.node);
      if (entry.clips.length > 0) this.commands.push({ op: 'restore' });
    }
  }

  private createsStackingContext(style: ComputedStyle): boolean {
    return (style.position !== 'static' && style.zIndex !== 'auto') || style.opacity < 1 || (style.paint.transform !== undefined && style.paint.transform !== 'none') || hasPaintEffects(style);
  }

  /** Paints the element and its in-flow descendants; positioned descendants are deferred to `deferred`. */
  private element(node: ElementNode, deferred: Deferred[], clips: readonly RRect[], isContextRoot: boolean): void {
    const style = this.style(node);
    if (style.display === 'none') return;
    if (!isContextRoot && (style.position !== 'static' || this.createsStackingContext(style))) {
      deferred.push({ node, z: style.zIndex === 'auto' ? 0 : style.zIndex, order: this.order++, clips });
      return;
    }
    const rect = this.rect(node);
    let saved = false;
    const transform = style.paint.transform;
    if (transform && transform !== 'none') {
      const matrix = this.paintValue(node, 'transform', transform, () => parseTransform(transform, rect.width, rect.height, style.fontSize));
      if (matrix) {
        const origin = this.paintValue(node, 'transform-origin', style.paint.transformOrigin ?? '', () => parseOrigin(style.paint.transformOrigin, rect.width, rect.height, style.fontSize)) ?? { x: rect.width / 2, y: rect.height / 2 };
        const ox = rect.x + origin.x;
        const oy = rect.y + origin.y;
        this.commands.push({ op: 'save' }, { op: 'transform', matrix: multiply(multiply([1, 0, 0, 1, ox, oy], matrix), [1, 0, 0, 1, -ox, -oy]) });
        saved = true;
      }
    }
    const effects = this.effects(node, style, rect) ?? (isContextRoot && node !== this.tree.root && style.opacity >= 1 && this.createsStackingContext(style) ? this.isolation(node) : null);
    if (effects) this.commands.push(effects.group, ...(effects.backdrop ? [effects.backdrop] : []));
    else if (style.opacity < 1) this.commands.push({ op: 'pushLayer', alpha: style.opacity });

    const isInline = style.display === 'inline' && node.image === null && this.tree.geometry.inlineFragments.has(node.id);
    const boxes = isInline ? this.tree.geometry.inlineFragments.get(node.id) ?? [] : [rect];
    // A box split over lines is sliced: its start edge only on the first fragment, its end edge on the last.
    boxes.forEach((box, index) => this.boxDecorations(node, style, snapRect(box), { start: index === 0, end: index === boxes.length - 1 }));
    if (node.image) this.image(node, style, rect);
    if (node.type === 'li') this.listMarker(node, style, rect);

    let clipped = false;
    let innerClips = clips;
    if (!isInline && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const snapped = snapRect(rect);
      const clip = insetRRect({ rect: snapped, radii: borderRadii(style, snapped) }, style.border.top.width, style.border.right.width, style.border.bottom.width, style.border.left.width);
      this.commands.push({ op: 'save' }, { op: 'clip', shape: clip });
      clipped = true;
      innerClips = [...clips, clip];
    }
    for (const child of node.children) {
      if (child.kind === 'text') this.text(child, node, style);
      else this.element(child, deferred, innerClips, false);
    }
    if (clipped) this.commands.push({ op: 'restore' });
    // A context's positioned descendants paint inside its transform, opacity layer and effect group.
    if (isContextRoot) this.paintDeferred(deferred);
    if (this.options.debug) this.debugOutlines(node, rect);
    if (effects) this.commands.push({ op: 'popGroup' });
    else if (style.opacity < 1) this.commands.push({ op: 'popLayer' });
    if (saved) this.commands.push({ op: 'restore' });
  }

  /**
   * Every stacking context is an isolation group (Compositing 1, §3.4): a descendant's mix-blend-mode
   * blends only with what the context paints, so a context that has no layer of its own gets an
   * empty group when something inside it blends.
   */
  private isolation(node: ElementNode): ReturnType<typeof effectGroup> {
    const blends = (parent: ElementNode): boolean => parent.children.some((child) => child.kind !== 'text' && (isBlending(this.style(child)) || blends(child)));
    if (!blends(node)) return null;
    const group = { op: 'pushGroup', filters: [], mask: null, clip: null, alpha: 1, blend: 'normal' } as const;
    this.chargeEffects(node, effectPasses(group, null));
    return { group, backdrop: null };
  }

  /**
   * Adds a group's passes over its layer (the canvas, grown by `margin` px on every side for a filter)
   * to the render's effect work; EFFECT_TOO_COSTLY past the budget.
   */
  private chargeEffects(node: ElementNode, passes: number, margin = 0): void {
    this.effectWork += (this.tree.result.width + 2 * margin) * (this.tree.result.height + 2 * margin) * passes;
    if (this.effectWork > EFFECT_WORK_BUDGET) {
      throw new OgsmithError('EFFECT_TOO_COSTLY', `The paint effects (filter, backdrop-filter, clip-path, mask, mix-blend-mode) of this render need more than ${EFFECT_WORK_BUDGET / 1e6} M pixel-passes on its ${this.tree.result.width}×${this.tree.result.height} canvas`, { path: node.path });
    }
  }

  /** filter, clip-path, mask, mix-blend-mode and backdrop-filter as one group (effects.ts), within the render's effect work budget. */
  private effects(node: ElementNode, style: ComputedStyle, rect: Rect): ReturnType<typeof effectGroup> {
    const context = { read: <T>(property: string, value: string, parse: () => T) => this.paintValue(node, property, value, parse), images: this.images, resolveImage: this.options.resolveImage, path: node.path, nodeId: node.id };
    const effects = effectGroup(context, style, rect, isPixelated(style));
    if (effects) this.chargeEffects(node, effectPasses(effects.group, effects.backdrop), Math.min(MAX_GROUP_MARGIN, filterReach(effects.group.filters, 1)));
    return effects;
  }

  /** Shadows, background layers and border of one box (or one line fragment of an inline box). */
  private boxDecorations(node: ElementNode, style: ComputedStyle, rect: Rect, edges: { start: boolean; end: boolean }): void {
    const shape: RRect = { rect, radii: sliceRadii(borderRadii(style, rect), edges) };
    const shadowText = style.paint.boxShadow;
    const shadows = shadowText ? this.paintValue(node, 'box-shadow', shadowText, () => parseShadows(shadowText, style.color, style.fontSize, true)) ?? [] : [];
    for (const s of [...shadows].reverse()) if (!s.inset) this.commands.push(...fragmentShadow(shape, edges, { ...s, inset: false }));
    if (!clipsToText(style)) this.backgroundPaints(node, style, rect, backgroundClipShape(style, shape));
    for (const s of [...shadows].reverse()) if (s.inset) this.commands.push(...fragmentShadow(insetRRect(shape, style.border.top.width, edges.end ? style.border.right.width : 0, style.border.bottom.width, edges.start ? style.border.left.width : 0), edges, { ...s, inset: true }));
    const b = style.border;
    const leftWidth = edges.start ? b.left.width : 0;
    const rightWidth = edges.end ? b.right.width : 0;
    if (b.top.width > 0 || rightWidth > 0 || b.bottom.width > 0 || leftWidth > 0) {
      const side = (name: 'top' | 'right' | 'bottom' | 'left', width = b[name].width): BorderSide => {
        const s = b[name];
        return { width, color: rgbaText(borderSideColor(s.style, name, s.color)), style: s.style === 'dashed' || s.style === 'dotted' || s.style === 'double' ? s.style : 'solid' };
      };
      this.commands.push({ op: 'border', outer: shape, inner: insetRRect(shape, b.top.width, rightWidth, b.bottom.width, leftWidth), top: side('top'), right: side('right', rightWidth), bottom: side('bottom'), left: side('left', leftWidth) });
    }
  }

  /** Background layers bottom first (colour, gradients, url() images), or none with a warning when unreadable. */
  private backgroundLayers(node: ElementNode, style: ComputedStyle, rect: Rect): BackgroundLayer[] {
    const text = style.paint.backgroundImage ?? style.paint.background ?? '';
    return this.paintValue(node, 'background', text, () => backgroundLayers(style, rect, paddingRect(style, rect), this.options.resolveImage)) ?? [];
  }

  /** Background colour then image layers, bottom first. */
  private backgroundPaints(node: ElementNode, style: ComputedStyle, rect: Rect, shape: RRect): void {
    this.commands.push(...layerCommands(this.backgroundLayers(node, style, rect), shape, `bg:${node.id}`, this.images, isPixelated(style)));
  }

  private image(node: ElementNode, style: ComputedStyle, rect: Rect): void {
    const content = contentRect(style, rect);
    const inlineSvg = node.image?.inlineSvg;
    // An inline svg is drawn at its content size (its viewport), with currentColor as the element's colour.
    const bytes = inlineSvg ? new TextEncoder().encode(svgMarkup(inlineSvg, content.width, content.height, rgbaText(style.color))) : node.image?.bytes;
    if (!bytes) return;
    const src = `img:${node.id}`;
    this.images.set(src, bytes);
    const natural = inlineSvg ? { width: content.width, height: content.height } : node.image?.natural ?? { width: content.width, height: content.height };
    const position = style.paint.objectPosition;
    const placement = this.paintValue(node, 'object-fit / object-position', `${style.paint.objectFit ?? 'fill'} / ${position ?? 'center'}`, () => imagePlacement(style.paint.objectFit ?? 'fill', position, natural, content));
    if (!placement) return;
    const radii = borderRadii(style, rect);
    const clip = insetRRect({ rect, radii }, style.border.top.width + style.padding.top.px, style.border.right.width + style.padding.right.px, style.border.bottom.width + style.padding.bottom.px, style.border.left.width + style.padding.left.px);
    this.commands.push({ op: 'image', source: src, dest: placement.dest, crop: placement.crop, shape: clip, ...(isPixelated(style) ? { pixelated: true } : {}) });
  }

  private ordinals: ReadonlyMap<number, number> | null = null;
  private propagated: ReadonlyMap<number, readonly ComputedStyle[]> | null = null;

  /** A li's marker (list-marker.ts); kinds it cannot draw are a coded error, or a warning with strict: false. */
  private listMarker(node: ElementNode, style: ComputedStyle, rect: Rect): void {
    const kind = this.paintValue(node, 'list-style', style.paint.listStyleType ?? 'disc', () => markerKind(style));
    if (!kind || kind === 'none') return;
    this.ordinals ??= listOrdinals(this.tree.root);
    const baseline = firstBaseline(node, this.tree.geometry.lines);
    this.commands.push(...markerCommands({ kind, style, rect, ordinal: this.ordinals.get(node.id) ?? 1, baseline, fonts: this.tree.fonts }));
  }

  private text(text: TextNode, parent: ElementNode, style: ComputedStyle): void {
    const lines = this.tree.geometry.lines.get(text.id) ?? [];
    if (lines.length === 0) return;
    const fillColor = this.fillColor(parent, style);
    const colorPaint: Paint = { kind: 'color', color: fillColor };
    // background-clip: text paints the background inside the glyphs, then the text's colour over it (as Chromium; `transparent` lets it show).
    const paint: Paint = clipsToText(style) ? topPaint(this.backgroundLayers(parent, style, this.rect(parent))) : colorPaint;
    const overPaint = paint !== colorPaint && !/,0\)$/.test(fillColor) ? colorPaint : null;
    const shadowText = style.paint.textShadow;
    const shadows = shadowText ? this.paintValue(parent, 'text-shadow', shadowText, () => parseShadows(shadowText, style.color, style.fontSize, false)) ?? [] : [];
    const stroke = this.stroke(parent, style);
    for (const line of lines) {
      for (const run of glyphRuns(line)) {
        const synthetic = syntheticStyle(this.tree.fonts.face(run.fontKey), style, run.size);
        const faked = synthetic ? { synthetic } : {};
        for (const s of [...shadows].reverse()) this.commands.push({ op: 'glyphs', fontKey: run.fontKey, size: run.size, paint, glyphs: run.glyphs, shadow: { color: s.color, offsetX: s.offsetX, offsetY: s.offsetY, blur: s.blur }, stroke: null, ...faked });
        this.commands.push({ op: 'glyphs', fontKey: run.fontKey, size: run.size, paint, glyphs: run.glyphs, shadow: null, stroke: overPaint ? null : stroke, ...faked });
        if (overPaint) this.commands.push({ op: 'glyphs', fontKey: run.fontKey, size: run.size, paint: overPaint, glyphs: run.glyphs, shadow: null, stroke, ...faked });
      }
      for (const image of emojiImages(line, this.options.emoji)) {
        this.images.set(image.source, image.bytes);
        this.commands.push({ op: 'image', source: image.source, dest: image.dest, crop: null, shape: { rect: image.dest, radii: null } });
      }
      this.propagated ??= propagatedDecorations(this.tree.root, (node) => this.style(node));
      for (const decorating of this.propagated.get(parent.id) ?? []) this.decorations(parent, decorating, line, rgbaText(decorating.color));
      this.decorations(parent, style, line, fillColor);
      if (this.options.debug) this.commands.push({ op: 'outline', rect: { x: line.x, y: line.y, width: line.width, height: line.height }, color: 'rgba(255,140,0,0.9)' });
    }
  }

  /** The glyphs' fill: -webkit-text-fill-color (inherited) when set, else color. */
  private fillColor(node: ElementNode, style: ComputedStyle): string {
    const text = style.paint.WebkitTextFillColor;
    if (text === undefined || isCurrentColor(text)) return rgbaText(style.color);
    return this.paintValue(node, '-webkit-text-fill-color', text, () => {
      const color = colorText(text, style.color);
      if (color === null) throw new PaintValueError('expected a CSS colour');
      return color;
    }) ?? rgbaText(style.color);
  }

  private stroke(node: ElementNode, style: ComputedStyle): { width: number; color: string } | null {
    const shorthand = style.paint.WebkitTextStroke;
    const widthText = style.paint.WebkitTextStrokeWidth ?? (shorthand ? splitTopLevel(shorthand, ' ')[0] : undefined);
    if (!widthText) return null;
    const strokeColor = style.paint.WebkitTextStrokeColor ?? (shorthand ? splitTopLevel(shorthand, ' ').slice(1).join(' ') : '');
    const width = Number.parseFloat(widthText);
    if (!Number.isFinite(width)) {
      this.paintValue(node, '-webkit-text-stroke', widthText, () => {
        throw new PaintValueError('expected a width in px');
      });
      return null;
    }
    return { width, color: strokeColor ? colorTextOr(strokeColor, style) : rgbaText(style.color) };
  }

  /** underline, overline and line-through from the font's post/OS2 metrics. */
  private decorations(node: ElementNode, style: ComputedStyle, line: PlacedLine, fillColor: string): void {
    const text = style.paint.textDecorationLine ?? style.paint.textDecoration;
    if (!text || text === 'none') return;
    const tokens = splitTopLevel(text, ' ').map((t) => t.toLowerCase());
    const kinds: string[] = tokens.filter((t) => t === 'underline' || t === 'overline' || t === 'line-through');
    if (kinds.length === 0) return;
    const styleToken = (style.paint.textDecorationStyle ?? tokens.find((t) => DECORATION_STYLES.has(t)) ?? 'solid').toLowerCase();
    if (!DECORATION_STYLES.has(styleToken)) return;
    // text-decoration-skip-ink is read for its value only: lines are drawn through descenders (what `none` asks).
    const skipInk = style.paint.textDecorationSkipInk;
    if (skipInk !== undefined && !SKIP_INK_VALUES.has(skipInk.trim().toLowerCase())) this.paintValue(node, 'text-decoration-skip-ink', skipInk, () => { throw new PaintValueError('expected auto, none or all'); });
    const thicknessToken = style.paint.textDecorationThickness ?? tokens.find(isThicknessToken);
    const colorToken = style.paint.textDecorationColor ?? tokens.find((t) => !kinds.includes(t) && t !== styleToken && !isThicknessToken(t));
    // currentcolor is the glyphs' fill (-webkit-text-fill-color when set), as Chromium paints it.
    const color = colorToken && !isCurrentColor(colorToken) ? colorTextOr(colorToken, style) : fillColor;
    const face = primaryFace(style, this.tree.fonts);
    const lower = thicknessToken?.trim().toLowerCase();
    const explicit = thicknessToken === undefined || lower === 'from-font' ? null : this.paintValue(node, 'text-decoration-thickness', thicknessToken, () => decorationThickness(thicknessToken, style.fontSize));
    const fromFont = lower === 'from-font' ? fontUnderlineThickness(face, style.fontSize) : null;
    const metrics = scaledMetrics(face, style.fontSize);
    // Chromium places decorations from the baseline the glyphs are painted on and the font's ascent.
    const at = { baseline: line.baseline, ascent: metrics.ascent, fontSize: style.fontSize };
    for (const decoration of decorationLines(kinds as DecorationKind[], at, explicit, fromFont)) {
      const { width, dy } = decorationLineWidth(styleToken, decoration.thickness);
      this.commands.push({ op: 'line', x0: line.x, y0: decoration.y + dy, x1: line.x + line.width, y1: decoration.y + dy, width, color, style: styleToken as BorderSide['style'] | 'wavy' });
    }
  }

  private debugOutlines(node: ElementNode, rect: Rect): void {
    this.commands.push({ op: 'outline', rect, color: DEBUG_COLORS[node.id % DEBUG_COLORS.length]! });
    const style = this.style(node);
    const padding = paddingRect(style, rect);
    if (padding.width !== rect.width || padding.height !== rect.height) this.commands.push({ op: 'outline', rect: padding, color: 'rgba(0,0,0,0.25)' });
  }
}

function isBlending(style: ComputedStyle): boolean {
  const mode = style.paint.mixBlendMode;
  return mode !== undefined && mode.trim().toLowerCase() !== 'normal';
}

/** image-rendering: pixelated scales images with nearest-neighbour sampling (inherited). */
function isPixelated(style: ComputedStyle): boolean {
  return (style.paint.imageRendering ?? '').trim().toLowerCase() === 'pixelated';
}

function colorTextOr(token: string, style: ComputedStyle): string {
  return colorText(token, style.color) ?? rgbaText(style.color);
}

/** The font's underline thickness at the size (post, MVAR-varied for variable instances), for text-decoration-thickness: from-font; else null (auto). */
function fontUnderlineThickness(face: FontFace, size: number): number | null {
  const units = face.decoration.underlineThickness;
  return units ? (units * size) / face.unitsPerEm : null;
}

/** The paint of the top colour or gradient layer (what background-clip: text fills glyphs with). */
function topPaint(layers: readonly BackgroundLayer[]): Paint {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (layer.kind === 'paint') return layer.paint;
  }
  return { kind: 'color', color: 'rgba(0,0,0,0)' };
}

/** The background painting area per background-clip: border-box (default), padding-box or content-box. */
function backgroundClipShape(style: ComputedStyle, shape: RRect): RRect {
  const clip = (style.paint.backgroundClip ?? 'border-box').trim().toLowerCase();
  const b = style.border;
  if (clip === 'padding-box') return insetRRect(shape, b.top.width, b.right.width, b.bottom.width, b.left.width);
  if (clip === 'content-box') {
    const p = style.padding;
    const w = shape.rect.width;
    return insetRRect(shape, b.top.width + resolveLength(p.top, w), b.right.width + resolveLength(p.right, w), b.bottom.width + resolveLength(p.bottom, w), b.left.width + resolveLength(p.left, w));
  }
  return shape;
}

function sliceRadii(radii: RRect['radii'], edges: { start: boolean; end: boolean }): RRect['radii'] {
  if (!radii || (edges.start && edges.end)) return radii;
  const none = [0, 0] as const;
  const [tl, tr, br, bl] = radii;
  return [edges.start ? tl : none, edges.end ? tr : none, edges.end ? br : none, edges.start ? bl : none];
}

function clipsToText(style: ComputedStyle): boolean {
  return (style.paint.backgroundClip ?? style.paint.WebkitBackgroundClip ?? '').trim().toLowerCase() === 'text';
}

/** Splits a line's glyphs into runs of one font and size. */
function glyphRuns(line: PlacedLine): { fontKey: string; size: number; glyphs: DrawnGlyph[] }[] {
  const runs: { fontKey: string; size: number; glyphs: DrawnGlyph[] }[] = [];
  for (const g of line.glyphs) {
    if (g.emoji !== undefined) continue;
    let run = runs[runs.length - 1];
    if (!run || run.fontKey !== g.fontKey || run.size !== g.fontSize) {
      run = { fontKey: g.fontKey, size: g.fontSize, glyphs: [] };
      runs.push(run);
    }
    run.glyphs.push({ glyphId: g.glyphId, x: g.x + line.glyphDx, y: line.baseline + g.y });
  }
  return runs;
}

/** Builds the display list of a laid-out tree. */
export function buildDisplayList(tree: LaidOutTree, options: BuildOptions): DisplayList {
  const builder = new DisplayListBuilder(tree, options);
  builder.stackingContext(tree.root);
  return { width: tree.result.width, height: tree.result.height, commands: builder.commands, images: builder.images };
}
