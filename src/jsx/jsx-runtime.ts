// Automatic JSX runtime: `"jsxImportSource": "ogsmith"` compiles TSX templates to ogsmith elements.
import { Fragment, type OgsmithElement, type OgsmithNode, type StyleObject } from './element.js';

export { Fragment };

export function jsx(type: OgsmithElement['type'], props: Readonly<Record<string, unknown>>, key?: string | number): OgsmithElement {
  return { type, props, key: key ?? null };
}

export const jsxs = jsx;

interface CommonAttributes {
  readonly style?: StyleObject;
  readonly children?: OgsmithNode;
  readonly key?: string | number;
}

interface ImageAttributes extends CommonAttributes {
  readonly src?: string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly alt?: string;
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = OgsmithElement;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicAttributes {
    key?: string | number;
  }
  export interface IntrinsicElements {
    div: CommonAttributes;
    span: CommonAttributes;
    p: CommonAttributes;
    h1: CommonAttributes;
    h2: CommonAttributes;
    h3: CommonAttributes;
    h4: CommonAttributes;
    h5: CommonAttributes;
    h6: CommonAttributes;
    section: CommonAttributes;
    header: CommonAttributes;
    footer: CommonAttributes;
    main: CommonAttributes;
    article: CommonAttributes;
    img: ImageAttributes;
  }
}
