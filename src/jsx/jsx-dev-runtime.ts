// Development JSX runtime: same elements as the automatic runtime (source info is ignored).
import { jsx } from './jsx-runtime.js';
import type { OgsmithElement } from './element.js';

export { Fragment } from './jsx-runtime.js';
export type { JSX } from './jsx-runtime.js';

export function jsxDEV(type: OgsmithElement['type'], props: Readonly<Record<string, unknown>>, key?: string | number): OgsmithElement {
  return jsx(type, props, key);
}
