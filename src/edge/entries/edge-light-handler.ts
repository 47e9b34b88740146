// ogsmith/edge under the `edge-light` condition: the handler, with HarfBuzz loaded as the edge-light entry loads it.
import './edge-light.js';

export * from '../handler.js';
