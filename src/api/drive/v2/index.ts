// Generated from catalog/drive.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/drive/v2`: the drive v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './comment_reaction.ts'
export * from './file.like.ts'
export * from './permission.public.ts'
export type * from './types.ts'
