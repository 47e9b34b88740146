// The lang attribute: canonical content language, inheritance, and text-transform's case rules per language.
import { describe, expect, it } from 'vitest';
import { canonicalLanguage } from '../../../src/layout/style/language.js';
import { applyTextTransform } from '../../../src/layout/text/text-transform.js';
import { styleOf } from '../style/style-fixture.js';

describe('lang', () => {
  it('is canonicalised, and an empty or invalid tag is the unknown language (never an error)', () => {
    expect(canonicalLanguage('TR')).toBe('tr');
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguage('')).toBe('');
    expect(canonicalLanguage('en_US')).toBe('');
  });

  it('is inherited from the parent unless the element has its own', () => {
    const parent = styleOf({}, null, { lang: 'tr' });
    expect(parent.lang).toBe('tr');
    expect(styleOf({}, parent).lang).toBe('tr');
    expect(styleOf({}, parent, { lang: 'en' }).lang).toBe('en');
    expect(styleOf({}, parent, { lang: '' }).lang).toBe('');
  });

  it('gives text-transform the language case rules, one character per character', () => {
    expect(applyTextTransform('istanbul ile izmir', 'uppercase', 'tr')).toBe('İSTANBUL İLE İZMİR');
    expect(applyTextTransform('istanbul', 'uppercase')).toBe('ISTANBUL');
    expect(applyTextTransform('ISPARTA', 'lowercase', 'tr')).toBe('ısparta');
    expect(applyTextTransform('izmir', 'capitalize', 'tr')).toBe('İzmir');
  });
});
