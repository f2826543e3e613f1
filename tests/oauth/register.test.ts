import { inspect } from 'node:util'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { isLarkAuthError, isLarkValidationError, type LarkAuthError } from '../../src/core/errors.ts'
import { getToken } from '../../src/core/token/fetch-token.ts'
import { createContext } from '../../src/index.node.ts'
import { listen } from '../../src/node/index.ts'
import { APP_REGISTRATION_PATH, registerApp, type RegisterAppOptions, type RegistrationQrInfo } from '../../src/oauth/index.ts'
import { captureLogger, dumpError, startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => {
  fake.reset()
  fake.configureRegistration({ interval: 0.05, expiresIn: 30 })
})

/** The same fake under another host name: the "Lark accounts host" on loopback. */
const larkUrl = server.url.replace('127.0.0.1', 'localhost')

/** A context without app credentials (registration needs none), logging into `logger`. */
function ctxWith(logger = captureLogger()) {
  return { ctx: createContext({ domain: server.url, logger, logLevel: 'debug' }), logger }
}

/** Starts a registration; resolves `qr` once the URL is shown. */
function start(extra: Partial<RegisterAppOptions> = {}, logger = captureLogger()) {
  const { ctx } = ctxWith(logger)
  let shown!: (v: { url: string; info: RegistrationQrInfo }) => void
  const qr = new Promise<{ url: string; info: RegistrationQrInfo }>((resolve) => (shown = resolve))
  const result = registerApp(ctx, { onQrCode: (url, info) => shown({ url, info }), larkAccountsUrl: larkUrl, ...extra })
  result.catch(() => {})
  return { qr, result, logger, ctx }
}

const waitFor = async (test: () => boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 5))
  }
}

function secretsOf() {
  return fake.registrations.flatMap((r) => [r.deviceCode, r.app?.appSecret].filter((s): s is string => !!s))
}

function expectNoSecrets(texts: string[]) {
  const secrets = secretsOf()
  expect(secrets.length).toBeGreaterThan(0)
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret)
}

