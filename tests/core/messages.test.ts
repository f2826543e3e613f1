import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { batchGetUserId } from '../../src/api/contact/v3/index.ts'
import { isLarkApiError, isLarkValidationError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import { tokenKey, userTokenKey } from '../../src/core/token/keys.ts'
import type { Download } from '../../src/core/download.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())
const fail = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e)

describe('platform field violations are in the message', () => {
  it('names each field and why, never the value the platform echoed', async () => {
    fake.route({
      method: 'POST',
      path: '/open-apis/demo/v1/strict',
      handler: () =>
        Response.json(
          {
            code: 99992402,
            msg: 'field validation failed',
            error: {
              log_id: 'L1',
              field_violations: [
                { field: 'receive_id', value: 'sk-echoed-secret', description: 'receive_id is invalid' },
                { field: 'content', description: 'content too long' },
              ],
            },
          },
          { status: 400 },
        ),
    })
    const error = await fail(request(server.context(), { method: 'POST', path: '/open-apis/demo/v1/strict', body: {} }))
    expect(isLarkApiError(error)).toBe(true)
    expect((error as Error).message).toMatch(
      /^POST \/open-apis\/demo\/v1\/strict: code 99992402: field validation failed \[field violations: receive_id: receive_id is invalid; content: content too long\] \(log id \w+\)$/,
    )
    expect((error as Error).message).not.toContain('sk-echoed-secret')
  })
})

describe('validation names the field, not the value', () => {
  it('says what kind of value was wrong without quoting it', async () => {
    const secret = 'sk-live-0123456789abcdef'
    const error = await fail(batchGetUserId(server.context(), { body: { emails: secret as never, mobiles: [42 as never] } }))
    expect(isLarkValidationError(error)).toBe(true)
    const message = (error as Error).message
    expect(message).not.toContain(secret)
    expect(message).not.toContain('42')
    expect(message).toContain(`body.emails: Invalid type: Expected Array, received a string of ${secret.length} characters`)
    expect(message).toContain('body.mobiles.0: Invalid type: Expected string, received number')
    expect(fake.requests.filter((r) => r.path.includes('batch_get_id'))).toHaveLength(0)
  })
})

describe('download file names', () => {
  it('gives a safe basename, and the raw one separately', async () => {
    const names = [
      ['../../.ssh/authorized_keys', 'authorized_keys'],
      ['..\\\\..\\\\boot.ini', 'boot.ini'],
      ['report\u202egpj.exe', 'reportgpj.exe'],
      ['..', undefined],
      ['/', undefined],
      ['plain.txt', 'plain.txt'],
    ] as const
    for (const [raw, safe] of names) {
      fake.route({
        method: 'GET',
        path: '/open-apis/demo/v1/file',
        handler: () => new Response('bytes', { headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(raw)}` } }),
      })
      const file = (await request(server.context(), { method: 'GET', path: '/open-apis/demo/v1/file', download: true })) as unknown as Download
      expect([file.filename, file.rawFilename]).toEqual([safe, raw])
      await file.body.cancel()
    }
  })
})

describe('store keys', () => {
  it('cannot collide through a colon in an app id, tenant key or user name', () => {
    const host = 'https://open.feishu.cn'
    // Before escaping both were larkfn:open.feishu.cn:a:tenant:app
    expect(tokenKey({ baseUrl: host, appId: 'a:tenant' }, 'app')).not.toBe(tokenKey({ baseUrl: host, appId: 'a' }, 'tenant', 'app'))
    expect(tokenKey({ baseUrl: host, appId: 'a' }, 'tenant', 'x:y')).toBe('larkfn:open.feishu.cn:a:tenant:x%3Ay')
    expect(userTokenKey({ baseUrl: host, appId: 'a' }, 'ann:1')).not.toBe(userTokenKey({ baseUrl: `${host}`, appId: 'a:user:ann' }, '1'))
    // Ordinary ids are unchanged (stored tokens stay valid across the upgrade).
    expect(tokenKey({ baseUrl: host, appId: 'cli_1' }, 'tenant', 'tk1')).toBe('larkfn:open.feishu.cn:cli_1:tenant:tk1')
  })
})
