// When the playground is on: the option, then OGSMITH_PLAYGROUND, then development mode; off in production by default.
import { describe, expect, it } from 'vitest';
import { playgroundEnabled } from '../../src/server/playground/enabled.js';

describe('playgroundEnabled', () => {
  it('is off by default, in production and in tests, and on in development or with --dev', () => {
    expect(playgroundEnabled(undefined, {})).toBe(false);
    expect(playgroundEnabled(undefined, { NODE_ENV: 'production' })).toBe(false);
    expect(playgroundEnabled(undefined, { NODE_ENV: 'test' })).toBe(false);
    expect(playgroundEnabled(undefined, { NODE_ENV: 'development' })).toBe(true);
    expect(playgroundEnabled(undefined, { NODE_ENV: 'production' }, true)).toBe(true);
  });

  it('follows OGSMITH_PLAYGROUND over the mode, and the option over both', () => {
    expect(playgroundEnabled(undefined, { NODE_ENV: 'production', OGSMITH_PLAYGROUND: '1' })).toBe(true);
    expect(playgroundEnabled(undefined, { NODE_ENV: 'production', OGSMITH_PLAYGROUND: ' TRUE ' })).toBe(true);
    expect(playgroundEnabled(undefined, { NODE_ENV: 'development', OGSMITH_PLAYGROUND: 'off' }, true)).toBe(false);
    expect(playgroundEnabled(false, { OGSMITH_PLAYGROUND: '1' })).toBe(false);
    expect(playgroundEnabled(true, { NODE_ENV: 'production', OGSMITH_PLAYGROUND: '0' })).toBe(true);
  });

  it('refuses a value it cannot read rather than guessing', () => {
    expect(() => playgroundEnabled(undefined, { OGSMITH_PLAYGROUND: 'maybe' })).toThrow(/OGSMITH_PLAYGROUND/);
  });
});
