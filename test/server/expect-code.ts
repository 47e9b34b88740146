// Asserts that a call throws an OgsmithError with the given code.
import { expect } from 'vitest';
import { OgsmithError, type ErrorCode } from '../../src/errors/catalogue.js';

export function expectCode(call: () => unknown, code: ErrorCode): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(OgsmithError);
  expect((thrown as OgsmithError).code).toBe(code);
}
