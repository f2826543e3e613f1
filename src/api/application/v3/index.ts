// Generated from catalog/application.v3.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/application/v3`: the application v3 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app.ts'
export * from './is_user_admin.ts'
export type * from './types.ts'
