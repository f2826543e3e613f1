// Generated from catalog/lingo.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/lingo/v1`: the lingo v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './classification.ts'
export * from './draft.ts'
export * from './entity.ts'
export * from './file.ts'
export * from './repo.ts'
export type * from './types.ts'
