/**
 * Spreadsheet cell values (sheets v2) with real state, so spreadsheet code can be tested offline:
 * write a range, read it back, append, prepend, batch update, batch get.
 *
 * - Any spreadsheet token and sheet id is accepted: the first write makes them. Ranges are A1
 *   (`<sheetId>!A1:B2`, `<sheetId>!A:C`, `<sheetId>!A2:C`, `<sheetId>`), read with `larkfn/sheets`'
 *   own `parseRange`, so a bad range answers 99992402 naming the field.
 * - Cells hold what was written (strings, numbers, booleans, the object kinds: formulas are kept,
 *   not computed). Reading a closed range answers its whole rectangle, `null` for empty cells; an
 *   open side stops at the last cell holding data. `valueRenderOption=ToString` answers scalars as
 *   strings.
 * - Append (`values_append`) writes on the first row after the table the range starts: the rows
 *   holding data in its columns from its first row on, without a gap (`insertDataOption=INSERT_ROWS`
 *   first pushes the rows below down); prepend (`values_prepend`) pushes the rows from the range's
 *   first row down and writes there.
 * - Every write bumps the spreadsheet's `revision`.
 * - Bounds (the page's limits for one write): at most 5,000 rows and 100 columns per range, 50,000
 *   characters per cell, 100 ranges per batch; a sheet of the fake holds at most 200,000 cells.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/write-data-to-a-single-range
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/append-data
 * @module
 */
import { asRecord } from '../body.ts'
import { fieldViolations } from '../api/pages.ts'
import { perWorld, type ApiEnv, type StatefulRoute } from '../api/world.ts'
import { isFakeError, type FakeError } from '../reply.ts'
import type { RouteContext } from '../types.ts'
import { formatRange, parseRange, type SheetRange } from '../../sheets/range.ts'
import type { CellValue } from '../../sheets/cells.ts'

const BASE = '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token'
const MAX_ROWS = 5_000
const MAX_COLUMNS = 100
const MAX_CELL_CHARS = 50_000
const MAX_RANGES = 100
const MAX_SHEET_CELLS = 200_000

/** One sheet: rows by number, cells by column number (both 1-based). */
type Grid = Map<number, Map<number, CellValue>>

interface Book {
  revision: number
  readonly sheets: Map<string, Grid>
}

/** The knobs of this file. */
export interface FakeSheetKnobs {
  /**
   * The values of a range now, as a read answers them (`null` for empty cells).
   *
   * @param spreadsheetToken The spreadsheet.
   * @param range An A1 range, `<sheetId>!A1:B2`.
   */
  sheetValues(spreadsheetToken: string, range: string): CellValue[][]
  /** Writes values at a range's top-left cell without an HTTP call (seeding a test). */
  setSheetValues(spreadsheetToken: string, range: string, values: readonly (readonly CellValue[])[]): void
}

const books = perWorld(() => new Map<string, Book>())

function bookOf(env: ApiEnv, token: string): Book {
  const all = books(env.world())
  let book = all.get(token)
  if (book === undefined) all.set(token, (book = { revision: 0, sheets: new Map() }))
  return book
}

function gridOf(book: Book, sheetId: string): Grid {
  let grid = book.sheets.get(sheetId)
  if (grid === undefined) book.sheets.set(sheetId, (grid = new Map()))
  return grid
}

function cellCount(grid: Grid): number {
  let n = 0
  for (const row of grid.values()) n += row.size
  return n
}

/** A range, or the 99992402 answer naming `field`. */
function rangeOf(text: unknown, field: string): SheetRange | FakeError {
  try {
    return parseRange(String(text ?? ''))
  } catch (error) {
    return fieldViolations([{ field, value: String(text ?? ''), description: (error as Error).message.replace(/^.*?invalid input: /, '') }])
  }
}

/** Rows and columns holding data inside a range's columns (and from its first row), or undefined. */
function dataExtent(grid: Grid, r: SheetRange): { lastRow: number; lastColumn: number } | undefined {
  let lastRow = 0
  let lastColumn = 0
  for (const [row, cells] of grid) {
    if (row < (r.startRow ?? 1) || (r.endRow !== undefined && row > r.endRow)) continue
    for (const [column, value] of cells) {
      if (value === null || column < (r.startColumn ?? 1) || (r.endColumn !== undefined && column > r.endColumn)) continue
      lastRow = Math.max(lastRow, row)
      lastColumn = Math.max(lastColumn, column)
    }
  }
  return lastRow === 0 ? undefined : { lastRow, lastColumn }
}

