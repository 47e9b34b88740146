// The error catalogue: every code documented, statuses sane, messages carry paths.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, OgsmithError, isOgsmithError, quote, type ErrorCode } from '../../src/errors/catalogue.js';

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

describe('errors from another copy of ogsmith', () => {
  it('are recognised by their brand and code (a --templates module imports the package, the server runs its own bundle), and answered with their status', async () => {
    // The same file under another module id: a second copy, as the package and the server bundle are.
    const secondCopy: string = '../../src/errors/catalogue.ts?second-copy';
    const copy = (await import(secondCopy)) as typeof import('../../src/errors/catalogue.js');
    const foreign = new copy.OgsmithError('INVALID_PARAMETER', 'title is too long', { path: 'title' });
    expect(foreign instanceof OgsmithError).toBe(false);
    expect(isOgsmithError(foreign)).toBe(true);
    const { toOgsmithError } = await import('../../src/server/reply.js');
    expect(toOgsmithError(foreign)).toBe(foreign);
    expect(toOgsmithError(foreign).status).toBe(400);
    // Look-alikes are not: a plain error with a catalogue code, or a branded one with an unknown code.
    expect(isOgsmithError(Object.assign(new Error('x'), { code: 'INVALID_PARAMETER' }))).toBe(false);
    expect(isOgsmithError(Object.assign(new Error('x'), { code: 'NOPE', [Symbol.for('ogsmith.error')]: true }))).toBe(false);
  });
});
