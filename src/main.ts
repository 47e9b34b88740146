// `npm start`: the image service on an embedded default (port 3000, in-memory cache, bundled fonts and templates).
import { enableCompileCache } from './runtime/compile-cache.js';

// First, so that the server's modules (loaded below) and its render processes use V8's code cache on Node 22+.
enableCompileCache();
await import('./server/main-program.js');
