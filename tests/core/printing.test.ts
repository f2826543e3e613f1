import Keyv from 'keyv'
import { format, inspect } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { request } from '../../src/core/raw-request.ts'
import { withMiddleware } from '../../src/core/context.ts'
import { FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
afterAll(() => server.close())
server.fake.route({ method: 'GET', path: '/open-apis/demo/v1/ok', handler: () => ({ ok: true }) })

/** Every way a context commonly gets printed or serialised. */
function printed(ctx: object): string[] {
  return [
    format('%o', ctx),
    format('%O', ctx),
    format('%j', ctx),
    inspect(ctx),
    inspect(ctx, { showHidden: true, depth: Infinity }),
    JSON.stringify(ctx),
    String(Object.getOwnPropertyDescriptor(ctx, 'appSecret')?.value),
  ]
}

describe('printing a context', () => {
  it('never shows the app secret, even with showHidden (%o)', () => {
    const ctx = server.context()
    expect(ctx.appSecret).toBe(FAKE_APP_SECRET)
    for (const text of printed(ctx)) expect(text).not.toContain(FAKE_APP_SECRET)
    for (const text of printed(withMiddleware(ctx, (req, next) => next(req)))) expect(text).not.toContain(FAKE_APP_SECRET)
    // What it does show: the settings a developer looks for.
    expect(inspect(ctx)).toContain(server.url)
    expect(inspect(ctx)).toContain("appSecret: '[hidden]'")
  })

  it('does not print the tokens a Keyv store holds', async () => {
    const store = new Keyv()
    const ctx = server.context({ tokenStore: store })
    await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/ok' })
    const token = server.fake.requests.at(-1)?.headers.authorization?.slice('Bearer '.length)
    expect(token).toMatch(/^t-/)
    // The token is in the store (where a plain print of the store object would show it)…
    expect(inspect(store, { depth: 10 })).toContain(token)
    // …and never in a print of the context.
    for (const text of printed(ctx)) expect(text).not.toContain(token)
  })
})
