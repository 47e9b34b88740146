// The element shape ogsmith accepts: React-element-like objects, also made by the JSX runtime.

/** Inline style: camelCase CSS properties; numbers are px except unitless properties. Custom properties `--x` allowed. */
export type StyleObject = Readonly<Record<string, string | number | undefined | null>>;

export type OgsmithNode = OgsmithElement | string | number | bigint | boolean | null | undefined | readonly OgsmithNode[];

export interface OgsmithProps {
  readonly style?: StyleObject;
  readonly children?: OgsmithNode;
  readonly [attribute: string]: unknown;
}

export type Component<P = Record<string, unknown>> = (props: P) => OgsmithNode;

export interface OgsmithElement {
  readonly type: string | symbol | Component<never>;
  readonly props: OgsmithProps;
  readonly key: string | number | null;
}

/** Groups children without a wrapper element (`<>…</>`). */
export const Fragment: unique symbol = Symbol.for('ogsmith.fragment') as never;

/** Builds an element, like React.createElement. */
export function createElement(type: OgsmithElement['type'], props: Readonly<Record<string, unknown>> | null, ...children: OgsmithNode[]): OgsmithElement {
  const { key, ...rest } = props ?? {};
  const merged: OgsmithProps = children.length === 0 ? rest : { ...rest, children: children.length === 1 ? children[0] : children };
  return { type, props: merged, key: typeof key === 'string' || typeof key === 'number' ? key : null };
}
