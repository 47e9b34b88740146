// Path coverage kept between renders: a template's pills, rounded boxes and image clips land on the same pixels every render, so their coverage is rasterised once and reused.
import { LRUCache } from 'lru-cache';
import { boundedCache, keyBytes } from '../../runtime/cache-budget.js';
import type { Path } from './path.js';
import { rasteriseInto, type FillRule, type PixelBox } from './rasterise.js';

/** At most 4 MiB of coverage (a 280 px avatar clip is 313 KB, a tag pill 30–40 KB) in at most 128 paths; least recently used go. */
export const MAX_KEPT_COVERAGE_BYTES = 4 * 1024 * 1024;
export const MAX_KEPT_COVERAGES = 128;
/** Paths of more numbers than this are rasterised every time (their key would cost about what rasterising them does). */
export const MAX_KEYED_PATH_NUMBERS = 2048;
/** Boxes smaller than this are rasterised every time (a copy saves little there). */
export const KEPT_MIN_PIXELS = 1024;

const kept = boundedCache<string, Float32Array>({ name: 'portable_path_coverage', maxBytes: MAX_KEPT_COVERAGE_BYTES, maxEntries: MAX_KEPT_COVERAGES, sizeOf: (data, key) => data.byteLength + keyBytes(key) + 64 });
/** Paths rasterised once: a coverage is kept from its second use on, so one-off shapes never take room or a copy. */
const seenOnce = new LRUCache<string, true>({ max: 512 });

/** The path's identity over the box: its device points, contours and fill rule (all rasteriseInto reads). */
function keyOf(path: Path, rule: FillRule, box: PixelBox): string | null {
  if (path.points.length > MAX_KEYED_PATH_NUMBERS || box.width * box.height < KEPT_MIN_PIXELS) return null;
  return `${rule}|${box.x},${box.y},${box.width},${box.height}|${path.starts.join(',')}|${path.points.join(',')}`;
}

/**
 * The path's coverage over `box`: a kept one (shared: read it, never write to it), or one rasterised
 * into `fresh()`'s array (which may be a scratch buffer), kept as a copy from the path's second use on.
 * Either way the values are rasteriseInto's, so a render's pixels never depend on what was kept.
 */
export function pathCoverage(path: Path, rule: FillRule, box: PixelBox, fresh: () => Float32Array): Float32Array {
  const key = keyOf(path, rule, box);
  const hit = key === null ? undefined : kept.get(key);
  if (hit) return hit;
  const data = fresh();
  rasteriseInto(path, rule, box, data);
  if (key !== null) {
    if (seenOnce.has(key)) kept.set(key, data.slice());
    else seenOnce.set(key, true);
  }
  return data;
}

/** Drops every kept coverage (tests). */
export function clearKeptCoverage(): void {
  kept.clear();
  seenOnce.clear();
}

/** How many coverages are kept and their bytes (tests, reports). */
export const keptCoverageStats = (): { readonly paths: number; readonly bytes: number } => ({ paths: kept.size, bytes: kept.calculatedSize });
