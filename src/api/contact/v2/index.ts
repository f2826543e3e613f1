// Generated from catalog/contact.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/contact/v2`: the contact v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './department.ts'
export * from './role.ts'
export * from './task.ts'
export * from './user.ts'
export type * from './types.ts'
