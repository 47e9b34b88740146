// yaml for the bundled @fastify/swagger: the same two calls, loaded by the first YAML document asked for (swagger({ yaml: true }), a static YAML spec), so that registering the docs does not load the yaml package (~45-55 ms of CPU at a cold npm start on Node 24).
import { createRequire } from 'node:module';

/** Variables, so esbuild does not bundle them back in; yaml is resolved from @fastify/swagger's own place (it may sit under it). */
const SWAGGER = '@fastify/swagger';
const PACKAGE = 'yaml';
let yaml;
const load = () => (yaml ??= createRequire(createRequire(import.meta.url).resolve(SWAGGER))(PACKAGE));

export const stringify = (...args) => load().stringify(...args);
export const parse = (...args) => load().parse(...args);
