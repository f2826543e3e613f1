// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/meeting_room`: the meeting_room endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './building.ts'
export * from './country.ts'
export * from './district.ts'
export * from './freebusy.ts'
export * from './instance.ts'
export * from './room.ts'
export * from './summary.ts'
export type * from './types.ts'
