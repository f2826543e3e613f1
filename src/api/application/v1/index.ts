// Generated from catalog/application.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/application/v1`: the application v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './user.visible_apps.ts'
export type * from './types.ts'
