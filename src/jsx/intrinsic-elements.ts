// JSX types of the elements ogsmith knows: div, span, img, the HTML elements of the UA stylesheet, and inline svg with its children.
import type { HtmlElement } from '../layout/style/ua-stylesheet.js';
import type { OgsmithNode, StyleObject } from './element.js';

export interface CommonAttributes {
  readonly style?: StyleObject;
  /** Tailwind classes, as @vercel/og's `tw` prop (turned into a style object; the style prop wins). */
  readonly tw?: string;
  readonly children?: OgsmithNode;
  readonly key?: string | number;
}

export interface HtmlAttributes extends CommonAttributes {
  /** On `a`: makes it a link (blue, underlined), as in the browser. */
  readonly href?: string;
  /** On `ol`: the first number and counting down. */
  readonly start?: number | string;
  readonly reversed?: boolean;
  /** On `li`: its number. */
  readonly value?: number | string;
  readonly [attribute: string]: unknown;
}

export interface ImageAttributes extends CommonAttributes {
  readonly src?: string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly alt?: string;
}

/** SVG attributes in React's spelling (strokeWidth, viewBox, xlinkHref…): serialised as SVG attributes. */
export interface SvgAttributes {
  readonly style?: StyleObject;
  readonly children?: OgsmithNode;
  readonly key?: string | number;
  readonly [attribute: string]: unknown;
}

type SvgChild = 'g' | 'path' | 'circle' | 'rect' | 'ellipse' | 'line' | 'polyline' | 'polygon' | 'defs' | 'linearGradient' | 'radialGradient' | 'stop' | 'use' | 'symbol' | 'clipPath' | 'mask' | 'pattern' | 'text' | 'tspan' | 'title' | 'desc' | 'image' | 'filter' | 'feGaussianBlur' | 'feOffset' | 'feBlend' | 'feColorMatrix' | 'feFlood' | 'feComposite' | 'feMerge' | 'feMergeNode' | 'feDropShadow';

export type KnownIntrinsicElements = { readonly div: CommonAttributes; readonly span: CommonAttributes; readonly img: ImageAttributes; readonly svg: SvgAttributes & { readonly tw?: string } } & { readonly [K in HtmlElement]: HtmlAttributes } & { readonly [K in SvgChild]: SvgAttributes };
