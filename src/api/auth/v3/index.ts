// Generated from catalog/auth.v3.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/auth/v3`: the auth v3 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app_access_token.ts'
export * from './app_ticket.ts'
export * from './tenant_access_token.ts'
export type * from './types.ts'
