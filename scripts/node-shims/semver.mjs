// semver for npm start's program, which bundles fastify: fastify's plugin version checks use gt, coerce and satisfies, and semver's index evaluates its ~45 modules for them (about a third of its cost).
export { default as gt } from 'semver/functions/gt.js';
export { default as coerce } from 'semver/functions/coerce.js';
export { default as satisfies } from 'semver/functions/satisfies.js';
