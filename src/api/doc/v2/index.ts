// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/doc/v2`: the doc v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './document.ts'
export * from './document.content.ts'
export * from './document.meta.ts'
export * from './document.raw_content.ts'
export * from './document.sheet_meta.ts'
export type * from './types.ts'
