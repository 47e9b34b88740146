// V8 code cache files for the engine script: one per script content, Node version and architecture, checked before V8 sees them, written whole or not at all.
import { closeSync, fstatSync, openSync, readdirSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { crc32 } from 'node:zlib';
import { makeDirectorySync } from './make-directory.js';

/** 'OGSC', then the format version, the payload's CRC-32 and its length (little-endian u32s), then V8's bytes. */
const MAGIC = 0x4353474f;
const FORMAT = 1;
const HEADER = 16;

/** Node options that do not reach V8 (module loading, inputs, tooling); every other option may change V8's flags. */
const NOT_V8 = /^--(input-type|import|require|loader|experimental-loader|conditions|enable-source-maps|env-file|eval|print|inspect|title|no-warnings|trace-warnings)\b/;

/**
 * What besides its content decides whether V8 takes a cache: Node's version (V8's), the architecture, and the
 * V8 flags of the command line and NODE_OPTIONS (V8 refuses a cache made with other flags: a render process
 * with its heap limits and a library process would otherwise overwrite each other's cache on every start).
 */
export function codeCacheRuntime(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string {
  const flags = [...execArgv, ...nodeOptions.split(/\s+/)].filter((option) => option.startsWith('--') && !NOT_V8.test(option)).join(' ');
  return `${flags === '' ? '0' : crc32(flags).toString(16)}-${process.version}-${process.arch}`;
}

/** The start of a cache file's name that every runtime shares: the script's name and its content key (CRC-32 and length: V8 itself checks only the length). */
export function codeCachePrefix(script: Uint8Array, label = 'engine'): string {
  return `${label}-${crc32(script).toString(16).padStart(8, '0')}-${script.length.toString(36)}-`;
}

/** The cache file's name: codeCachePrefix(), then codeCacheRuntime(). */
export function codeCacheName(script: Uint8Array, label = 'engine', runtime = codeCacheRuntime()): string {
  return `${codeCachePrefix(script, label)}${runtime}.v8cache`;
}

/**
 * Where the cache may live, in order: OGSMITH_CODE_CACHE's directory; the `.cache/ogsmith` folder of the
 * node_modules that holds ogsmith (a deploy that renders once, a Docker build for instance, ships it), or of
 * ogsmith's own checkout; the OS temp directory (per user: a serverless instance's only writable place).
 * OGSMITH_CODE_CACHE=0 turns the cache off (an empty list).
 */
export function codeCacheDirectories(scriptPath: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const chosen = env.OGSMITH_CODE_CACHE;
  if (chosen === '0') return [];
  if (chosen) return [chosen];
  const marker = `${sep}node_modules${sep}`;
  const at = scriptPath.lastIndexOf(marker);
  const modules = at >= 0 ? scriptPath.slice(0, at + marker.length - 1) : join(scriptPath, '..', '..', '..', 'node_modules');
  const user = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return [join(modules, '.cache', 'ogsmith'), join(tmpdir(), `ogsmith-code-cache${user}`)];
}

/**
 * V8's bytes of the first directory that holds a sound cache file (magic, format, length and CRC-32 right;
 * owned by this user where there are users), else undefined. A file V8 then rejects is overwritten later.
 */
export function readCodeCache(directories: readonly string[], name: string): Buffer | undefined {
  for (const directory of directories) {
    let fd: number | undefined;
    try {
      fd = openSync(join(directory, name), 'r');
      const stat = fstatSync(fd);
      if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) continue;
      if (stat.size < HEADER) continue;
      const file = Buffer.allocUnsafe(stat.size);
      if (readSync(fd, file, 0, stat.size, 0) !== stat.size) continue;
      const payload = file.subarray(HEADER);
      if (file.readUInt32LE(0) !== MAGIC || file.readUInt32LE(4) !== FORMAT || file.readUInt32LE(12) !== payload.length || file.readUInt32LE(8) !== crc32(payload)) continue;
      return payload;
    } catch {
      // missing or unreadable: the next directory
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return undefined;
}

/**
 * Writes V8's bytes to the first directory that takes them: a temporary file renamed over the name, so a
 * reader sees a whole file and concurrent writers (render processes starting together) the last one's.
 * This runtime's caches of other script contents (earlier builds of ogsmith) are removed there.
 * Returns the file written, or undefined where no directory could take it (read-only file systems).
 */
export function writeCodeCache(directories: readonly string[], name: string, payload: Uint8Array): string | undefined {
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(FORMAT, 4);
  header.writeUInt32LE(crc32(payload), 8);
  header.writeUInt32LE(payload.length, 12);
  for (const directory of directories) {
    const file = join(directory, name);
    const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      makeDirectorySync(directory, 0o700);
      writeFileSync(temporary, Buffer.concat([header, payload]), { mode: 0o600 });
      renameSync(temporary, file);
      removeOthers(directory, name);
      return file;
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // never written
      }
    }
  }
  return undefined;
}

/** Deletes caches of the same script and runtime (Node, architecture, V8 flags) other than `name` (stale: the script changed). */
function removeOthers(directory: string, name: string): void {
  const suffix = `-${codeCacheRuntime()}.v8cache`;
  const label = name.slice(0, name.indexOf('-') + 1);
  if (!name.endsWith(suffix) || label === '') return;
  try {
    for (const other of readdirSync(directory)) if (other !== name && other.startsWith(label) && /^-[0-9a-f]{8}-/.test(other.slice(label.length - 1)) && other.endsWith(suffix)) unlinkSync(join(directory, other));
  } catch {
    // another process removed it first, or the directory is not ours to list
  }
}
