// Normalised element tree: the input after components are called and children flattened.

import { HTML_ELEMENTS } from '../style/ua-stylesheet.js';
import type { InlineSvg } from './inline-svg.js';

/**
 * Element types ogsmith understands: div (display: flex, as satori), span, img, the HTML elements
 * of the UA stylesheet (ua-stylesheet.ts: h1, p, ul, li, code, a…) and inline `svg` (drawn as an image).
 */
export const ELEMENT_TYPES = ['div', 'span', 'img', 'svg', ...HTML_ELEMENTS] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];

export interface ImageAttributes {
  /** The source as text for messages (a data: URL is shortened; bytes are described). */
  readonly src: string | undefined;
  /** The encoded image, when it could be read (inline data, bytes, or a file the resolver gave). */
  readonly bytes: Uint8Array | null;
  /** width/height attributes in px (presentational hints), when given. */
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly alt: string | undefined;
  /** Natural size read from the image bytes when the source is inline data, else null. */
  readonly natural: { readonly width: number; readonly height: number } | null;
  /** Set for an inline `<svg>` element: its serialised markup, drawn at the element's content size. */
  readonly inlineSvg?: InlineSvg;
}

export interface ElementNode {
  readonly kind: 'element';
  /** Index in document order (0 = root); shared numbering with text nodes. */
  readonly id: number;
  readonly type: ElementType;
  /** Path for messages: `root > div[2] > span[0]`. */
  readonly path: string;
  readonly style: Readonly<Record<string, unknown>> | undefined;
  readonly image: ImageAttributes | null;
  /** The HTML attributes ogsmith reads (a href, ol start/reversed, li value, lang); others are dropped. */
  readonly attributes: Readonly<Partial<Record<UaAttribute, string>>>;
  readonly children: readonly TreeNode[];
}

/** Attributes kept on element nodes (ua-stylesheet.ts and list markers read them; lang is the language of the element's text). */
export const UA_ATTRIBUTES = ['href', 'start', 'reversed', 'value', 'lang'] as const;
export type UaAttribute = (typeof UA_ATTRIBUTES)[number];

export interface TextNode {
  readonly kind: 'text';
  readonly id: number;
  readonly path: string;
  readonly text: string;
  /** Made by ogsmith (a br's line break): laid out, but not reported in layout results (the DOM has no such node). */
  readonly hidden?: boolean;
}

export type TreeNode = ElementNode | TextNode;

export interface NormalizedTree {
  readonly root: ElementNode;
  /** Number of ids handed out (elements + texts). */
  readonly nodeCount: number;
}
