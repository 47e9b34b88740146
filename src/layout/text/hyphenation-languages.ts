// Hyphenation patterns by content language: the `hyphen` package's Liang patterns chosen from a BCP 47 tag; US English built in, other languages loaded from the package on Node at first use, or registered by the caller (the edge build).
import enUs from 'hyphen/en-us/index.js';
import { OgsmithError, quote } from '../../errors/catalogue.js';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import { canonicalLanguage } from '../style/language.js';

/** What a language's patterns give: the word with a marker at each hyphenation point. */
export interface Hyphenator {
  hyphenateSync(text: string, options?: { readonly hyphenChar?: string; readonly minWordLength?: number }): string;
}

/** The `hyphen` package's pattern sets (version 1.14): languages, scripts and orthographies, by their lower-case BCP 47 tags. */
export const HYPHEN_PATTERNS: ReadonlySet<string> = new Set(
  // prettier-ignore
  ['af', 'as', 'be', 'bg', 'bn', 'ca', 'cop', 'cs', 'cu', 'cy', 'da', 'de-1901', 'de-1996', 'de-ch-1901', 'de', 'el-monoton', 'el-polyton', 'el', 'en-gb', 'en-us', 'en', 'es', 'et', 'ethi', 'eu', 'fi-x-school', 'fi', 'fr', 'fur', 'ga', 'gl', 'grc', 'gu', 'hi', 'hr', 'hsb', 'hu', 'hy', 'ia', 'id', 'is', 'it', 'ka', 'kmr', 'kn', 'la-x-classic', 'la-x-liturgic', 'la', 'lt', 'lv', 'mk', 'ml', 'mn-cyrl-x-lmc', 'mn-cyrl', 'mn', 'mr', 'mul-ethi', 'nb', 'nl', 'nn', 'no', 'oc', 'or', 'pa', 'pi', 'pl', 'pms', 'pt', 'rm', 'ro', 'ru', 'sa', 'sh-cyrl', 'sh-latn', 'sh', 'sk', 'sl', 'sq', 'sr-cyrl', 'sr', 'sv', 'ta', 'te', 'th', 'tk', 'tr', 'uk', 'zh-latn-pinyin'],
);

/** Hyphenators given by registerHyphenation, by lower-case tag. */
const registered = new Map<string, Hyphenator>();
/** The `hyphen` package's pattern sets loaded so far, by name (at most HYPHEN_PATTERNS.size; null: not loadable here). */
const loaded = new Map<string, Hyphenator | null>();
export const MAX_REMEMBERED_LANGUAGES = 64;
/** The hyphenator of recent content languages (false: no patterns); tags come from documents, so at most MAX_REMEMBERED_LANGUAGES are kept. */
const chosen = boundedCache<string, Hyphenator | false>({ name: 'hyphenation_languages', maxBytes: 16 * 1024, maxEntries: MAX_REMEMBERED_LANGUAGES, sizeOf: (_, key) => keyBytes(key) + 16 });

/** A tag and its shorter prefixes, most specific first: `de-ch-1901`, `de-ch`, `de`. */
function prefixes(lang: string): string[] {
  const parts = lang.toLowerCase().split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * Patterns for `lang` (a BCP 47 tag) in every build, taking precedence over the `hyphen` package's:
 * e.g. `registerHyphenation('de', await import('hyphen/de'))` on the edge, where only US English is
 * built in. A tag that is not BCP 47, or an object without `hyphenateSync`, is refused (INVALID_OPTIONS).
 */
export function registerHyphenation(lang: string, hyphenator: Hyphenator): void {
  const tag = typeof lang === 'string' ? canonicalLanguage(lang) : '';
  if (!tag) throw new OgsmithError('INVALID_OPTIONS', `registerHyphenation: lang must be a BCP 47 language tag, got ${quote(lang)}`);
  const hyphenate = (hyphenator as Partial<Hyphenator> | null)?.hyphenateSync;
  if (typeof hyphenate !== 'function') throw new OgsmithError('INVALID_OPTIONS', `registerHyphenation: the hyphenator for ${quote(tag)} must have a hyphenateSync(text, options) function (the hyphen package's language modules have one)`);
  registered.set(tag.toLowerCase(), hyphenator);
  chosen.clear();
}

/** Node's require from this module's place (the hyphen package beside ogsmith), through process.getBuiltinModule so that no bundler sees a Node import; null in other runtimes. */
function nodeRequire(): ((id: string) => unknown) | null {
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof getBuiltinModule !== 'function') return null;
  try {
    const nodeModule = getBuiltinModule('node:module') as typeof import('node:module') | undefined;
    return nodeModule ? nodeModule.createRequire(import.meta.url) : null;
  } catch {
    return null;
  }
}

/** The `hyphen` package's patterns by name, loaded on Node; null where the runtime cannot load them. */
function loadPatterns(name: string): Hyphenator | null {
  if (name === 'en-us' || name === 'en') return enUs;
  try {
    const module = nodeRequire()?.(`hyphen/${name}/index.js`) as Partial<Hyphenator> | undefined;
    return typeof module?.hyphenateSync === 'function' ? (module as Hyphenator) : null;
  } catch {
    return null;
  }
}

/** loadPatterns, once per pattern set. */
function patternsNamed(name: string): Hyphenator | null {
  let hyphenator = loaded.get(name);
  if (hyphenator === undefined) {
    hyphenator = loadPatterns(name);
    loaded.set(name, hyphenator);
  }
  return hyphenator;
}

/**
 * The hyphenator of a content language (a canonical BCP 47 tag; '' when no `lang` applies: US
 * English, the default locale of Chromium on Linux): a registered one for the tag or a prefix of
 * it, else the `hyphen` package's patterns for the longest prefix it has, else null (no automatic
 * hyphenation in that language, as in browsers without a dictionary for it).
 */
export function hyphenatorFor(lang: string): Hyphenator | null {
  const known = chosen.get(lang);
  if (known !== undefined) return known || null;
  const tags = lang === '' ? ['en-us'] : prefixes(lang);
  const own = tags.map((tag) => registered.get(tag)).find((hyphenator) => hyphenator !== undefined);
  const name = tags.find((tag) => HYPHEN_PATTERNS.has(tag));
  const hyphenator = own ?? (name === undefined ? null : patternsNamed(name));
  chosen.set(lang, hyphenator ?? false);
  return hyphenator;
}

/** How many content languages are remembered now (for tests of the bound). */
export const rememberedLanguages = (): number => chosen.size;
