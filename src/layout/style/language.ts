// The lang attribute as a content language: a canonical BCP 47 tag, or '' for an empty or invalid one (HTML's unknown language).
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';

/** Canonical tags by attribute text, 64 KiB (keys come from documents). */
const cache = boundedCache<string, string>({ name: 'language_tags', maxBytes: 64 * 1024, sizeOf: (lang, key) => keyBytes(key) + keyBytes(lang) });

/** `en_us` and other invalid tags give '' (the language is unknown, as in HTML), never an error: the attribute is not a style. */
export function canonicalLanguage(raw: string): string {
  let lang = cache.get(raw);
  if (lang === undefined) {
    try {
      lang = raw.trim() === '' ? '' : (Intl.getCanonicalLocales(raw.trim())[0] ?? '');
    } catch {
      lang = '';
    }
    cache.set(raw, lang);
  }
  return lang;
}
