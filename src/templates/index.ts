// The built-in templates, in gallery order.
import blog from './blog.js';
import docs from './docs.js';
import product from './product.js';
import profile from './profile.js';
import quote from './quote.js';
import release from './release.js';
import url from './url-card.js';
import { toTemplate, type Template } from './define.js';

/** Every template that ships with ogsmith (the `url` card is what /og/url renders). */
export const builtinTemplates: readonly Template[] = [blog, profile, product, docs, quote, release, url].map((t) => toTemplate(t, `built-in ${t.name}`));

export { defineTemplate, toTemplate, type Template, type TemplateDefinition } from './define.js';
