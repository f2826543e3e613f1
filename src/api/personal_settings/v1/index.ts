// Generated from catalog/personal_settings.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/personal_settings/v1`: the personal_settings v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './system_status.ts'
export type * from './types.ts'
