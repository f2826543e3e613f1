// Generated from catalog/block.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/block/v2`: the block v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './entity.ts'
export * from './message.ts'
export type * from './types.ts'