function rowHasData(cells: Map<number, CellValue> | undefined, r: SheetRange): boolean {
  if (cells === undefined) return false
  for (const [column, value] of cells) {
    if (value !== null && column >= (r.startColumn ?? 1) && (r.endColumn === undefined || column <= r.endColumn)) return true
  }
  return false
}

interface ValuesIn {
  readonly range: SheetRange
  readonly values: readonly (readonly CellValue[])[]
}

/** Reads and bounds a `valueRange` object (`field` names it in an error). */
function valuesIn(raw: unknown, field: string): ValuesIn | FakeError {
  const part = asRecord(raw)
  if (part === undefined) return fieldViolations([{ field, description: 'is required' }])
  const range = rangeOf(part.range, `${field}.range`)
  if (isFakeError(range)) return range
  const values = part.values
  if (!Array.isArray(values) || values.length === 0 || !values.every((row) => Array.isArray(row))) {
    return fieldViolations([{ field: `${field}.values`, description: 'must be a non-empty array of rows' }])
  }
  const columns = Math.max(...values.map((row: unknown[]) => row.length))
  if (values.length > MAX_ROWS || columns > MAX_COLUMNS) {
    return fieldViolations([{ field: `${field}.values`, description: `at most ${MAX_ROWS} rows and ${MAX_COLUMNS} columns per range` }])
  }
  for (const row of values as unknown[][]) {
    for (const cell of row) {
      const text = typeof cell === 'string' ? cell : typeof cell === 'object' && cell !== null ? JSON.stringify(cell) : ''
      if (text.length > MAX_CELL_CHARS) return fieldViolations([{ field: `${field}.values`, description: `a cell holds at most ${MAX_CELL_CHARS} characters` }])
    }
  }
  return { range, values: values as CellValue[][] }
}

/** Where a write of `values` at `r` lands: from its top-left cell, and within it when it is closed. */
function target(r: SheetRange, values: readonly (readonly CellValue[])[], field: string): SheetRange | FakeError {
  const startColumn = r.startColumn ?? 1
  const startRow = r.startRow ?? 1
  const columns = Math.max(...values.map((row) => row.length))
  const endColumn = startColumn + columns - 1
  const endRow = startRow + values.length - 1
  // A range given by its start cell only grows to fit; a wider one must hold the values.
  const single = r.endColumn === r.startColumn && r.endRow === r.startRow
  if (!single && ((r.endColumn !== undefined && endColumn > r.endColumn) || (r.endRow !== undefined && endRow > r.endRow))) {
    return fieldViolations([{ field, value: formatRange(r), description: `${values.length} x ${columns} values do not fit the range` }])
  }
  return { sheetId: r.sheetId, startColumn, startRow, endColumn, endRow }
}

function write(grid: Grid, at: SheetRange, values: readonly (readonly CellValue[])[]): FakeError | undefined {
  const before = cellCount(grid)
  if (before + values.length * Math.max(...values.map((row) => row.length)) > MAX_SHEET_CELLS) {
    return fieldViolations([{ field: 'values', description: `a sheet of the fake holds at most ${MAX_SHEET_CELLS} cells` }])
  }
  values.forEach((row, i) => {
    const rowNumber = (at.startRow as number) + i
    let cells = grid.get(rowNumber)
    if (cells === undefined) grid.set(rowNumber, (cells = new Map()))
    row.forEach((value, j) => {
      const column = (at.startColumn as number) + j
      if (value === null || value === undefined || value === '') cells.delete(column)
      else cells.set(column, structuredClone(value))
    })
    if (cells.size === 0) grid.delete(rowNumber)
  })
  return undefined
}

/** Moves every row from `from` on down by `count`. */
function insertRows(grid: Grid, from: number, count: number): void {
  const moved = [...grid.entries()].filter(([row]) => row >= from).sort(([a], [b]) => b - a)
  for (const [row, cells] of moved) {
    grid.delete(row)
    grid.set(row + count, cells)
  }
}

