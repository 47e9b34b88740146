// HTML attributes as element props: React's names where they differ (class → className), style as an object.
import { parseStyleAttribute } from './style-attribute.js';

/** HTML attribute names whose prop is spelt differently (as in React). */
const PROP_NAMES: Readonly<Record<string, string>> = { class: 'className', for: 'htmlFor', tabindex: 'tabIndex', crossorigin: 'crossOrigin', srcset: 'srcSet', referrerpolicy: 'referrerPolicy' };

export interface HtmlAttribute {
  readonly name: string;
  readonly value: string;
}

/** The props of an element from its attributes; `path` names the element in messages. */
export function propsFromAttributes(attributes: readonly HtmlAttribute[], path: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const { name, value } of attributes) {
    if (name === 'style') props.style = parseStyleAttribute(value, path);
    else props[PROP_NAMES[name] ?? name] = value;
  }
  return props;
}
