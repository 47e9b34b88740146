// The <meta> tags a page needs for its card: Open Graph and X/Twitter, with the image URL, size, type and texts.

export interface CardMeta {
  readonly imageUrl: string;
  readonly width: number;
  readonly height: number;
  readonly contentType: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text parameters a template's card is most likely titled and described by (the first present wins). */
const TITLE_PARAMS = ['title', 'name', 'quote', 'project', 'hostname'] as const;
const DESCRIPTION_PARAMS = ['description', 'bio', 'highlights'] as const;

/** The title and description among a template's parameters, when it has such parameters. */
export function cardTexts(params: Readonly<Record<string, unknown>>): { title: string | undefined; description: string | undefined } {
  const first = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const value = params[name];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return undefined;
  };
  return { title: first(TITLE_PARAMS), description: first(DESCRIPTION_PARAMS) };
}

/** The tags, one per line, ready to paste into a page's <head>. */
export function metaTags(card: CardMeta): string {
  const tags: [string, string, string][] = [];
  const add = (attribute: 'property' | 'name', key: string, value: string | undefined): void => {
    if (value !== undefined) tags.push([attribute, key, value]);
  };
  add('property', 'og:title', card.title);
  add('property', 'og:description', card.description);
  add('property', 'og:image', card.imageUrl);
  add('property', 'og:image:type', card.contentType);
  add('property', 'og:image:width', String(card.width));
  add('property', 'og:image:height', String(card.height));
  add('property', 'og:image:alt', card.title);
  add('name', 'twitter:card', 'summary_large_image');
  add('name', 'twitter:title', card.title);
  add('name', 'twitter:description', card.description);
  add('name', 'twitter:image', card.imageUrl);
  return tags.map(([attribute, key, value]) => `<meta ${attribute}="${key}" content="${escapeAttribute(value)}">`).join('\n');
}
