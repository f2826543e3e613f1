// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/sheets/v2`: the sheets v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './import.ts'
export * from './import_result.ts'
export * from './spreadsheet.cells.ts'
export * from './spreadsheet.condition_formats.ts'
export * from './spreadsheet.data_validation.ts'
export * from './spreadsheet.dimension_range.ts'
export * from './spreadsheet.metainfo.ts'
export * from './spreadsheet.properties.ts'
export * from './spreadsheet.protected_dimension.ts'
export * from './spreadsheet.protected_range.ts'
export * from './spreadsheet.sheets.ts'
export * from './spreadsheet.style.ts'
export * from './spreadsheet.values.ts'
export * from './spreadsheet.values_image.ts'
export type * from './types.ts'
