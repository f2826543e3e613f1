// Generated from catalog/face_verify.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/face_verify/v1`: the face_verify v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './auth_result.ts'
export * from './face_image.ts'
export type * from './types.ts'
