import { describe, expect, it } from 'vitest'
import {
  createLarkApiError,
  createLarkAuthError,
  createLarkHttpError,
  createLarkValidationError,
  isLarkApiError,
  isLarkAuthError,
  isLarkHttpError,
  isLarkValidationError,
} from './errors.ts'

describe('errors', () => {
  const api = createLarkApiError({ endpoint: 'im.v1.message.create', code: 230002, msg: 'Bot not in chat', logId: 'L1', httpStatus: 400, detail: undefined })
  const http = createLarkHttpError({ endpoint: 'GET /x', httpStatus: 502, logId: undefined, bodyText: '<html>', reason: 'the answer is not JSON' })
  const validation = createLarkValidationError('contact.v3.user.batch_get_id', [{ path: 'body.emails.0', message: 'Invalid type' }])
  const authError = createLarkAuthError({ endpoint: 'POST /open-apis/auth/v3/tenant_access_token/internal', reason: 'refused', code: 10014, logId: 'L2' })

  it('are real Errors with stacks, names and log-line messages', () => {
    for (const e of [api, http, validation, authError]) {
      expect(e).toBeInstanceOf(Error)
      expect(e.stack).toContain(e.name)
    }
    expect(api.message).toBe('im.v1.message.create: code 230002: Bot not in chat (log id L1)')
    expect(http.message).toBe('GET /x: HTTP 502: the answer is not JSON (log id none)')
    expect(validation.message).toBe('contact.v3.user.batch_get_id: invalid input: body.emails.0: Invalid type')
    expect(authError.message).toBe('POST /open-apis/auth/v3/tenant_access_token/internal: refused (code 10014, log id L2)')
  })

  it('are told apart by guards that check a brand, not a prototype', () => {
    expect([api, http, validation, authError].map((e) => [isLarkApiError(e), isLarkHttpError(e), isLarkValidationError(e), isLarkAuthError(e)])).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ])
    const copy = Object.assign(new Error('x'), { [Symbol.for('larkfn.error')]: 'api' })
    expect(isLarkApiError(copy)).toBe(true)
    expect(isLarkApiError(new Error('x'))).toBe(false)
    expect(isLarkApiError(null)).toBe(false)
  })

  it('carry typed fields to branch on', () => {
    expect(api.code).toBe(230002)
    expect(api.logId).toBe('L1')
    expect(api.httpStatus).toBe(400)
    expect(validation.issues).toEqual([{ path: 'body.emails.0', message: 'Invalid type' }])
  })
})
