// Box-tree stage: blockifies flex items, wraps loose text in anonymous boxes, collects inline content.
import { OgsmithError } from '../../errors/catalogue.js';
import type { ElementNode, TreeNode } from '../element/types.js';
import type { ComputedStyle, Display } from '../style/types.js';
import type { Box, BoxContent, ElementBox, InlineContent, InlinePart } from './types.js';

export interface BoxBuildInput {
  /** Computed style per node id (only element ids are read). */
  readonly styles: readonly (ComputedStyle | undefined)[];
  /** Style of an anonymous block box inside a parent with this style. */
  readonly anonymousStyle: (parent: ComputedStyle) => ComputedStyle;
}

const COLLAPSIBLE_ONLY = /^[ \t\n\r\f]*$/;

/** Displays whose box is an atomic inline: one unbreakable unit in a line, with its own formatting context inside. */
const ATOMIC_INLINE: ReadonlySet<Display> = new Set(['inline-block', 'inline-flex', 'inline-grid']);

/** The formatting context a box establishes for its content (the inner display type). */
function innerDisplay(display: Display): 'flex' | 'grid' | 'block' {
  if (display === 'flex' || display === 'inline-flex') return 'flex';
  if (display === 'grid' || display === 'inline-grid') return 'grid';
  return 'block';
}

class BoxBuilder {
  constructor(private readonly input: BoxBuildInput) {}

  /** The style of text directly inside a display: contents element (it has no box: the text is its parent's, styled by it). */
  private readonly textStyles = new Map<TreeNode, ComputedStyle>();

  /** Children with display: contents elements replaced by their own children, recursively, as CSS Display 3 says. */
  private flattened(children: readonly TreeNode[]): TreeNode[] {
    const out: TreeNode[] = [];
    for (const child of children) {
      if (child.kind === 'element' && this.styleOf(child).display === 'contents') {
        const style = this.styleOf(child);
        for (const inner of child.children) if (inner.kind === 'text') this.textStyles.set(inner, style);
        out.push(...this.flattened(child.children));
      } else {
        out.push(child);
      }
    }
    return out;
  }

  styleOf(node: ElementNode): ComputedStyle {
    const style = this.input.styles[node.id];
    if (!style) throw new OgsmithError('INTERNAL', `No computed style for node ${node.id}`, { path: node.path });
    return style;
  }

  /** The box of an element, or null for display: none (an inline element that is no atomic inline and no part of inline content is a block). */
  element(node: ElementNode): ElementBox | null {
    const style = this.styleOf(node);
    if (style.display === 'none' || style.display === 'contents') return null;
    const absolute = style.position === 'absolute';
    const inner = innerDisplay(style.display);
    const inlineAbsolutes: ElementBox[] = [];
    let content: BoxContent;
    if (node.image) content = { kind: 'replaced', image: node.image };
    else if (inner === 'flex') content = { kind: 'flex', children: this.itemChildren(node, style) };
    else if (inner === 'grid') content = { kind: 'grid', children: this.itemChildren(node, style) };
    else content = this.blockContent(node, style, inlineAbsolutes);
    return { kind: 'element', node, style, content, absolute, inlineAbsolutes };
  }

  /** Children of a flex or grid container: each element a blockified item, loose text wrapped in anonymous items. */
  private itemChildren(node: ElementNode, style: ComputedStyle): Box[] {
    const boxes: Box[] = [];
    let run: InlinePart[] = [];
    const flushText = (): void => {
      if (run.length > 0 && !isCollapsibleWhitespace(run, style)) {
        boxes.push({ kind: 'anonymous', style: this.input.anonymousStyle(style), inline: { parts: run } });
      }
      run = [];
    };
    for (const child of this.flattened(node.children)) {
      if (child.kind === 'text') {
        run.push({ kind: 'text', node: child, style: this.textStyles.get(child) ?? style });
        continue;
      }
      if (child.type === 'br') {
        // A br joins the text around it in one anonymous flex item, as in Chromium (it is not a flex item of its own).
        const brStyle = this.styleOf(child);
        run.push({ kind: 'open', node: child, style: brStyle }, ...child.children.flatMap((text) => (text.kind === 'text' ? [{ kind: 'text', node: text, style: brStyle } as const] : [])), { kind: 'close', node: child });
        continue;
      }
      flushText();
      const box = this.element(child);
      if (box) boxes.push(box);
    }
    flushText();
    return boxes;
  }

