/**
 * The core as one module (`dist/core.js`): every other entry of the package, the root included,
 * imports the core from here at build time (see tsup.config.ts). One module instead of a dozen
 * split chunks: on Node 20 each extra ES module costs about half a millisecond to resolve, read,
 * compile and link, while the whole core compiles in under one.
 * Internal: not a package subpath; the public names are those of the root entry (`src/index.ts`).
 *
 * @internal
 * @module
 */
export * from './abort.ts'
export * from './base64.ts'
export * from './call.ts'
export * from './compose.ts'
export * from './context.ts'
export * from './download.ts'
export * from './drop.ts'
export * from './endpoint.ts'
export * from './errors.ts'
export * from './helpdesk.ts'
export * from './json.ts'
export * from './log.ts'
export * from './middleware/auth.ts'
export * from './middleware/logger.ts'
export * from './middleware/retry.ts'
export * from './middleware/transport.ts'
export * from './multipart.ts'
export * from './paginate.ts'
export * from './permission.ts'
export * from './raw-request.ts'
export * from './read-body.ts'
export * from './request.ts'
export * from './schema.ts'
export * from './token/fetch-token.ts'
export * from './token/keys.ts'
export * from './token/memory-store.ts'
export * from './token/safe-store.ts'
export * from './token/single-flight.ts'
export * from './types.ts'
export * from './valibot.ts'
