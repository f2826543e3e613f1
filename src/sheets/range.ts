/**
 * A1 ranges of the spreadsheet values API (sheets v2): `<sheetId>!A1:B2`, `<sheetId>!A:C` (whole
 * columns), `<sheetId>!A2:C` (from a cell to the bottom of columns), `<sheetId>!1:3` (whole rows), or
 * `<sheetId>` alone (the whole sheet). Pure functions: the SDK's helpers and the fake server share them.
 *
 * @module
 */
import { createLarkValidationError } from '../core/errors.ts'
import type { CellValue } from './cells.ts'

/** The largest column the platform's sheets have (`XFD`, as in other spreadsheet software). */
export const MAX_COLUMN = 16_384
/** The largest row number a range may name here. */
export const MAX_ROW = 10_000_000

/** A parsed range. Rows and columns are 1-based; an open side is `undefined` (`A:C` has no rows). */
export interface SheetRange {
  readonly sheetId: string
  readonly startColumn?: number
  readonly startRow?: number
  readonly endColumn?: number
  readonly endRow?: number
}

/** A matrix of cell values, row by row (the API's `values`). */
export type ValueMatrix = readonly (readonly CellValue[])[]

/** A `valueRange` body part: the range written and its values (a copy of the matrix given). */
export interface ValueRange {
  range: string
  values: CellValue[][]
}

const CELL = /^([A-Za-z]{0,3})([0-9]{0,8})$/

/**
 * `1` → `A`, `27` → `AA`.
 *
 * @throws {LarkValidationError} When the number is not a column of a sheet (1 to 16,384).
 */
export function columnName(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) throw bad('column', `must be an integer from 1 to ${MAX_COLUMN}`)
  let name = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/**
 * `A` → `1`, `aa` → `27`.
 *
 * @throws {LarkValidationError} When the name is not a column of a sheet.
 */
export function columnNumber(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) throw bad('column', `"${name}" is not a column name`)
  let n = 0
  for (const c of name.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64)
  if (n > MAX_COLUMN) throw bad('column', `"${name}" is past the last column (XFD)`)
  return n
}

function bad(path: string, message: string) {
  return createLarkValidationError('larkfn/sheets', [{ path, message }])
}

/**
 * Reads an A1 range.
 *
 * @param range `0b12ab!A1:B2`, `0b12ab!A:C`, `0b12ab!A2:C`, `0b12ab!1:3`, `0b12ab!B3` or `0b12ab`.
 * @returns Its sheet id and bounds.
 * @throws {LarkValidationError} Naming the range, when it is not one.
 * @example
 * parseRange('0b12ab!A1:B2') // { sheetId: '0b12ab', startColumn: 1, startRow: 1, endColumn: 2, endRow: 2 }
 */
export function parseRange(range: string): SheetRange {
  if (typeof range !== 'string' || range.length === 0 || range.length > 300) throw bad('range', 'must be a non-empty string of at most 300 characters')
  const bang = range.lastIndexOf('!')
  const sheetId = bang < 0 ? range : range.slice(0, bang)
  if (sheetId === '') throw bad('range', `"${range}" has no sheet id before "!"`)
  if (bang < 0) return { sheetId }
  const [from = '', to, extra] = range.slice(bang + 1).split(':')
  if (extra !== undefined) throw bad('range', `"${range}" has more than one ":"`)
  const a = readCell(from, range)
  const b = to === undefined ? a : readCell(to, range)
  if ((a.column === undefined && a.row === undefined) || (b.column === undefined && b.row === undefined)) throw bad('range', `"${range}" is not an A1 range`)
  // `A:C` names columns on both sides, `1:3` rows on both sides; `A2:C` is a cell to a column's end.
  if (a.column === undefined !== (b.column === undefined)) throw bad('range', `"${range}" mixes a row with a column`)
  const range1: SheetRange = {
    sheetId,
    ...(a.column === undefined ? {} : { startColumn: a.column, endColumn: b.column }),
    ...(a.row === undefined ? {} : { startRow: a.row }),
    ...(b.row === undefined ? {} : { endRow: b.row }),
  }
  if ((range1.endColumn ?? 0) < (range1.startColumn ?? 0) || (range1.endRow ?? Infinity) < (range1.startRow ?? 0)) {
    throw bad('range', `"${range}" ends before it starts`)
  }
  return range1
}

