import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { listChat } from '../../src/api/im/v1/index.ts'
import { isLarkAuthError, isLarkValidationError } from '../../src/core/errors.ts'
import { listen } from '../../src/node/index.ts'
import { authorizeDevice, pollDeviceToken, userTokens, type DeviceAuthorization } from '../../src/oauth/index.ts'
import { FAKE_APP_ID, FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { captureLogger, dumpError, startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => {
  fake.reset()
  fake.setDeviceFlow({ interval: 1, expiresIn: 30 })
})

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('the device flow against the fake', () => {
  it('authorizes, waits while pending, and answers the tokens once the user approves', async () => {
    const ctx = server.context()
    const authorization = await authorizeDevice(ctx, { scope: 'im:chat:readonly' })
    expect(authorization).toMatchObject({ interval: 1, expiresIn: 30, verificationUri: `${server.url}/oauth/v1/device/verify` })
    expect(authorization.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/)
    expect(authorization.verificationUriComplete).toBe(`${server.url}/oauth/v1/device/verify?user_code=${authorization.userCode}`)
    // The device code is secret: not printed, not serialised.
    expect(JSON.stringify(authorization)).not.toContain(authorization.deviceCode)
    const [asked] = fake.requests.filter((r) => r.path === '/oauth/v1/device_authorization')
    expect(asked?.headers.authorization).toBe(`Basic ${btoa(`${FAKE_APP_ID}:${FAKE_APP_SECRET}`)}`)
    expect(asked?.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(asked?.body).toEqual({ client_id: FAKE_APP_ID, scope: 'im:chat:readonly offline_access' })

    const polled = pollDeviceToken(ctx, authorization, { storeAs: 'dev' })
    while ((fake.devices()[0]?.polls ?? 0) < 1) await new Promise((r) => setTimeout(r, 50))
    fake.approveDevice(authorization.userCode)
    const token = await polled
    expect(token.scope).toBe('im:chat:readonly offline_access')
    expect(token.refreshToken).toBeDefined()
    const devices = fake.devices()
    expect(devices[0]).toMatchObject({ status: 'used', polls: 2 })
    // Stored under the name: userTokens hands it out, and it works against the platform.
    const access = await userTokens(ctx, 'dev').get()
    expect(access).toBe(token.accessToken)
    await expect(listChat(ctx, {}, { userAccessToken: access })).resolves.toBeDefined()
    const poll = fake.requests.find((r) => r.path === '/open-apis/authen/v2/oauth/token')
    expect(poll?.body).toMatchObject({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: FAKE_APP_ID })
  })

  it('answers slow_down as often as the fake was told to, and the poll after waits 5 s more', async () => {
    const ctx = server.context()
    const authorization = await authorizeDevice(ctx, { scope: 'x' })
    fake.slowDownDevice(authorization.userCode)
    fake.approveDevice(authorization.userCode)
    const seen: { interval: number; slowDown: boolean }[] = []
    const token = await pollDeviceToken(ctx, authorization, { onPoll: ({ interval, slowDown }) => void seen.push({ interval, slowDown }) })
    expect(token.accessToken).toMatch(/^u-/)
    expect(seen).toEqual([{ interval: 1, slowDown: false }, { interval: 6, slowDown: true }])
    expect(fake.tokenRequests.device).toBe(2)
  }, 15_000)

  it('rejects after one poll when the user declines', async () => {
    const ctx = server.context()
    const authorization = await authorizeDevice(ctx, { scope: [] })
    fake.denyDevice(authorization.userCode)
    const error = await rejection(pollDeviceToken(ctx, authorization))
    expect(isLarkAuthError(error) && error.oauthError).toBe('access_denied')
    expect(fake.devices()[0]?.polls).toBe(1)
  })

  it('rejects when the codes expire: on the platform side, and before a poll that could not make it', async () => {
    const ctx = server.context()
    const first = await authorizeDevice(ctx, { scope: 'x' })
    fake.advance(31)
    const error = await rejection(pollDeviceToken(ctx, first))
    expect(isLarkAuthError(error) && error.oauthError).toBe('expired_token')
    fake.setDeviceFlow({ interval: 2, expiresIn: 1 })
    const second = await authorizeDevice(ctx, { scope: 'x' })
    const early = await rejection(pollDeviceToken(ctx, second))
    expect(isLarkAuthError(early) && early.oauthError).toBe('expired_token')
    expect(fake.devices()[1]?.polls).toBe(0)
  })

  it('stops a wait at once on abort', async () => {
    fake.setDeviceFlow({ interval: 5, expiresIn: 60 })
    const ctx = server.context()
    const authorization = await authorizeDevice(ctx, { scope: 'x' })
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('user pressed Ctrl-C')), 100)
    const error = await rejection(pollDeviceToken(ctx, authorization, { signal: controller.signal }))
    expect((error as Error).message).toBe('user pressed Ctrl-C')
    // Well under the 5 s interval: the wait was cut, no poll was sent.
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(fake.devices()[0]?.polls).toBe(0)
  })

  it('refuses bad input before sending, and keeps secrets out of errors and logs', async () => {
    const logger = captureLogger()
    const ctx = server.context({ logger, logLevel: 'debug' })
    await expect(authorizeDevice(ctx, {} as never)).rejects.toSatisfy(isLarkValidationError)
    await expect(pollDeviceToken(ctx, {} as DeviceAuthorization)).rejects.toThrow(/authorization.deviceCode: is missing/)
    const authorization = await authorizeDevice(ctx, { scope: 'x' })
    fake.denyDevice(authorization.userCode)
    const denied = await rejection(pollDeviceToken(ctx, authorization))
    const wrong = await rejection(authorizeDevice(server.context({ appSecret: 'wrong-secret-0123', logger, logLevel: 'debug' }), { scope: 'x' }))
    expect(isLarkAuthError(wrong)).toBe(true)
    const shown = [dumpError(denied), dumpError(wrong), ...logger.lines].join('\n')
    for (const secret of [authorization.deviceCode, FAKE_APP_SECRET, 'wrong-secret-0123', btoa(`${FAKE_APP_ID}:${FAKE_APP_SECRET}`)]) expect(shown).not.toContain(secret)
    expect(logger.lines.length).toBeGreaterThan(0)
  })
})

