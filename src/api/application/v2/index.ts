// Generated from catalog/application.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/application/v2`: the application v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app.visibility.ts'
export type * from './types.ts'
