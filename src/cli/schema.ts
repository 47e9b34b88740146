// TypeBox schemas of the build config file and of manifest pages, and one checker that names the wrong field.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { OgsmithError, quote, type ErrorCode } from '../errors/catalogue.js';

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);

export const ContentSchema = Type.Object({
  /** The folder of .md/.mdx/.markdown files, relative to the config file. */
  dir: Type.String({ minLength: 1 }),
  /** Template of every content page unless its front matter says `og: { template }`; default `blog`. */
  template: Type.Optional(Type.String({ minLength: 1 })),
  /** Parameters given to every content page (e.g. `{ "theme": "dark" }`); front matter wins. */
  params: Type.Optional(Type.Record(Type.String(), Scalar)),
  /** Front matter field → template parameter renames, e.g. `{ "image": "avatar" }`. */
  fields: Type.Optional(Type.Record(Type.String(), Type.String())),
}, { additionalProperties: false });

export const FontFileSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  path: Type.String({ minLength: 1 }),
  weight: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  style: Type.Optional(Type.Union([Type.Literal('normal'), Type.Literal('italic')])),
}, { additionalProperties: false });

export const MetaSchema = Type.Object({
  /** `json` (default): one og-meta.json for all pages; `html`: also a `<slug>.meta.html` snippet per page; `none`. */
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('html'), Type.Literal('none')])),
  /** Origin the images are served from, e.g. `https://example.com` (og:image wants an absolute URL). */
  baseUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** URL path of the output folder; default `/og/`. */
  publicPath: Type.Optional(Type.String()),
}, { additionalProperties: false });

export const ConfigSchema = Type.Object({
  /** A manifest of pages: JSON or YAML list of `{ slug, template, params, alt? }`. */
  pages: Type.Optional(Type.String({ minLength: 1 })),
  /** A Markdown/MDX folder (or its options). */
  content: Type.Optional(Type.Union([Type.String({ minLength: 1 }), ContentSchema])),
  /** A folder of .js/.mjs template modules (default export: defineTemplate(...)). */
  templates: Type.Optional(Type.String({ minLength: 1 })),
  /** Font files every page is rendered with; default the bundled Inter family. */
  fonts: Type.Optional(Type.Array(FontFileSchema, { minItems: 1 })),
  /** Output folder; default `out/og`. */
  outDir: Type.Optional(Type.String({ minLength: 1 })),
  /** File name pattern under outDir: `[slug]` and `[ext]`; default `[slug].[ext]`. */
  fileName: Type.Optional(Type.String({ pattern: '\\[slug\\]' })),
  format: Type.Optional(Type.Union([Type.Literal('png'), Type.Literal('jpeg'), Type.Literal('webp'), Type.Literal('avif')])),
  quality: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  meta: Type.Optional(MetaSchema),
}, { additionalProperties: false });

export const PageSchema = Type.Object({
  slug: Type.String({ minLength: 1 }),
  template: Type.String({ minLength: 1 }),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  /** og:image:alt; default the title parameter, else the slug. */
  alt: Type.Optional(Type.String()),
  width: Type.Optional(Type.Integer({ minimum: 1, maximum: 4096 })),
  height: Type.Optional(Type.Integer({ minimum: 1, maximum: 4096 })),
}, { additionalProperties: false });

export type BuildConfig = Static<typeof ConfigSchema>;
export type ContentConfig = Static<typeof ContentSchema>;
export type FontFileConfig = Static<typeof FontFileSchema>;
export type PageEntry = Static<typeof PageSchema>;

/** Returns `value` as the schema's type, or throws `code` naming the first wrong field and its value. */
export function checkValue<S extends TSchema>(schema: S, value: unknown, where: string, code: ErrorCode): Static<S> {
  const first = Value.Errors(schema, value).First();
  if (!first) return value as Static<S>;
  const field = first.path.replace(/^\//, '').replaceAll('/', '.');
  const detail = first.message.replace(/^Expected/, 'must be').replace(/^Unexpected property/, 'is not a known field');
  throw new OgsmithError(code, `${where}: ${field ? `field ${quote(field)}` : 'the value'} ${detail.charAt(0).toLowerCase()}${detail.slice(1)}, got ${quote(first.value)}`);
}
