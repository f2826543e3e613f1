// Generated from catalog/event.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/event/v1`: the event v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './connection.ts'
export * from './outbound_ip.ts'
export type * from './types.ts'
