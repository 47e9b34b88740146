// `ogsmith/server`: the image service as a fastify app (buildApp) or plugin (ogsmith), and its parts.
export { buildApp, type ServerOptions } from './app.js';
export { ogsmith, ogsmith as default, type OgsmithPluginOptions } from './plugin.js';
export { OgsmithService, OGSMITH_VERSION, type OgsmithOptions } from './service.js';
export { DEFAULT_SERVER_LIMITS, type ServerLimits } from './limits.js';
export { redisCache, type RedisCacheOptions, type SharedCache } from './shared-cache.js';
export { DEFAULT_TIER_GUARD, type TierGuardOptions } from './shared-tier-guard.js';
export { s3Cache, type S3CacheOptions } from './s3-cache.js';
export { GuardedFetcher, type FetchPolicy, type Resolver } from './fetch/guarded-fetch.js';
export { isPublicAddress } from './fetch/address-policy.js';
export { clientErrorHandler } from './client-errors.js';
export { builtinTemplates } from '../templates/index.js';
export { defineTemplate, type Template, type TemplateDefinition } from '../templates/define.js';
export { signedTemplateUrl, sign, verifySignature, canonicalQuery, contentHash, type SignedUrlOptions } from './signature.js';
