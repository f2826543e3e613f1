// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/sheets/v3`: the sheets v3 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './spreadsheet.ts'
export * from './spreadsheet.sheet.ts'
export * from './spreadsheet.sheet.filter.ts'
export * from './spreadsheet.sheet.filter_view.ts'
export * from './spreadsheet.sheet.filter_view.condition.ts'
export * from './spreadsheet.sheet.float_image.ts'
export type * from './types.ts'
