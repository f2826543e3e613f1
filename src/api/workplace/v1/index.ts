// Generated from catalog/workplace.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/workplace/v1`: the workplace v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './custom_workplace_access_data.ts'
export * from './workplace_access_data.ts'
export * from './workplace_block_access_data.ts'
export type * from './types.ts'
