import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { request } from '../../src/core/raw-request.ts'
import { inspect } from 'node:util'
import { authorizeDevice, pollDeviceToken, registerApp, userTokens } from '../../src/oauth/index.ts'
import { fakeError } from '../../src/testing/index.ts'
import { captureLogger, dumpError, startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())

describe('secrets stay out of errors and logs', () => {
  it('for every error kind, at debug level', async () => {
    const logger = captureLogger()
    const ctx = server.context({ logger, logLevel: 'debug', retry: { retries: 1, minDelay: 1 } })
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/fail', handler: () => fakeError(1234, 'nope') })
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/ok', handler: () => ({}) })
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/html', handler: () => ({}) })
    fake.fault({ path: '/open-apis/demo/v1/html', kind: 'non-json', times: 5 })
    await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/ok' })
    const userToken = 'u-secretusertoken0123456789'
    const errors = await Promise.all([
      request(ctx, { method: 'GET', path: '/open-apis/demo/v1/fail' }).catch((e: unknown) => e), // api
      request(ctx, { method: 'GET', path: '/open-apis/demo/v1/ok', tokenType: 'user' }, { userAccessToken: userToken }).catch((e: unknown) => e), // api (invalid user token)
      request(server.context({ appSecret: 'wrong-secret-value', logger, logLevel: 'debug' }), { method: 'GET', path: '/open-apis/demo/v1/ok' }).catch((e: unknown) => e), // auth
      request(ctx, { method: 'GET', path: 'no-slash' }).catch((e: unknown) => e), // validation
      request(ctx, { method: 'GET', path: '/open-apis/demo/v1/html' }).catch((e: unknown) => e), // http
    ])
    expect(errors.map((e) => (e as Error).name)).toEqual(['LarkApiError', 'LarkApiError', 'LarkAuthError', 'LarkValidationError', 'LarkHttpError'])
    const issued = fake.requests.map((r) => r.headers.authorization?.replace('Bearer ', '')).filter(Boolean) as string[]
    expect(issued.length).toBeGreaterThan(2)
    const everything = [...errors.map(dumpError), ...logger.lines].join('\n')
    for (const secret of ['secret-self-built', 'wrong-secret-value', userToken, ...issued]) {
      expect(everything).not.toContain(secret)
    }
    expect(logger.lines.some((l) => l.includes('debug [larkfn] response'))).toBe(true)
  })

  it('for the sign-in paths: the device flow, user token refresh, permission errors', async () => {
    const logger = captureLogger()
    const ctx = server.context({ logger, logLevel: 'debug', retry: false })
    fake.setDeviceFlow({ interval: 1, expiresIn: 30 })
    const authorization = await authorizeDevice(ctx, { scope: 'im:chat:readonly' })
    fake.denyDevice(authorization.userCode)
    const grant = fake.issueUserToken({ scope: 'offline_access' })
    const alice = userTokens(ctx, 'alice')
    await alice.set({ accessToken: grant.accessToken, refreshToken: grant.refreshToken, expiresAt: Date.now() - 1, refreshExpiresAt: undefined, scope: 'offline_access', tokenType: 'Bearer' })
    fake.revokeTokens({ kind: 'user' })
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/scoped', tokens: ['tenant', 'user'], handler: () => ({}) })
    fake.requireScopes({ path: '/open-apis/demo/v1/scoped', scopes: ['demo:scope'] })
    const errors = await Promise.all([
      pollDeviceToken(ctx, authorization).catch((e: unknown) => e),
      alice.refresh().catch((e: unknown) => e),
      request(ctx, { method: 'GET', path: '/open-apis/demo/v1/scoped' }).catch((e: unknown) => e),
      request(ctx, { method: 'GET', path: '/open-apis/demo/v1/scoped', tokenType: 'user' }, { userAccessToken: grant.accessToken }).catch((e: unknown) => e),
    ])
    expect(errors.map((e) => (e as Error).name)).toEqual(['LarkAuthError', 'LarkAuthError', 'LarkApiError', 'LarkApiError'])
    const issued = fake.requests.map((r) => r.headers.authorization?.replace(/^(Bearer|Basic) /, '')).filter(Boolean) as string[]
    const everything = [...errors.map(dumpError), ...logger.lines].join('\n')
    for (const secret of ['secret-self-built', authorization.deviceCode, grant.accessToken, String(grant.refreshToken), ...issued]) {
      expect(everything).not.toContain(secret)
    }
  }, 15_000)

  it('for app registration and keyless apps', async () => {
    const logger = captureLogger()
    const ctx = server.context({ logger, logLevel: 'debug', retry: false })
    fake.configureRegistration({ interval: 0.05, expiresIn: 30 })
    let qr!: () => void
    const shown = new Promise<void>((resolve) => (qr = resolve))
    const registering = registerApp(ctx, { onQrCode: () => qr() }).catch((e: unknown) => e)
    await shown
    fake.denyRegistration()
    const assertion = 'eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.secret-assertion-value'
    fake.addApp({ appId: 'cli_keylesssecrets01', clientAssertion: true })
    const keyless = server.context({ appId: 'cli_keylesssecrets01', appSecret: undefined, clientAssertion: () => assertion, logger, logLevel: 'debug', retry: false })
    const errors = [await registering, await request(keyless, { method: 'GET', path: '/open-apis/demo/v1/nothing' }).catch((e: unknown) => e)]
    expect(errors.map((e) => (e as Error).name)).toEqual(['LarkAuthError', 'LarkAuthError'])
    const codes = fake.registrations.map((r) => r.deviceCode)
    expect(codes.length).toBe(1)
    const everything = [...errors.map(dumpError), ...logger.lines, inspect(keyless, { showHidden: true }), JSON.stringify(keyless)].join('\n')
    for (const secret of [assertion, 'secret-assertion-value', ...codes]) expect(everything).not.toContain(secret)
  })
})
