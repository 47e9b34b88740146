// Normalised element tree: the input after components are called and children flattened.

/** Element types ogsmith understands; p, h1–h6 and the sectioning elements behave like div. */
export const ELEMENT_TYPES = ['div', 'span', 'img', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'header', 'footer', 'main', 'article'] as const;
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
  readonly children: readonly TreeNode[];
}

export interface TextNode {
  readonly kind: 'text';
  readonly id: number;
  readonly path: string;
  readonly text: string;
}

export type TreeNode = ElementNode | TextNode;

export interface NormalizedTree {
  readonly root: ElementNode;
  /** Number of ids handed out (elements + texts). */
  readonly nodeCount: number;
}
