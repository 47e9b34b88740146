// The lang attribute as a content language: a canonical BCP 47 tag, or '' for an empty or invalid one (HTML's unknown language).

const cache = new Map<string, string>();

/** `en_us` and other invalid tags give '' (the language is unknown, as in HTML), never an error: the attribute is not a style. */
export function canonicalLanguage(raw: string): string {
  let lang = cache.get(raw);
  if (lang === undefined) {
    try {
      lang = raw.trim() === '' ? '' : (Intl.getCanonicalLocales(raw.trim())[0] ?? '');
    } catch {
      lang = '';
    }
    if (cache.size > 256) cache.clear();
    cache.set(raw, lang);
  }
  return lang;
}
