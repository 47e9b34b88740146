// ogsmith's version, read once from package.json (part of ETags and build page hashes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './runtime/module-file.js';

export const OGSMITH_VERSION: string = (JSON.parse(readFileSync(join(packageRoot(import.meta.url), 'package.json'), 'utf8')) as { version: string }).version;
