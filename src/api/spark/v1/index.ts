// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/spark/v1`: the spark v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app.ts'
export * from './app.enum.ts'
export * from './app.storage.ts'
export * from './app.table.ts'
export * from './app.view.ts'
export * from './directory.user.ts'
export type * from './types.ts'