describe('the device flow against a recorder', () => {
  it('waits the interval before each poll, and 5 s more after slow_down', async () => {
    const polls: number[] = []
    const script = [{ error: 'authorization_pending' }, { error: 'slow_down' }, { access_token: 'u-recorded', expires_in: 7200, refresh_token: 'r-recorded', scope: 'x offline_access', token_type: 'Bearer' }]
    const recorder = await listen(async (request) => {
      const path = new URL(request.url).pathname
      if (path === '/oauth/v1/device_authorization') {
        return Response.json({ device_code: 'dc-recorded', user_code: 'ABCD-EFGH', verification_uri: 'https://example.com/verify', expires_in: 120, interval: 1 })
      }
      polls.push(Date.now())
      const body = new URLSearchParams(await request.text())
      if (body.get('device_code') !== 'dc-recorded' || body.get('client_secret') !== FAKE_APP_SECRET) return Response.json({ error: 'invalid_client' }, { status: 401 })
      const answer = script[polls.length - 1] ?? { error: 'expired_token' }
      return Response.json(answer, { status: 'error' in answer ? 400 : 200 })
    })
    try {
      const ctx = server.context({ domain: recorder.url })
      const authorization = await authorizeDevice(ctx, { scope: 'x' })
      const started = Date.now()
      const token = await pollDeviceToken(ctx, authorization)
      expect(token).toMatchObject({ accessToken: 'u-recorded', refreshToken: 'r-recorded' })
      expect(polls).toHaveLength(3)
      const gaps = [polls[0]! - started, polls[1]! - polls[0]!, polls[2]! - polls[1]!]
      expect(gaps[0]).toBeGreaterThanOrEqual(990)
      expect(gaps[1]).toBeGreaterThanOrEqual(990)
      // slow_down: the interval went from 1 s to 6 s.
      expect(gaps[2]).toBeGreaterThanOrEqual(5_990)
    } finally {
      await recorder.close()
    }
  }, 20_000)
})
