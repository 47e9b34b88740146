// Parsed vector scenes per image source key, in a bounded LRU (by the bytes their paths hold), so a repeated emoji parses once.
import { LRUCache } from 'lru-cache';
import { parseSvgScene } from './parse-svg.js';
import type { VectorScene } from './scene.js';

/** Bytes of path data (and embedded images) the cache may hold. */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

/** Approximate bytes a scene holds: its paths' verbs and points, its images, and a fixed cost per command. */
export function sceneBytes(scene: VectorScene): number {
  let bytes = 64;
  for (const command of scene.commands) {
    bytes += 64;
    if (command.op === 'fill' || command.op === 'stroke') bytes += command.path.verbs.byteLength + command.path.points.byteLength;
    if (command.op === 'image') bytes += command.bytes.byteLength;
  }
  return bytes;
}

const scenes = new LRUCache<string, VectorScene>({ maxSize: MAX_CACHED_BYTES, sizeCalculation: sceneBytes });

/** The scene of an SVG image, parsed on first use per `key` (an image source key: the same key must always name the same bytes). */
export function vectorScene(key: string, bytes: Uint8Array): VectorScene {
  const known = scenes.get(key);
  if (known) return known;
  const scene = parseSvgScene(bytes);
  scenes.set(key, scene);
  return scene;
}

/** Empties the cache (tests). */
export function clearVectorScenes(): void {
  scenes.clear();
}
