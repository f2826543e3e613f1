import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  appendSpreadsheetValues,
  batchGetSpreadsheetValues,
  batchUpdateSpreadsheetValues,
  getSpreadsheetValues,
  prependSpreadsheetValues,
  updateSpreadsheetValues,
} from '../../src/api/sheets/v2/index.ts'
import { isLarkApiError, isLarkValidationError } from '../../src/core/errors.ts'
import type { Context } from '../../src/core/types.ts'
import { formula, link, mentionUser, valueRange } from '../../src/sheets/index.ts'
import { startFake } from '../helpers.ts'

let served: Awaited<ReturnType<typeof startFake>>
let ctx: Context
const token = 'shtcnFakeSheet01'
const path = { spreadsheet_token: token }

beforeAll(async () => {
  served = await startFake()
  ctx = served.context({ retry: false })
})
afterAll(() => served.close())

describe('sheets v2 values against the fake, over HTTP', () => {
  it('writes a range and reads it back, cell kinds kept', async () => {
    const rows = [
      ['Item', 'Qty', 'Link'],
      ['Tea', 3, link('shop', 'https://example.com/tea')],
      ['Total', formula('=SUM(B2:B2)'), mentionUser('ou_1')],
    ]
    const written = await updateSpreadsheetValues(ctx, { path, body: { valueRange: valueRange('s1!A1', rows) } })
    expect(written).toMatchObject({ spreadsheetToken: token, updatedRange: 's1!A1:C3', updatedRows: 3, updatedColumns: 3, updatedCells: 9 })
    const read = await getSpreadsheetValues(ctx, { path: { ...path, range: 's1!A1:C3' } })
    expect(read.valueRange).toMatchObject({ majorDimension: 'ROWS', range: 's1!A1:C3', values: rows })
    // A wider closed range answers its whole rectangle; an open one stops at the data.
    expect((await getSpreadsheetValues(ctx, { path: { ...path, range: 's1!B2:D3' } })).valueRange?.values).toEqual([
      [3, rows[1]![2], null],
      [rows[2]![1], rows[2]![2], null],
    ])
    expect((await getSpreadsheetValues(ctx, { path: { ...path, range: 's1!A:B' } })).valueRange?.range).toBe('s1!A1:B3')
    expect((await getSpreadsheetValues(ctx, { path: { ...path, range: 's1!A2:A3' }, query: { valueRenderOption: 'ToString' } })).valueRange?.values).toEqual([['Tea'], ['Total']])
  })

  it('appends below the data and prepends above it', async () => {
    await updateSpreadsheetValues(ctx, { path, body: { valueRange: valueRange('log!A1', [['when', 'what'], ['mon', 'a']]) } })
    const appended = await appendSpreadsheetValues(ctx, { path, body: { valueRange: valueRange('log!A1:B1', [['tue', 'b']]) } })
    expect(appended).toMatchObject({ tableRange: 'log!A1:B2', updates: { updatedRange: 'log!A3:B3', updatedRows: 1 } })
    const prepended = await prependSpreadsheetValues(ctx, { path, body: { valueRange: valueRange('log!A2:B2', [['sun', 'z']]) } })
    expect(prepended).toMatchObject({ updates: { updatedRange: 'log!A2:B2' } })
    expect(served.fake.sheetValues(token, 'log!A1:B4')).toEqual([
      ['when', 'what'],
      ['sun', 'z'],
      ['mon', 'a'],
      ['tue', 'b'],
    ])
    // INSERT_ROWS pushes what is below the table down instead of writing over it.
    served.fake.setSheetValues(token, 'log!A6', [['footer', '']])
    await appendSpreadsheetValues(ctx, { path, query: { insertDataOption: 'INSERT_ROWS' }, body: { valueRange: { range: 'log!A1:B5', values: [['wed', 'c']] } } })
    expect(served.fake.sheetValues(token, 'log!A5:A7')).toEqual([['wed'], [null], ['footer']])
  })

  it('batch updates and batch gets several ranges; revisions go up', async () => {
    const before = (await getSpreadsheetValues(ctx, { path: { ...path, range: 'b!A1' } })).revision ?? 0
    const out = await batchUpdateSpreadsheetValues(ctx, {
      path,
      body: { valueRanges: [valueRange('b!A1', [[1, 2]]), valueRange('c!C3', [['x'], ['y']])] },
    })
    expect(out.responses?.map((r) => r.updatedRange)).toEqual(['b!A1:B1', 'c!C3:C4'])
    expect(out.revision).toBe(before + 1)
    const got = await batchGetSpreadsheetValues(ctx, { path, query: { ranges: 'b!A1:B1,c!C3:C4' } })
    expect(got.valueRanges?.map((v) => v.values)).toEqual([[[1, 2]], [['x'], ['y']]])
    expect(got.totalCells).toBe(4)
  })

  it('reads sheet ids and ranges that need percent-encoding in the path', async () => {
    await updateSpreadsheetValues(ctx, { path, body: { valueRange: valueRange('Q 1/2!B2', [['odd']]) } })
    served.fake.clearRequests()
    const read = await getSpreadsheetValues(ctx, { path: { ...path, range: 'Q 1/2!B2' } })
    expect(read.valueRange?.values).toEqual([['odd']])
    // One path segment on the wire: the space and the slash percent-encoded.
    expect(served.fake.requests.at(-1)?.path).toBe(`/open-apis/sheets/v2/spreadsheets/${token}/values/Q%201%2F2!B2`)
  })

  it('refuses bad input before sending, and the fake refuses what does not fit', async () => {
    served.fake.clearRequests()
    expect(() => valueRange('s1!A1', [['a', 'b'], ['c']])).toThrow(/values\[1\]: must have 2 cells/)
    expect(() => valueRange('s1!A1:A1', [['a', 'b']])).toThrow(/do not fill "s1!A1:A1" \(they fill "s1!A1:B1"\)/)
    try {
      valueRange('s1!A1:B', [['a']])
      expect.unreachable()
    } catch (error) {
      expect(isLarkValidationError(error)).toBe(true)
    }
    expect(served.fake.requests).toEqual([])
    try {
      await updateSpreadsheetValues(ctx, { path, body: { valueRange: { range: 's1!A1:A2', values: [['a', 'b']] } } })
      expect.unreachable()
    } catch (error) {
      expect(isLarkApiError(error) && error.code, String(error)).toBe(99992402)
    }
    // Bounded like the platform's single write: 5,000 rows.
    const tall = Array.from({ length: 5_001 }, (_, i) => [i])
    try {
      await updateSpreadsheetValues(ctx, { path, body: { valueRange: valueRange('big!A1', tall) } })
      expect.unreachable()
    } catch (error) {
      expect(isLarkApiError(error) && JSON.stringify(error.detail)).toContain('at most 5000 rows')
    }
    expect(served.fake.sheetValues(token, 'big!A1:A1')).toEqual([[null]])
    try {
      await getSpreadsheetValues(ctx, { path: { ...path, range: 's1!A1:ZZZZ9' } })
      expect.unreachable()
    } catch (error) {
      expect(isLarkApiError(error) && error.code).toBe(99992402)
    }
  })
})
