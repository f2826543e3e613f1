/**
 * `larkfn/sheets`: A1 ranges and typed cell values for the spreadsheet values API (sheets v2:
 * `updateSpreadsheetValues`, `getSpreadsheetValues`, `appendSpreadsheetValues`,
 * `prependSpreadsheetValues`, `batchUpdateSpreadsheetValues`, `batchGetSpreadsheetValues` in
 * `larkfn/sheets/v2`). Pure functions, no I/O.
 *
 * - `valueRange(range, values)`: a `valueRange` body part whose range is exactly the values' size
 *   (`valueRange('0b12ab!B2', rows)` → `0b12ab!B2:D9`); a ragged matrix or one that does not fit the
 *   range given is a `LarkValidationError` naming the field, and nothing is sent.
 * - `parseRange` / `formatRange` / `columnName` / `columnNumber`: A1 ranges both ways.
 * - Cell kinds: `formula`, `link`, `mentionUser`, `mentionDoc`, `multipleValue`, `dateSerial`, and the
 *   `CellValue` union for reading.
 *
 * A range goes in the path of `getSpreadsheetValues` as it is: the SDK percent-encodes it into one
 * path segment (`Sheet 1!A1:B2` → `Sheet%201!A1%3AB2`).
 *
 * See docs/sheets.md.
 *
 * @example
 * import { updateSpreadsheetValues, getSpreadsheetValues } from 'larkfn/sheets/v2'
 * import { formula, valueRange } from 'larkfn/sheets'
 * await updateSpreadsheetValues(ctx, { path: { spreadsheet_token: token }, body: { valueRange: valueRange(`${sheetId}!A1`, [['Item', 'Qty'], ['Tea', 3], ['Total', formula('=SUM(B2:B2)')]]) } })
 * const { valueRange: read } = await getSpreadsheetValues(ctx, { path: { spreadsheet_token: token, range: `${sheetId}!A1:B3` } })
 *
 * @module
 */
export { columnName, columnNumber, formatRange, matrixSize, MAX_COLUMN, MAX_ROW, parseRange, valueRange } from './range.ts'
export type { SheetRange, ValueMatrix, ValueRange } from './range.ts'
export { dateSerial, formula, link, mentionDoc, mentionUser, multipleValue } from './cells.ts'
export type {
  CellValue,
  FileCell,
  FormulaCell,
  LinkCell,
  MentionDocCell,
  MentionUserCell,
  MultipleValueCell,
  SegmentStyle,
  TextCell,
} from './cells.ts'
