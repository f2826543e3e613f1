// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/search/v2`: the search v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app.ts'
export * from './data_source.ts'
export * from './data_source.item.ts'
export * from './doc_wiki.ts'
export * from './message.ts'
export * from './schema.ts'
export type * from './types.ts'