  private isBlockLevel(child: TreeNode): boolean {
    if (child.kind === 'text') return false;
    const style = this.styleOf(child);
    return style.display === 'flex' || style.display === 'block' || style.display === 'grid' || style.position === 'absolute';
  }

  private blockContent(node: ElementNode, style: ComputedStyle, inlineAbsolutes: ElementBox[]): BoxContent {
    const children = this.flattened(node.children);
    const hasBlockChild = children.some((child) => child.kind === 'element' && this.styleOf(child).display !== 'none' && this.styleOf(child).position !== 'absolute' && this.isBlockLevel(child));
    if (!hasBlockChild) return { kind: 'inline', inline: this.inlineContent(children, style, inlineAbsolutes) };
    const boxes: Box[] = [];
    let run: TreeNode[] = [];
    const flushInline = (): void => {
      if (run.length === 0) return;
      const absolutes: ElementBox[] = [];
      const inline = this.inlineContent(run, style, absolutes);
      if (!isCollapsibleWhitespace(inline.parts, style)) boxes.push({ kind: 'anonymous', style: this.input.anonymousStyle(style), inline });
      boxes.push(...absolutes);
      run = [];
    };
    for (const child of children) {
      if (child.kind === 'element' && this.isBlockLevel(child)) {
        flushInline();
        const box = this.element(child);
        if (box) boxes.push(box);
      } else {
        run.push(child);
      }
    }
    flushInline();
    return { kind: 'block', children: boxes };
  }

  private inlineContent(children: readonly TreeNode[], blockStyle: ComputedStyle, absolutes: ElementBox[]): InlineContent {
    const parts: InlinePart[] = [];
    const visit = (nodes: readonly TreeNode[], inSpan: ElementNode | null): void => {
      for (const child of this.flattened(nodes)) {
        if (child.kind === 'text') {
          parts.push({ kind: 'text', node: child, style: this.textStyles.get(child) ?? (inSpan ? this.styleOf(inSpan) : blockStyle) });
          continue;
        }
        const style = this.styleOf(child);
        if (style.display === 'none') continue;
        if (style.position === 'absolute') {
          const box = this.element(child);
          if (box) absolutes.push(box);
          continue;
        }
        if (ATOMIC_INLINE.has(style.display)) {
          const box = this.element(child);
          if (box) parts.push({ kind: 'atomic', box });
          continue;
        }
        if (style.display !== 'inline') {
          if (inSpan) {
            throw new OgsmithError('UNSUPPORTED_LAYOUT', `A ${style.display} element inside an inline element is not supported; make the parent display: block or flex`, { path: child.path });
          }
          continue;
        }
        if (child.image) {
          const box = this.element(child);
          if (box) parts.push({ kind: 'atomic', box });
          continue;
        }
        parts.push({ kind: 'open', node: child, style });
        visit(child.children, child);
        parts.push({ kind: 'close', node: child });
      }
    };
    visit(children, null);
    return { parts };
  }

}

function isCollapsibleWhitespace(parts: readonly InlinePart[], style: ComputedStyle): boolean {
  return parts.every((part) => part.kind === 'text' && COLLAPSIBLE_ONLY.test(part.node.text) && collapses(part.style)) && collapses(style);
}

function collapses(style: ComputedStyle): boolean {
  return style.whiteSpace === 'normal' || style.whiteSpace === 'nowrap';
}

/** Builds the box tree of a normalised, styled element tree; null when the root is display: none. */
export function buildBoxTree(root: ElementNode, input: BoxBuildInput): ElementBox | null {
  return new BoxBuilder(input).element(root);
}
