// Generated from catalog/speech_to_text.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/speech_to_text/v1`: the speech_to_text v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './speech.ts'
export type * from './types.ts'
