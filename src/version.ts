// ogsmith's version, read once from package.json (part of ETags and build page hashes).
import { readFileSync } from 'node:fs';

export const OGSMITH_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