function updated(token: string, at: SheetRange, values: readonly (readonly CellValue[])[]) {
  const columns = (at.endColumn as number) - (at.startColumn as number) + 1
  return { spreadsheetToken: token, updatedRange: formatRange(at), updatedRows: values.length, updatedColumns: columns, updatedCells: values.length * columns }
}

function asString(value: CellValue): CellValue {
  if (value === null || typeof value === 'object') return value
  return String(value)
}

/** The rectangle of a range as a read answers it, and the range it covers. */
function read(grid: Grid, r: SheetRange, toString: boolean): { range: string; values: CellValue[][] } {
  const extent = dataExtent(grid, r)
  const startColumn = r.startColumn ?? 1
  const startRow = r.startRow ?? 1
  const endColumn = r.endColumn ?? extent?.lastColumn
  const endRow = r.endRow ?? extent?.lastRow
  if (endColumn === undefined || endRow === undefined || endColumn < startColumn || endRow < startRow) return { range: '', values: [] }
  if ((endRow - startRow + 1) * (endColumn - startColumn + 1) > MAX_SHEET_CELLS) return { range: '', values: [] }
  const values: CellValue[][] = []
  for (let row = startRow; row <= endRow; row++) {
    const cells = grid.get(row)
    const line: CellValue[] = []
    for (let column = startColumn; column <= endColumn; column++) {
      const value = cells?.get(column) ?? null
      line.push(toString ? asString(value) : structuredClone(value))
    }
    values.push(line)
  }
  return { range: formatRange({ sheetId: r.sheetId, startColumn, startRow, endColumn, endRow }), values }
}

function token(context: RouteContext): string {
  return context.params.spreadsheet_token ?? ''
}

function putValues(env: ApiEnv, context: RouteContext): unknown {
  const input = valuesIn(asRecord(context.body)?.valueRange, 'valueRange')
  if (isFakeError(input)) return input
  const at = target(input.range, input.values, 'valueRange.range')
  if (isFakeError(at)) return at
  const book = bookOf(env, token(context))
  const failed = write(gridOf(book, at.sheetId), at, input.values)
  if (failed) return failed
  book.revision++
  return { revision: book.revision, ...updated(token(context), at, input.values) }
}

function appendValues(env: ApiEnv, context: RouteContext, where: 'append' | 'prepend'): unknown {
  const input = valuesIn(asRecord(context.body)?.valueRange, 'valueRange')
  if (isFakeError(input)) return input
  const option = context.query.get('insertDataOption') ?? 'OVERWRITE'
  if (option !== 'OVERWRITE' && option !== 'INSERT_ROWS') {
    return fieldViolations([{ field: 'insertDataOption', value: option, description: 'must be OVERWRITE or INSERT_ROWS' }])
  }
  const book = bookOf(env, token(context))
  const grid = gridOf(book, input.range.sheetId)
  const startColumn = input.range.startColumn ?? 1
  const firstRow = input.range.startRow ?? 1
  // The table the range finds: its columns, the rows holding data there from its first row on
  // without a gap. Append writes on the first row after it.
  const columns = { ...input.range, endRow: undefined }
  let lastRow = firstRow - 1
  while (rowHasData(grid.get(lastRow + 1), columns)) lastRow++
  const extent = lastRow < firstRow ? undefined : dataExtent(grid, { ...columns, endRow: lastRow })
  const tableRange =
    extent === undefined ? '' : formatRange({ sheetId: input.range.sheetId, startColumn, startRow: firstRow, endColumn: input.range.endColumn ?? extent.lastColumn, endRow: lastRow })
  const row = where === 'prepend' ? firstRow : lastRow + 1
  if (where === 'prepend' || option === 'INSERT_ROWS') insertRows(grid, row, input.values.length)
  const at = target({ sheetId: input.range.sheetId, startColumn, startRow: row, endColumn: input.range.endColumn }, input.values, 'valueRange.range')
  if (isFakeError(at)) return at
  const failed = write(grid, at, input.values)
  if (failed) return failed
  book.revision++
  return { spreadsheetToken: token(context), tableRange, revision: book.revision, updates: { ...updated(token(context), at, input.values), revision: book.revision } }
}

