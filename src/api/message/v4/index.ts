// Generated from catalog/message.v4.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/message/v4`: the message v4 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './message.ts'
export type * from './types.ts'
