/**
 * App and tenant token endpoints, self-built and marketplace, plus `app_ticket/resend`.
 * All answer HTTP 200 with a flat body, errors included.
 *
 * Choices where the platform is not documented: a wrong secret answers 99991543; calling the
 * self-built endpoints with a marketplace app (or the reverse) answers 10003; a marketplace tenant
 * token for a tenant that did not install the app answers 99991662.
 *
 * @module
 */
import { asRecord } from '../body.ts'
import { fakeJson } from '../reply.ts'
import type { State } from '../state.ts'
import { pushTicket } from '../state.ts'
import { isLive, issueAppToken } from '../tokens.ts'
import type { FakeApp, RouteSpec } from '../types.ts'

type Failure = { code: number; msg: string }

const INVALID_PARAM: Failure = { code: 10003, msg: 'invalid param' }
const AUTH = '/open-apis/auth/v3'

/**
 * The built-in token routes of a fake server.
 *
 * @param state Reads the current state (it changes on `reset()`).
 * @returns Route specs taking no token.
 */
export function appTokenRoutes(state: () => State): RouteSpec[] {
  const post = (path: string, handler: (body: Record<string, unknown>, s: State) => unknown): RouteSpec => ({
    method: 'POST',
    path: AUTH + path,
    tokens: [],
    handler: ({ body }) => flat(handler(asRecord(body) ?? {}, state())),
  })
  return [
    post('/tenant_access_token/internal', (body, s) => {
      s.counts.tenant++
      const app = credentials(s, body, 'self_built')
      if (!isApp(app)) return app
      const { token, expire } = issueAppToken(s, 'tenant', app.appId, app.tenants[0])
      return { code: 0, msg: 'ok', tenant_access_token: token, expire }
    }),
    post('/app_access_token/internal', (body, s) => {
      s.counts.app++
      const app = credentials(s, body, 'self_built')
      if (!isApp(app)) return app
      const { token, expire } = issueAppToken(s, 'app', app.appId)
      const tenant = issueAppToken(s, 'tenant', app.appId, app.tenants[0])
      return { code: 0, msg: 'ok', app_access_token: token, expire, tenant_access_token: tenant.token }
    }),
    post('/app_access_token', (body, s) => {
      s.counts.app++
      const app = credentials(s, body, 'marketplace')
      if (!isApp(app)) return app
      const ticket = body.app_ticket
      if (typeof ticket !== 'string' || !(s.tickets.get(app.appId) ?? []).includes(ticket)) {
        return { code: 10012, msg: 'app_ticket is invalid' }
      }
      const { token, expire } = issueAppToken(s, 'app', app.appId)
      return { code: 0, msg: 'success', app_access_token: token, expire }
    }),
    post('/tenant_access_token', (body, s) => {
      s.counts.tenant++
      const { app_access_token: appToken, tenant_key: tenantKey } = body
      if (!nonEmpty(appToken) || !nonEmpty(tenantKey)) return INVALID_PARAM
      const issued = s.tokens.get(appToken)
      const app = issued && s.apps.get(issued.appId)
      if (!issued || issued.kind !== 'app' || !isLive(s, issued) || app?.appType !== 'marketplace') {
        return { code: 99991664, msg: 'app access token is invalid' }
      }
      if (!app.tenants.includes(tenantKey)) return { code: 99991662, msg: 'app is not installed in this tenant' }
      const { token, expire } = issueAppToken(s, 'tenant', app.appId, tenantKey)
      return { code: 0, msg: 'success', tenant_access_token: token, expire }
    }),
    post('/app_ticket/resend', (body, s) => {
      s.counts.resend++
      const app = credentials(s, body, undefined)
      if (!isApp(app)) return app
      s.resends.push({ appId: app.appId, at: s.now })
      if (app.appType === 'marketplace') pushTicket(s, app.appId)
      return { code: 0, msg: 'success' }
    }),
  ]
}

function credentials(state: State, body: Record<string, unknown>, type: FakeApp['appType'] | undefined): FakeApp | Failure {
  const { app_id: appId, app_secret: secret } = body
  if (!nonEmpty(appId) || !nonEmpty(secret)) return INVALID_PARAM
  const app = state.apps.get(appId)
  // Well-formed unknown ids are "not found"; anything else is a malformed parameter.
  if (!app) return /^cli_[0-9a-f]{16}$/i.test(appId) ? { code: 10014, msg: 'app id not exists' } : INVALID_PARAM
  if (app.appSecret !== secret) return { code: 99991543, msg: 'app_id or app_secret is invalid' }
  if (type !== undefined && app.appType !== type) return INVALID_PARAM
  return app
}

function isApp(value: FakeApp | Failure): value is FakeApp {
  return 'appId' in value
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function flat(body: unknown): Response {
  const failure = body as Partial<Failure>
  // The platform adds an empty `data` to its "invalid param" answer only.
  return fakeJson(failure.code === 10003 ? { ...failure, data: {} } : body)
}