describe('registerApp against the fake', () => {
  it('shows the QR URL, returns the new credentials on confirmation, and they get a tenant token', async () => {
    const { qr, result, logger } = start({ preset: { name: 'Helper for {user}', desc: 'made by a test' } })
    const { url, info } = await qr
    const shown = new URL(url)
    expect(`${shown.origin}${shown.pathname}`).toBe(`${server.url}/page/app-registration`)
    expect(shown.searchParams.get('user_code')).toBe(info.userCode)
    expect(shown.searchParams.get('name')).toBe('Helper for {user}')
    expect(shown.searchParams.get('desc')).toBe('made by a test')
    expect(info.expiresIn).toBe(30)
    expect(info.expiresAt).toBeGreaterThan(Date.now())
    const [reg] = fake.registrations
    expect(reg?.begin).toMatchObject({ action: 'begin', archetype: 'PersonalAgent', auth_method: 'client_secret' })
    await waitFor(() => (fake.registrations[0]?.polls.length ?? 0) >= 2)
    const app = fake.scanRegistration(info.userCode, { appName: 'Helper' })
    const registered = await result
    expect(registered.appId).toBe(app.appId)
    expect(registered.appSecret).toBe(app.appSecret)
    expect(registered.tenantBrand).toBe('feishu')
    expect(registered.openId).toMatch(/^ou_/)
    // The secret is not enumerable and never printed.
    expect(Object.keys(registered)).not.toContain('appSecret')
    expect(JSON.stringify(registered)).not.toContain(app.appSecret)
    expect(inspect(registered, { showHidden: true, depth: 5 })).not.toContain(app.appSecret)
    expect(String({ ...registered })).not.toContain(app.appSecret)
    // The new credentials work for tenant tokens.
    const appCtx = createContext({ appId: registered.appId, appSecret: registered.appSecret, domain: server.url, logLevel: 'silent' })
    expect(await getToken(appCtx, 'tenant')).toMatch(/^t-/)
    // Polls sent the device code form-encoded; the device code and secret are in no log line.
    const poll = fake.requests.find((r) => r.path === APP_REGISTRATION_PATH && (r.body as Record<string, unknown>)?.action === 'poll')
    expect(poll?.body).toEqual({ action: 'poll', device_code: reg?.deviceCode })
    expect(logger.lines.length).toBeGreaterThan(0)
    expectNoSecrets(logger.lines)
    // The device code is single use.
    expect(fake.registrations[0]?.status).toBe('done')
  })

  it('fails with access_denied when the user declines, without secrets in the error or logs', async () => {
    const { qr, result, logger } = start()
    await qr
    fake.denyRegistration()
    const error = (await result.catch((e: unknown) => e)) as LarkAuthError
    expect(isLarkAuthError(error)).toBe(true)
    expect(error.oauthError).toBe('access_denied')
    expect(error.reason).toContain('declined')
    expectNoSecrets([dumpError(error), inspect(error, { showHidden: true }), ...logger.lines])
  })

  it('fails with expired_token when the platform says the code expired', async () => {
    const { qr, result } = start()
    await qr
    fake.advance(31)
    const error = (await result.catch((e: unknown) => e)) as LarkAuthError
    expect(isLarkAuthError(error)).toBe(true)
    expect(error.oauthError).toBe('expired_token')
    expectNoSecrets([dumpError(error)])
  })

  it('stops at its own deadline (expires_in) when nobody scans', async () => {
    fake.configureRegistration({ interval: 0.05, expiresIn: 0.4 })
    const began = Date.now()
    const { result, logger } = start()
    const error = (await result.catch((e: unknown) => e)) as LarkAuthError
    const took = Date.now() - began
    expect(isLarkAuthError(error)).toBe(true)
    expect(error.oauthError).toBe('expired_token')
    expect(took).toBeGreaterThanOrEqual(380)
    expect(took).toBeLessThan(5000)
    expect(fake.registrations[0]?.polls.length).toBeGreaterThan(1)
    expectNoSecrets([dumpError(error), ...logger.lines])
  })

  it('waits the interval between polls, and 5 s more after slow_down', async () => {
    fake.configureRegistration({ interval: 0.2, expiresIn: 30 })
    fake.slowDownRegistration(1)
    const statuses: string[] = []
    const { qr, result } = start({ onStatus: (s) => statuses.push(`${s.status}:${s.interval}`) })
    await qr
    // The first poll (0.2 s in) answers slow_down; the next comes 5.2 s after it, and succeeds.
    await waitFor(() => statuses.length >= 1)
    fake.scanRegistration()
    await result
    const polls = fake.registrations[0]!.polls
    expect(polls).toHaveLength(2)
    expect(polls[1]!.at - polls[0]!.at).toBeGreaterThanOrEqual(5200 - 30)
    expect(statuses).toEqual(['slow_down:5.2'])
  }, 20_000)

  it('aborts at once on the signal, while waiting between polls', async () => {
    fake.configureRegistration({ interval: 10, expiresIn: 60 })
    const controller = new AbortController()
    const { qr, result } = start({ signal: controller.signal })
    await qr
    const at = Date.now()
    controller.abort(new Error('user closed the dialog'))
    const error = await result.catch((e: unknown) => e)
    expect(Date.now() - at).toBeLessThan(1000)
    expect((error as Error).message).toBe('user closed the dialog')
    expect(fake.registrations[0]?.polls.length).toBe(0)
  })

  it('refuses to start with an already aborted signal, and names bad options', async () => {
    const { ctx } = ctxWith()
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(registerApp(ctx, { onQrCode: () => {}, signal: controller.signal })).rejects.toThrow('stop')
    const bad = await registerApp(ctx, { onQrCode: 'x' as never, larkAccountsUrl: 'nope', preset: { avatar: [] } }).catch((e: unknown) => e)
    expect(isLarkValidationError(bad)).toBe(true)
    expect((bad as Error).message).toContain('oauth.registerApp')
    expect((bad as Error).message).toContain('onQrCode')
    expect((bad as Error).message).toContain('larkAccountsUrl')
    expect((bad as Error).message).toContain('preset.avatar')
    expect(fake.registrations).toHaveLength(0)
  })

  it('moves to the Lark host when the user is on Lark, and gets the secret there', async () => {
    const statuses: string[] = []
    const { qr, result, logger } = start({ onStatus: (s) => statuses.push(s.status) })
    await qr
    const app = fake.scanRegistration(undefined, { lark: true })
    const registered = await result
    expect(registered.appId).toBe(app.appId)
    expect(registered.appSecret).toBe(app.appSecret)
    expect(registered.tenantBrand).toBe('lark')
    expect(statuses).toContain('domain_switched')
    const polls = fake.registrations[0]!.polls
    const feishuHost = new URL(server.url).host
    const larkHost = new URL(larkUrl).host
    expect(polls.at(-2)?.host).toBe(feishuHost)
    expect(polls.at(-1)?.host).toBe(larkHost)
    // The switch polls at once, without waiting another interval.
    expect(polls.at(-1)!.at - polls.at(-2)!.at).toBeLessThan(2000)
    expectNoSecrets(logger.lines)
  })
})