function readCell(text: string, range: string): { column?: number; row?: number } {
  const m = CELL.exec(text)
  if (!m || text === '') throw bad('range', `"${range}" is not an A1 range`)
  const [, letters = '', digits = ''] = m
  const row = digits === '' ? undefined : Number(digits)
  if (row !== undefined && (row < 1 || row > MAX_ROW)) throw bad('range', `"${range}": row ${digits} is out of range`)
  return { ...(letters === '' ? {} : { column: columnNumber(letters) }), ...(row === undefined ? {} : { row }) }
}

/**
 * Writes a range back as A1 text (the inverse of {@link parseRange}).
 *
 * @example
 * formatRange({ sheetId: '0b12ab', startColumn: 1, startRow: 1, endColumn: 2, endRow: 2 }) // '0b12ab!A1:B2'
 */
export function formatRange(r: SheetRange): string {
  const side = (column: number | undefined, row: number | undefined) => `${column === undefined ? '' : columnName(column)}${row ?? ''}`
  const from = side(r.startColumn, r.startRow)
  const to = side(r.endColumn, r.endRow)
  if (from === '' && to === '') return r.sheetId
  return `${r.sheetId}!${from === to ? from : `${from}:${to}`}`
}

/**
 * A `valueRange` for the write, append and prepend bodies: the values, and a range exactly their
 * size. Give a sheet id and the top-left cell (`0b12ab!B2`) and the end is worked out; give a full
 * range and the values must fit it.
 *
 * @param range `<sheetId>!<cell>` or `<sheetId>!<cell>:<cell>`.
 * @param values Rows of cells; every row as long as the first, at least one cell.
 * @returns `{ range, values }`.
 * @throws {LarkValidationError} When the range is not one, the matrix is ragged or empty, or it does
 *   not fit the range given.
 * @example
 * await updateSpreadsheetValues(ctx, {
 *   path: { spreadsheet_token: token },
 *   body: { valueRange: valueRange('0b12ab!A1', [['Name', 'Score'], ['Ada', 97], ['Lin', formula('=B2+1')]]) },
 * })
 * // range: '0b12ab!A1:B3'
 */
export function valueRange(range: string, values: ValueMatrix): ValueRange {
  const r = parseRange(range)
  if (r.startColumn === undefined || r.startRow === undefined) throw bad('range', `"${range}" must start at a cell (like A1)`)
  const rows = matrixSize(values)
  const endColumn = r.startColumn + rows.columns - 1
  const endRow = r.startRow + rows.rows - 1
  const explicit = range.includes(':')
  if (explicit && (r.endColumn !== endColumn || r.endRow !== endRow)) {
    const want = formatRange({ ...r, endColumn, endRow })
    throw bad('values', `${rows.rows} x ${rows.columns} values do not fill "${range}" (they fill "${want}")`)
  }
  if (endColumn > MAX_COLUMN) throw bad('values', `the values run past the last column (XFD)`)
  return { range: formatRange({ ...r, endColumn, endRow }), values: values.map((row) => [...row]) }
}

/**
 * The size of a value matrix.
 *
 * @throws {LarkValidationError} When it is empty or its rows differ in length.
 */
export function matrixSize(values: ValueMatrix): { rows: number; columns: number } {
  if (!Array.isArray(values) || values.length === 0) throw bad('values', 'must be a non-empty array of rows')
  const first = values[0]
  if (!Array.isArray(first) || first.length === 0) throw bad('values[0]', 'must be a non-empty array of cells')
  for (const [i, row] of values.entries()) {
    if (!Array.isArray(row) || row.length !== first.length) throw bad(`values[${i}]`, `must have ${first.length} cells, as the first row does`)
  }
  return { rows: values.length, columns: first.length }
}
