// The coded error for SVG content the vector parser cannot represent: it names the element and the feature, never skips it silently.
import { OgsmithError } from '../../errors/catalogue.js';

/** Throws SVG_UNSUPPORTED naming the element (`<filter>`, `<text>`…) and what about it is unsupported. */
export function svgUnsupported(element: string, what: string): never {
  throw new OgsmithError('SVG_UNSUPPORTED', `An SVG image cannot be drawn without the native canvas: <${element}> ${what}`);
}
