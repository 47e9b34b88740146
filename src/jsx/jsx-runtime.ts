// Automatic JSX runtime: `"jsxImportSource": "ogsmith"` compiles TSX templates to ogsmith elements.
import { Fragment, type OgsmithElement } from './element.js';
import type { KnownIntrinsicElements } from './intrinsic-elements.js';

export { Fragment };

export function jsx(type: OgsmithElement['type'], props: Readonly<Record<string, unknown>>, key?: string | number): OgsmithElement {
  return { type, props, key: key ?? null };
}

export const jsxs = jsx;

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = OgsmithElement;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicAttributes {
    key?: string | number;
  }
  export interface IntrinsicElements extends KnownIntrinsicElements {}
}
