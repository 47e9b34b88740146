// ogsmith/edge under the `browser` condition: the handler, with HarfBuzz loaded as the browser entry loads it.
import './browser.js';

export * from '../handler.js';
