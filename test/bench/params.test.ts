// Benchmark parameters: valid for each built-in template, varied from one index to the next, never a URL.
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { uniqueParams, variedParams } from '../../src/bench/params.js';
import { builtinTemplates } from '../../src/templates/index.js';

describe('variedParams', () => {
  it.each(builtinTemplates.map((t) => [t.name, t] as const))('gives %s valid, varied parameters without URLs', (_, template) => {
    const sets = Array.from({ length: 20 }, (_, i) => variedParams(template.name, template.params, i));
    for (const params of sets) {
      expect(Value.Check(template.params, params)).toBe(true);
      for (const value of Object.values(params)) expect(String(value)).not.toMatch(/^https?:/);
    }
    expect(new Set(sets.map((p) => JSON.stringify(p))).size).toBeGreaterThan(10);
  });

  it('fills patterns it can (versions, prices) and cycles through literal unions', () => {
    const schema = Type.Object({ version: Type.String({ pattern: '^[0-9][0-9.]*$' }), price: Type.String({ pattern: '^\\$' }), theme: Type.Union([Type.Literal('a'), Type.Literal('b')]) });
    expect(variedParams('t', schema, 3)).toEqual({ version: '4.3.3', price: '$13.00', theme: 'b' });
  });

  it('says which parameter it cannot satisfy', () => {
    const schema = Type.Object({ code: Type.String({ pattern: '^[A-Z]{3}-\\d{4}$' }) });
    expect(() => variedParams('odd', schema, 0)).toThrow(/template odd: \/code/);
  });
});

describe('uniqueParams', () => {
  it('makes every index a different image within the length limits', () => {
    const blog = builtinTemplates.find((t) => t.name === 'blog')!;
    const titles = Array.from({ length: 200 }, (_, i) => uniqueParams('blog', blog.params, i).title);
    expect(new Set(titles).size).toBe(200);
    for (let i = 0; i < 200; i += 37) expect(Value.Check(blog.params, uniqueParams('blog', blog.params, i))).toBe(true);
  });
});