describe('registerApp against a recorder', () => {
  type Rec = { host: string; body: string; at: number }

  async function recorder(script: (body: URLSearchParams, n: number) => { status?: number; json: unknown }) {
    const seen: Rec[] = []
    const srv = await listen(async (request) => {
      const body = await request.text()
      seen.push({ host: new URL(request.url).host, body, at: Date.now() })
      const { status = 200, json } = script(new URLSearchParams(body), seen.length)
      return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } })
    })
    return { seen, srv }
  }

  it('sends the begin form, honours interval and slow_down, switches host on tenant_brand lark', async () => {
    const SECRET = 'sec-recorder-0123456789abcdef'
    const DEVICE = 'device-code-recorder-xyz'
    const lark = await recorder((body) =>
      body.get('device_code') === DEVICE
        ? { json: { client_id: 'cli_rec', client_secret: SECRET, user_info: { open_id: 'ou_rec', tenant_brand: 'lark' } } }
        : { status: 400, json: { error: 'invalid_grant' } },
    )
    const feishu = await recorder((body, n) => {
      if (body.get('action') === 'begin') {
        return { json: { device_code: DEVICE, user_code: 'ABCD', verification_uri: 'https://open.example/page', verification_uri_complete: 'https://open.example/page?user_code=ABCD', expires_in: 30, interval: 0.1 } }
      }
      if (n === 2) return { status: 400, json: { error: 'authorization_pending' } }
      if (n === 3) return { status: 400, json: { error: 'slow_down' } }
      return { json: { client_id: 'cli_rec', user_info: { open_id: 'ou_rec', tenant_brand: 'lark' } } }
    })
    try {
      const logger = captureLogger()
      const ctx = createContext({ domain: feishu.srv.url, logger, logLevel: 'debug' })
      let qr = ''
      const app = await registerApp(ctx, { onQrCode: (url) => (qr = url), larkAccountsUrl: lark.srv.url })
      expect(qr).toBe('https://open.example/page?user_code=ABCD')
      expect(app.appId).toBe('cli_rec')
      expect(app.appSecret).toBe(SECRET)
      expect(app.tenantBrand).toBe('lark')
      expect(Object.fromEntries(new URLSearchParams(feishu.seen[0]!.body))).toEqual({
        action: 'begin', archetype: 'PersonalAgent', auth_method: 'client_secret', request_user_info: 'open_id tenant_brand',
      })
      expect(feishu.seen).toHaveLength(4)
      expect(lark.seen).toHaveLength(1)
      expect(Object.fromEntries(new URLSearchParams(lark.seen[0]!.body))).toEqual({ action: 'poll', device_code: DEVICE })
      const [, p1, p2, p3] = feishu.seen.map((s) => s.at)
      expect(p1! - feishu.seen[0]!.at).toBeGreaterThanOrEqual(100 - 20)
      expect(p2! - p1!).toBeGreaterThanOrEqual(100 - 20)
      expect(p3! - p2!).toBeGreaterThanOrEqual(5100 - 30)
      expectNoSecretsIn([SECRET, DEVICE], logger.lines)
    } finally {
      await feishu.srv.close()
      await lark.srv.close()
    }
  }, 20_000)

  it('aborts at once during a poll that hangs', async () => {
    let release!: () => void
    const hung = new Promise<void>((r) => (release = r))
    const srv = await listen(async (request) => {
      const body = new URLSearchParams(await request.text())
      if (body.get('action') === 'poll') await hung
      return Response.json({ device_code: 'dc-hang', user_code: 'H', verification_uri_complete: 'https://open.example/p?user_code=H', expires_in: 30, interval: 0.05 })
    })
    try {
      const controller = new AbortController()
      const ctx = createContext({ domain: srv.url, logLevel: 'silent' })
      const result = registerApp(ctx, { onQrCode: () => {}, signal: controller.signal })
      result.catch(() => {})
      await new Promise((r) => setTimeout(r, 300))
      const at = Date.now()
      controller.abort(new Error('cancelled mid-poll'))
      const error = await result.catch((e: unknown) => e)
      expect(Date.now() - at).toBeLessThan(1000)
      expect((error as Error).message).toBe('cancelled mid-poll')
    } finally {
      release()
      await srv.close()
    }
  })

  it('keeps secrets out of an error for an unexpected refusal', async () => {
    const DEVICE = 'device-code-refused-abc'
    const rec = await recorder((body) =>
      body.get('action') === 'begin'
        ? { json: { device_code: DEVICE, user_code: 'Q', verification_uri_complete: 'https://open.example/p?user_code=Q', expires_in: 30, interval: 0.05 } }
        : { status: 400, json: { error: 'invalid_client', error_description: 'client is gone' } },
    )
    try {
      const logger = captureLogger()
      const ctx = createContext({ domain: rec.srv.url, logger, logLevel: 'debug' })
      const error = (await registerApp(ctx, { onQrCode: () => {} }).catch((e: unknown) => e)) as LarkAuthError
      expect(isLarkAuthError(error)).toBe(true)
      expect(error.oauthError).toBe('invalid_client')
      expect(error.reason).toContain('client is gone')
      expectNoSecretsIn([DEVICE], [dumpError(error), ...logger.lines])
    } finally {
      await rec.srv.close()
    }
  })
})

function expectNoSecretsIn(secrets: string[], texts: string[]) {
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret)
}
