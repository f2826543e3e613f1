import { describe, expect, it } from 'vitest'
import { isLarkValidationError } from './errors.ts'
import { buildQuery, fillPath } from './request.ts'

describe('request building', () => {
  it('fills path parameters and percent-encodes them', () => {
    const spec = { id: 'x.v1.a.get', path: '/open-apis/x/v1/a/:a_id/b/:b_id' }
    expect(fillPath(spec, { a_id: 'ou 1/2', b_id: 7 })).toBe('/open-apis/x/v1/a/ou%201%2F2/b/7')
  })

  it('keeps an A1 range in one segment', () => {
    const spec = { id: 'sheets.v2.spreadsheet.values.get', path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values/:range' }
    const path = fillPath(spec, { spreadsheet_token: 'sht1', range: 'Sheet 1/Q?#!A1:B2' })
    expect(path).toBe('/open-apis/sheets/v2/spreadsheets/sht1/values/Sheet%201%2FQ%3F%23!A1%3AB2')
    expect(decodeURIComponent(new URL(path, 'https://x').pathname.split('/').pop() as string)).toBe('Sheet 1/Q?#!A1:B2')
  })

  it('refuses "." and ".." as a path parameter (the URL would resolve them to another endpoint)', () => {
    const spec = { id: 'x.v1.a.delete', path: '/open-apis/x/v1/a/:a_id/b' }
    for (const value of ['.', '..']) {
      expect(new URL(`/open-apis/x/v1/a/${encodeURIComponent(value)}/b`, 'https://x').pathname).not.toBe(`/open-apis/x/v1/a/${value}/b`)
      expect(() => fillPath(spec, { a_id: value })).toThrow('x.v1.a.delete: invalid input: path.a_id: A path parameter cannot be "." or ".."')
    }
    expect(fillPath(spec, { a_id: '...' })).toBe('/open-apis/x/v1/a/.../b')
  })

  it('names the missing path parameter and the endpoint', () => {
    try {
      fillPath({ id: 'x.v1.a.get', path: '/open-apis/x/v1/a/:a_id' }, {})
      expect.unreachable()
    } catch (error) {
      expect(isLarkValidationError(error)).toBe(true)
      expect((error as Error).message).toBe('x.v1.a.get: invalid input: path.a_id: Required path parameter is missing')
    }
  })

  it('writes arrays as repeated keys and drops undefined and null', () => {
    expect(buildQuery({ user_ids: ['a', 'b'], user_id_type: 'open_id', skip: undefined, none: null, flag: false })).toBe(
      '?user_ids=a&user_ids=b&user_id_type=open_id&flag=false',
    )
    expect(buildQuery({})).toBe('')
    expect(buildQuery({ filter: [{ a: 1 }] as never })).toBe('?filter=%7B%22a%22%3A1%7D')
  })
})
