// Imported first by the Node entries: starts loading HarfBuzz now (its WebAssembly compiles off the main thread) so that it runs beside the rest of the import (Skia's binary, the engine's code) instead of at the first render.
import { loadHarfBuzz } from '../layout/fonts/harfbuzz.js';

// A failure is reported where it matters: the first font registry awaits the same load.
loadHarfBuzz().catch(() => undefined);
