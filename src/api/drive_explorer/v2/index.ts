// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/drive_explorer/v2`: the drive_explorer v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './file.ts'
export * from './file.docs.ts'
export * from './file.spreadsheets.ts'
export * from './folder.ts'
export * from './folder.children.ts'
export * from './folder.meta.ts'
export * from './root_folder.meta.ts'
export type * from './types.ts'
