// Generated from catalog/contact.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/contact/v1`: the contact v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './user.admin_scope.ts'
export type * from './types.ts'
