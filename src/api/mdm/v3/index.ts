// Generated from catalog/mdm.v3.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/mdm/v3`: the mdm v3 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './batch_country_region.ts'
export * from './country_region.ts'
export type * from './types.ts'
