// hyphens: auto by the text's language: the hyphen package's patterns chosen from `lang` (prefixes tried, US English when no lang applies, none for a language without patterns) and hyphenators registered by the caller.
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layout, registerHyphenation, type LayoutText } from '../../../src/index.js';
import { HYPHEN_BREAK, markHyphenation } from '../../../src/layout/text/hyphenation.js';
import { HYPHEN_PATTERNS, MAX_REMEMBERED_LANGUAGES, hyphenatorFor, rememberedLanguages } from '../../../src/layout/text/hyphenation-languages.js';

/** The words of `text` with '|' at each automatic hyphenation point, for one language throughout. */
function hyphenated(text: string, lang: string): string {
  const kinds = new Uint8Array(text.length + 1);
  markHyphenation(kinds, text, () => 'auto', () => true, () => lang);
  return [...text].map((char, i) => (kinds[i] === HYPHEN_BREAK ? `|${char}` : char)).join('');
}

describe('hyphenation patterns by language', () => {
  it('hyphenates German, French and British English by their own patterns', () => {
    expect(hyphenated('Geschwindigkeitsbegrenzung', 'de')).toBe('Ge|schwin|dig|keits|be|gren|zung');
    expect(hyphenated('Geschwindigkeitsbegrenzung', 'en-US')).toBe('Geschwindigkeits|be|gren|zung');
    expect(hyphenated('typographique', 'fr')).toBe('ty|po|gra|phique');
    expect(hyphenated('typographique', 'en')).toBe('ty|pographique');
    expect(hyphenated('hyphenation', 'en-GB')).toBe('hy|phen|a|tion');
    expect(hyphenated('hyphenation', 'en-US')).toBe('hy|phen|ation');
  });

  it('tries the tag, then its shorter prefixes, and uses US English when no lang applies', () => {
    expect(hyphenated('Geschwindigkeitsbegrenzung', 'de-CH')).toBe(hyphenated('Geschwindigkeitsbegrenzung', 'de'));
    expect(hyphenated('typographique', 'fr-CA')).toBe('ty|po|gra|phique');
    expect(hyphenated('hyphenation', '')).toBe('hy|phen|ation');
    expect(hyphenatorFor('de-AT')).toBe(hyphenatorFor('de'));
  });

  it('does not hyphenate automatically in a language without patterns, but still breaks at soft hyphens', () => {
    expect(hyphenatorFor('ja')).toBeNull();
    expect(hyphenated('Geschwindigkeitsbegrenzung', 'ja')).toBe('Geschwindigkeitsbegrenzung');
    expect(hyphenated('Geschwindigkeits\u00adbegrenzung', 'ja')).toBe('Geschwindigkeits\u00ad|begrenzung');
  });

  it('lists exactly the pattern sets of the installed hyphen package', () => {
    const root = dirname(createRequire(import.meta.url).resolve('hyphen/package.json'));
    const sets = readdirSync(root).filter((name) => name !== 'patterns' && statSync(join(root, name)).isDirectory());
    expect([...HYPHEN_PATTERNS].sort()).toEqual(sets.filter((name) => name !== 'zh').sort());
  });
});

describe('hyphenated layout by lang', () => {
  const el = (type: string, props: Record<string, unknown>, ...children: unknown[]) => ({ type, props: { ...props, children } });
  const linesOf = async (lang: string | undefined, text: string): Promise<string[]> => {
    const result = await layout(el('div', { ...(lang === undefined ? {} : { lang }), style: { display: 'block', width: 120, fontSize: 16, hyphens: 'auto' } }, text), { width: 400, height: 400 });
    return (result.root.children[0] as LayoutText).lines.map((line) => line.text);
  };

  it('breaks a German word where German patterns allow, an English paragraph where English ones do', async () => {
    const german = await linesOf('de', 'Geschwindigkeitsbegrenzung');
    expect(german.length).toBeGreaterThan(1);
    expect(german.join('|')).toMatch(/^(Ge|Geschwin|Geschwindig|Geschwindigkeits|Geschwindigkeitsbe|Geschwindigkeitsbegren)\|/);
    const english = await linesOf(undefined, 'Geschwindigkeitsbegrenzung');
    expect(english[0]).toBe('Geschwindigkeits');
  });

  it('uses the language of each span inside one paragraph', async () => {
    const result = await layout(el('div', { lang: 'en', style: { display: 'block', width: 120, fontSize: 16, hyphens: 'auto' } }, 'Speed ', el('span', { lang: 'de' }, 'Geschwindigkeitsbegrenzung')), { width: 400, height: 400 });
    const linesIn = (node: object): string[] => [...('lines' in node ? (node as LayoutText).lines.map((line) => line.text) : []), ...('children' in node ? (node.children as object[]).flatMap(linesIn) : [])];
    const lines = linesIn(result.root);
    expect(lines[0]).toBe('Speed');
    expect(lines.slice(1).join('|')).toMatch(/^(Ge|Geschwin|Geschwindig)\|/);
  });
});

describe('registerHyphenation', () => {
  it('gives a language patterns of the caller (here: a break after every third letter of Klingon words)', () => {
    expect(hyphenated('qapla’batlh', 'tlh')).toBe('qapla’batlh');
    registerHyphenation('tlh', { hyphenateSync: (word, options) => word.replace(/(\p{L}{3})(?=\p{L}{2})/gu, `$1${options?.hyphenChar ?? '\u00ad'}`) });
    expect(hyphenated('qaplabatlh', 'tlh')).toBe('qap|lab|atlh');
    expect(hyphenated('qaplabatlh', 'tlh-Latn')).toBe('qap|lab|atlh');
  });

  it('refuses a tag that is not BCP 47, and an object without hyphenateSync', () => {
    expect(() => registerHyphenation('not a tag', { hyphenateSync: (word) => word })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', message: expect.stringContaining('not a tag') }));
    expect(() => registerHyphenation('de', {} as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', message: expect.stringContaining('hyphenateSync') }));
  });
});

describe('languages remembered', () => {
  it('stay bounded however many distinct tags documents bring, and give the same hyphenator again', () => {
    const german = hyphenatorFor('de');
    for (let i = 0; i < 5 * MAX_REMEMBERED_LANGUAGES; i++) expect(hyphenatorFor(`de-x-t${i}`)).toBe(german);
    expect(rememberedLanguages()).toBeLessThanOrEqual(MAX_REMEMBERED_LANGUAGES);
    expect(hyphenatorFor('de')).toBe(german);
  });
});
