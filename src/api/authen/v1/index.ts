// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/authen/v1`: the authen v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './access_token.ts'
export * from './oidc.access_token.ts'
export * from './oidc.refresh_access_token.ts'
export * from './refresh_access_token.ts'
export * from './user_info.ts'
export type * from './types.ts'
