// Generated from catalog/user.v4.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/user/v4`: the user v4 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app_admin_user.ts'
export type * from './types.ts'
