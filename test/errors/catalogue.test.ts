// The error catalogue: every code documented, statuses sane, messages carry paths.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, OgsmithError, quote, type ErrorCode } from '../../src/errors/catalogue.js';

describe('error catalogue', () => {
  const docs = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

  it.each(Object.entries(ERROR_CATALOGUE))('%s is documented with its status', (code, entry) => {
    expect(docs).toMatch(new RegExp(`\\| \`${code}\` \\| ${entry.status} \\|`));
  });

  it('documents no code that does not exist', () => {
    const documented = [...docs.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
  });

  it('carries code, status and path', () => {
    const error = new OgsmithError('UNSUPPORTED_PROPERTY' satisfies ErrorCode, 'Unsupported property "float"', { path: 'root > div[1]' });
    expect(error).toMatchObject({ code: 'UNSUPPORTED_PROPERTY', status: 422, path: 'root > div[1]' });
    expect(error.message).toBe('Unsupported property "float" (at root > div[1])');
  });

  it('quotes values and shortens huge ones', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote(12)).toBe('12');
    expect(quote('x'.repeat(1000)).length).toBeLessThanOrEqual(120);
  });
});
