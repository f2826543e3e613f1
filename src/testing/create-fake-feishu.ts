/**
 * `createFakeFeishu`: wires state, routes, rules and the handler into one plain object.
 *
 * @module
 */
import { createApiLayer, withApiKnobs } from './api/layer.ts'
import type { FakeFeishu, FakeFeishuOptions, IssueUserTokenInput } from './fake-feishu.ts'
import { addFault } from './faults.ts'
import { inProcessFetch } from './fetch.ts'
import { createHandle } from './handle.ts'
import { addRateLimit } from './limits.ts'
import { createRouter } from './router.ts'
import { appRegistrationKnobs, appRegistrationRoutes } from './routes/app-registration.ts'
import { appTokenRoutes } from './routes/app-token.ts'
import { authorizeRoute, issueCode } from './routes/authorize.ts'
import { batchGetIdRoute } from './routes/contact.ts'
import { deviceAuthorizationRoute, deviceKnobs } from './routes/device-flow.ts'
import { authenticateClient, oauthTokenRoutes } from './routes/oauth-token.ts'
import { enableAppScopes, requireScopes } from './scopes.ts'
import { userInfoRoute } from './routes/user-info.ts'
import type { State } from './state.ts'
import { FAKE_TENANT_KEY } from './defaults.ts'
import { addApp, addUser, createState } from './state.ts'
import { expireToken, grantUserTokens, issueAppToken, revokeTokens } from './tokens.ts'
import type { FakeApp } from './types.ts'

/**
 * Makes a fake Feishu server. With no options it knows one self-built app (`FAKE_APP_ID` /
 * `FAKE_APP_SECRET`) and one user (`FAKE_USER`), so a test works with zero setup.
 *
 * @param options Apps, users, clock start, base URL and the authorizing user.
 * @returns The fake: `handle` and `fetch`, plus knobs for clock, tokens, routes, limits and faults.
 * @example
 * const fake = createFakeFeishu()
 * const res = await fake.fetch('/open-apis/auth/v3/tenant_access_token/internal', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ app_id: FAKE_APP_ID, app_secret: FAKE_APP_SECRET }),
 * })
 * const { tenant_access_token } = await res.json() // 't-…'
 */
export function createFakeFeishu(options: FakeFeishuOptions = {}): FakeFeishu {
  let state: State = createState(options)
  const current = () => state
  const router = createRouter()
  const api = createApiLayer(current, options.learnOnDemand ?? true)
  for (const spec of [
    ...appTokenRoutes(current),
    ...oauthTokenRoutes(current),
    deviceAuthorizationRoute(current, authenticateClient),
    ...appRegistrationRoutes(current),
    authorizeRoute(current),
    userInfoRoute(current),
    batchGetIdRoute(current),
    ...api.routes,
  ]) {
    router.add(spec)
  }
  const handle = createHandle(current, api.router(router))
  const baseUrl = options.baseUrl ?? 'https://fake-feishu.test'
  const appOf = (appId: string | undefined): FakeApp => {
    const app = appId === undefined ? state.apps.values().next().value : state.apps.get(appId)
    if (app === undefined) throw new Error(`fake Feishu: unknown app ${appId ?? '(none registered)'}`)
    return app
  }
  const authorizingUser = (openId: string | undefined): string => {
    const chosen = openId ?? state.authorizeAs
    if (chosen === null) throw new Error('fake Feishu: no user given and authorizeAs(null) is set')
    return chosen
  }
  const userGrantOf = (input: IssueUserTokenInput) => ({
    appId: appOf(input.appId).appId,
    openId: authorizingUser(input.openId),
    scope: input.scope ?? '',
  })

  const registration = appRegistrationKnobs(current)

  return withApiKnobs({
    handle,
    fetch: inProcessFetch(handle, baseUrl),
    baseUrl,
    now: () => state.now,
    advance(seconds) {
      state.now += seconds
    },
    addApp: (app) => addApp(state, app),
    addUser: (user) => addUser(state, user),
    seedUsers: (users, seed = {}) =>
      users.map((user) => addUser(state, { ...user, tenant_key: user.tenant_key ?? seed.tenantKey ?? FAKE_TENANT_KEY })),
    authorizeAs(openId) {
      state.authorizeAs = openId
    },
    appTicket: (appId) => state.tickets.get(appId)?.at(-1),
    get ticketResends() {
      return [...state.resends]
    },
    get tokenRequests() {
      return { ...state.counts }
    },
    get refreshCount() {
      return state.counts.refresh
    },
    issueAuthCode: (input = {}) =>
      issueCode(state, { ...input, appId: appOf(input.appId).appId, openId: authorizingUser(input.openId) }),
    issueToken(input) {
      const app = appOf(input.appId)
      if (input.kind === 'app') return issueAppToken(state, 'app', app.appId).token
      if (input.kind === 'tenant') {
        return issueAppToken(state, 'tenant', app.appId, input.tenantKey ?? app.tenants[0]).token
      }
      return grantUserTokens(state, { ...userGrantOf(input), tenantKey: input.tenantKey }).accessToken
    },
    issueUserToken: (input = {}) => grantUserTokens(state, userGrantOf(input)),
    revokeTokens: (filter) => revokeTokens(state, filter),
    expireToken: (token) => expireToken(state, token),
    route: (spec) => router.add(spec),
    rateLimit: (rule) => addRateLimit(state, rule),
    fault: (rule) => addFault(state, rule),
    ...deviceKnobs(current),
    requireScopes: (rule) => requireScopes(state, rule),
    enableAppScopes: (scopes, appId = state.apps.keys().next().value ?? '') => enableAppScopes(state, appId, scopes),
    get registrations() {
      return registration.registrations
    },
    configureRegistration: registration.configureRegistration,
    scanRegistration: registration.scanRegistration,
    denyRegistration: registration.denyRegistration,
    expireRegistration: registration.expireRegistration,
    slowDownRegistration: registration.slowDownRegistration,
    get requests() {
      return [...state.requests]
    },
    clearRequests() {
      state.requests.length = 0
    },
    reset() {
      state = createState(options)
      api.reset()
    },
  }, api.knobs)
}
