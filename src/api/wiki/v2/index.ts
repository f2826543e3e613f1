// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/wiki/v2`: the wiki v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './node.ts'
export * from './space.ts'
export * from './space.member.ts'
export * from './space.node.ts'
export * from './space.setting.ts'
export * from './task.ts'
export type * from './types.ts'
