// A small SVG element tree built while svg-limits reads the XML (saxes), each element's style attribute split into declarations, ids indexed.
import { OgsmithError } from '../../errors/catalogue.js';
import type { SvgReader } from '../svg/svg-limits.js';

export interface SvgElement {
  /** Local name, an `svg:` prefix removed; other prefixes are kept (foreign elements, never drawn). */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Declarations of the `style` attribute (they win over presentation attributes). */
  readonly style: ReadonlyMap<string, string>;
  readonly children: SvgElement[];
  readonly parent: SvgElement | null;
  /** Character data inside (only read to refuse a `<style>` sheet). */
  text: string;
}

export interface SvgTree {
  readonly root: SvgElement;
  readonly ids: ReadonlyMap<string, SvgElement>;
}

/** The declarations of a style attribute: `name: value` pairs split at `;`, `!important` dropped, names lowercased. */
export function parseStyleAttribute(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!text) return out;
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
    if (name && value) out.set(name, value);
  }
  return out;
}

/** Builds the element tree from the elements svgCost reads (one XML pass checks the limits and builds the tree). */
export class SvgTreeBuilder implements SvgReader {
  private readonly stack: SvgElement[] = [];
  private readonly ids = new Map<string, SvgElement>();
  private root: SvgElement | null = null;

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    const parent = this.stack[this.stack.length - 1] ?? null;
    const element: SvgElement = { name, attributes, style: parseStyleAttribute(attributes.style), children: [], parent, text: '' };
    if (parent) parent.children.push(element);
    else this.root ??= element;
    this.stack.push(element);
    const id = attributes.id;
    if (id !== undefined && !this.ids.has(id)) this.ids.set(id, element);
  }

  close(): void {
    this.stack.pop();
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.text += text;
  }

  /** The tree read; its root must be `<svg>`. */
  tree(): SvgTree {
    const root = this.root;
    if (!root || root.name !== 'svg') throw new OgsmithError('INVALID_IMAGE', `An SVG image's root element is <${root?.name ?? 'nothing'}>, not <svg>`);
    return { root, ids: this.ids };
  }
}
