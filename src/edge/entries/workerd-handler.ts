// ogsmith/edge under the `workerd` condition: the handler, with HarfBuzz loaded as the workerd entry loads it.
import './workerd.js';

export * from '../handler.js';
