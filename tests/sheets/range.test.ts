import { describe, expect, it } from 'vitest'
import { isLarkValidationError } from '../../src/core/errors.ts'
import { columnName, columnNumber, dateSerial, formatRange, formula, parseRange, valueRange } from '../../src/sheets/index.ts'

describe('A1 ranges', () => {
  it('names columns both ways up to XFD', () => {
    const cases: [number, string][] = [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [702, 'ZZ'], [703, 'AAA'], [16_384, 'XFD']]
    for (const [n, name] of cases) {
      expect(columnName(n)).toBe(name)
      expect(columnNumber(name)).toBe(n)
      expect(columnNumber(name.toLowerCase())).toBe(n)
    }
    expect(() => columnName(0)).toThrow(/column/)
    expect(() => columnNumber('XFE')).toThrow(/past the last column/)
  })

  it('reads every form and writes it back the same', () => {
    const forms: [string, object][] = [
      ['0b12ab!A1:B2', { sheetId: '0b12ab', startColumn: 1, startRow: 1, endColumn: 2, endRow: 2 }],
      ['0b12ab!A:C', { sheetId: '0b12ab', startColumn: 1, endColumn: 3 }],
      ['0b12ab!A2:C', { sheetId: '0b12ab', startColumn: 1, startRow: 2, endColumn: 3 }],
      ['0b12ab!1:3', { sheetId: '0b12ab', startRow: 1, endRow: 3 }],
      ['0b12ab!B3', { sheetId: '0b12ab', startColumn: 2, startRow: 3, endColumn: 2, endRow: 3 }],
      ['0b12ab', { sheetId: '0b12ab' }],
      ['Sheet 1!A1:B2', { sheetId: 'Sheet 1', startColumn: 1, startRow: 1, endColumn: 2, endRow: 2 }],
    ]
    for (const [text, parsed] of forms) {
      expect(parseRange(text)).toEqual(parsed)
      expect(formatRange(parseRange(text))).toBe(text)
    }
  })

  it('refuses what is not a range, naming it', () => {
    for (const bad of ['', '!A1', 's!', 's!A1:B2:C3', 's!B2:A1', 's!A:1', 's!A0', 's!1A', 'x'.repeat(301)]) {
      try {
        parseRange(bad)
        expect.unreachable(bad)
      } catch (error) {
        expect(isLarkValidationError(error), bad).toBe(true)
        expect((error as Error).message, bad).toMatch(/^larkfn\/sheets: invalid input: range: /)
      }
    }
  })
})

describe('valueRange', () => {
  it('sizes the range to the values from a start cell, and copies the matrix', () => {
    const rows = [['a', 1], [formula('=B1'), null]]
    const out = valueRange('s!C5', rows)
    expect(out.range).toBe('s!C5:D6')
    expect(out.values).toEqual(rows)
    expect(out.values).not.toBe(rows)
    expect(valueRange('s!A1:B2', rows).range).toBe('s!A1:B2')
  })

  it('refuses empty and ragged matrices and a range they do not fill', () => {
    expect(() => valueRange('s!A1', [])).toThrow('values: must be a non-empty array of rows')
    expect(() => valueRange('s!A1', [[]])).toThrow('values[0]: must be a non-empty array of cells')
    expect(() => valueRange('s!A1', [['a'], ['b', 'c']])).toThrow('values[1]: must have 1 cells, as the first row does')
    expect(() => valueRange('s!A:B', [['a']])).toThrow('must start at a cell')
    expect(() => valueRange('s!XFD1', [['a', 'b']])).toThrow(/past the last column/)
  })

  it('counts date serials from 1899-12-30', () => {
    expect(dateSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2)
    expect(dateSerial(new Date(Date.UTC(2024, 0, 1, 12)))).toBe(45292.5)
  })
})
