// Generated from catalog/optical_char_recognition.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/optical_char_recognition/v1`: the optical_char_recognition v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './image.ts'
export type * from './types.ts'
