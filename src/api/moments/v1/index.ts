// Generated from catalog/moments.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/moments/v1`: the moments v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './post.ts'
export type * from './types.ts'
