// Test helper: runs a function that must throw an OgsmithError and returns it.
import { OgsmithError } from '../../src/errors/catalogue.js';

export function errorOf(run: () => unknown): OgsmithError {
  try {
    run();
  } catch (error) {
    if (error instanceof OgsmithError) return error;
    throw error;
  }
  throw new Error('expected an OgsmithError');
}