function batchUpdate(env: ApiEnv, context: RouteContext): unknown {
  const ranges = asRecord(context.body)?.valueRanges
  if (!Array.isArray(ranges) || ranges.length === 0 || ranges.length > MAX_RANGES) {
    return fieldViolations([{ field: 'valueRanges', description: `must hold 1 to ${MAX_RANGES} ranges` }])
  }
  // Every range is checked before anything is written: a bad one changes nothing.
  const writes: { at: SheetRange; values: ValuesIn['values'] }[] = []
  for (const [i, raw] of ranges.entries()) {
    const input = valuesIn(raw, `valueRanges[${i}]`)
    if (isFakeError(input)) return input
    const at = target(input.range, input.values, `valueRanges[${i}].range`)
    if (isFakeError(at)) return at
    writes.push({ at, values: input.values })
  }
  const book = bookOf(env, token(context))
  for (const w of writes) {
    const failed = write(gridOf(book, w.at.sheetId), w.at, w.values)
    if (failed) return failed
  }
  book.revision++
  return { revision: book.revision, spreadsheetToken: token(context), responses: writes.map((w) => updated(token(context), w.at, w.values)) }
}

function valueRangeOut(book: Book, r: SheetRange, toString: boolean) {
  const { range, values } = read(gridOf(book, r.sheetId), r, toString)
  return { majorDimension: 'ROWS', range, revision: book.revision, values }
}

function getValues(env: ApiEnv, context: RouteContext): unknown {
  const r = rangeOf(context.params.range, 'range')
  if (isFakeError(r)) return r
  const book = bookOf(env, token(context))
  const toString = context.query.get('valueRenderOption') === 'ToString'
  return { revision: book.revision, spreadsheetToken: token(context), valueRange: valueRangeOut(book, r, toString) }
}

function batchGet(env: ApiEnv, context: RouteContext): unknown {
  const list = (context.query.get('ranges') ?? '').split(',').filter((s) => s !== '')
  if (list.length === 0 || list.length > MAX_RANGES) return fieldViolations([{ field: 'ranges', description: `must name 1 to ${MAX_RANGES} ranges, comma-separated` }])
  const parsed: SheetRange[] = []
  for (const text of list) {
    const r = rangeOf(text, 'ranges')
    if (isFakeError(r)) return r
    parsed.push(r)
  }
  const book = bookOf(env, token(context))
  const toString = context.query.get('valueRenderOption') === 'ToString'
  const valueRanges = parsed.map((r) => valueRangeOut(book, r, toString))
  const totalCells = valueRanges.reduce((n, v) => n + v.values.reduce((m, row) => m + row.length, 0), 0)
  return { revision: book.revision, spreadsheetToken: token(context), totalCells, valueRanges }
}

/**
 * The routes of this file.
 *
 * @param env The fake's state and world.
 */
export function sheetValueRoutes(env: ApiEnv): StatefulRoute[] {
  const tokens = ['tenant', 'user'] as const
  return [
    { method: 'PUT', path: `${BASE}/values`, tokens, handler: (c) => putValues(env, c) },
    { method: 'POST', path: `${BASE}/values_append`, tokens, handler: (c) => appendValues(env, c, 'append') },
    { method: 'POST', path: `${BASE}/values_prepend`, tokens, handler: (c) => appendValues(env, c, 'prepend') },
    { method: 'POST', path: `${BASE}/values_batch_update`, tokens, handler: (c) => batchUpdate(env, c) },
    { method: 'GET', path: `${BASE}/values/:range`, tokens, handler: (c) => getValues(env, c) },
    { method: 'GET', path: `${BASE}/values_batch_get`, tokens, handler: (c) => batchGet(env, c) },
  ]
}

/**
 * The knobs of this file.
 *
 * @param env The fake's state and world.
 */
export function sheetValueKnobs(env: ApiEnv): FakeSheetKnobs {
  return {
    sheetValues(spreadsheetToken, range) {
      const r = parseRange(range)
      return read(gridOf(bookOf(env, spreadsheetToken), r.sheetId), r, false).values
    },
    setSheetValues(spreadsheetToken, range, values) {
      const r = parseRange(range)
      const at = target(r, values, 'range')
      if (isFakeError(at)) throw new Error(`setSheetValues: ${at.msg}: ${JSON.stringify(at.details)}`)
      const failed = write(gridOf(bookOf(env, spreadsheetToken), r.sheetId), at, values)
      if (failed) throw new Error(`setSheetValues: ${JSON.stringify(failed.details)}`)
    },
  }
}
