import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { getUserInfo } from '../../src/api/authen/v1/index.ts'
import { batchGetUserId, getUser } from '../../src/api/contact/v3/index.ts'
import { isLarkValidationError } from '../../src/core/errors.ts'
import { listen } from '../../src/node/index.ts'
import { createProxy, type ProxyOptions } from '../../src/proxy/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const origin = 'https://tool.example.com'
const make = (identity?: ProxyOptions['identity']) => listen(createProxy(server.context(), { allow: [getUser, batchGetUserId], cors: { origins: [origin] }, ...(identity ? { identity } : {}) }))
const [byDefault, tenant, either] = await Promise.all([make(), make('tenant'), make('either')])
const { accessToken } = fake.issueUserToken()
afterAll(async () => {
  await Promise.all([byDefault.close(), tenant.close(), either.close()])
  await server.close()
})
beforeEach(() => {
  fake.clearRequests()
  fake.route({ method: 'GET', path: '/open-apis/contact/v3/users/:user_id', tokens: ['tenant', 'user'], handler: ({ caller }) => ({ kind: caller?.kind }) })
})

const getAs = (base: string, token?: string) =>
  fetch(`${base}/open-apis/contact/v3/users/ou_1`, { headers: { origin, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) } })
const forwardedAuth = () => fake.requests.filter((r) => !r.path.startsWith('/open-apis/auth/')).map((r) => r.headers.authorization?.slice(0, 9))

describe("identity: who a user-capable endpoint runs as", () => {
  it("default 'user': no user token, no call (the caller cannot fall back to the app's tenant token)", async () => {
    const res = await getAs(byDefault.url)
    expect([res.status, await res.json()]).toEqual([401, { code: 99991661, msg: 'this endpoint needs a user access token' }])
    expect(forwardedAuth()).toEqual([])
  })

  it("default 'user': with the user's token the call runs as the user", async () => {
    expect(((await (await getAs(byDefault.url, accessToken)).json()) as { data: unknown }).data).toEqual({ kind: 'user' })
  })

  it("default 'user': a tenant-only endpoint runs as the app and the caller's token is not passed on", async () => {
    fake.seedUsers([{ email: 'ann@example.com', open_id: 'ou_ann' }])
    const res = await fetch(`${byDefault.url}/open-apis/contact/v3/users/batch_get_id`, { method: 'POST', headers: { origin, authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, body: '{"emails":["ann@example.com"]}' })
    expect(res.status).toBe(200)
    expect(forwardedAuth()).toEqual(['Bearer t-'])
  })

  it("'tenant': the app's token even when the caller sends theirs", async () => {
    expect(((await (await getAs(tenant.url, accessToken)).json()) as { data: unknown }).data).toEqual({ kind: 'tenant' })
    expect(forwardedAuth()).toEqual(['Bearer t-'])
  })

  it("'either': the caller's token when sent, else the app's", async () => {
    expect(((await (await getAs(either.url, accessToken)).json()) as { data: unknown }).data).toEqual({ kind: 'user' })
    expect(((await (await getAs(either.url)).json()) as { data: unknown }).data).toEqual({ kind: 'tenant' })
  })

  it("refuses at creation a user-only endpoint under 'tenant', and an unknown policy", () => {
    const ctx = server.context()
    const errorOf = (options: ProxyOptions) => {
      try {
        createProxy(ctx, options)
      } catch (error) {
        return isLarkValidationError(error) ? error.message : 'not a validation error'
      }
      return 'no error'
    }
    expect(errorOf({ allow: [getUserInfo], identity: 'tenant' })).toBe("createProxy: invalid input: allow: 'authen.v1.user_info.get' accepts only user tokens: it cannot run with identity 'tenant'")
    expect(errorOf({ allow: [getUser], identity: 'app' as never })).toBe("createProxy: invalid input: identity: must be 'user', 'tenant' or 'either'")
  })
})
