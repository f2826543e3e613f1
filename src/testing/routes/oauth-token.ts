/**
 * The OAuth token endpoint for user tokens: `POST /oauth/v3/token` (accounts host) and its v2
 * twin `POST /open-apis/authen/v2/oauth/token`. Flat success bodies; failures are
 * non-200 with `{ code, error, error_description }`.
 *
 * Codes the platform does not document are inferred: 20001 invalid_request, 20002 invalid_client (401),
 * 20003 unknown code, 20004 expired code, 20024 code of another client, 20036 unsupported grant,
 * 20049 PKCE failure, 20065 code already used, 20071 redirect_uri mismatch. Documented: 20070
 * (Basic and body secret at once), 20026 / 20037 / 20064 / 20073 for refresh tokens.
 *
 * Keyless apps (RFC 7523): `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer` with
 * `client_assertion_type`, `client_assertion` and `client_id` issues a tenant_access_token as
 * `access_token`. A refused assertion answers 401 `invalid_client` (code 20002, as a bad secret).
 *
 * @module
 */
import { asRecord } from '../body.ts'
import { fakeJson, fakeOAuthError } from '../reply.ts'
import type { State } from '../state.ts'
import { grantUserTokens, issueAppToken } from '../tokens.ts'
import type { FakeApp, RouteSpec } from '../types.ts'
import { deviceGrant } from './device-flow.ts'
import { pkceProblem } from './pkce.ts'

type Body = Record<string, unknown>

/**
 * The built-in OAuth token routes (v3 strict about PKCE, v2 lenient).
 *
 * @param state Reads the current state.
 * @returns Route specs taking no token.
 */
export function oauthTokenRoutes(state: () => State): RouteSpec[] {
  const route = (path: string, strict: boolean): RouteSpec => ({
    method: 'POST',
    path,
    tokens: [],
    handler: ({ body, headers, request }) => {
      const form = asRecord(body) ?? {}
      if (form.grant_type === JWT_BEARER) return assertionGrant(state(), form, new URL(request.url).host)
      return exchange(state(), form, headers.get('authorization'), strict)
    },
  })
  return [route('/oauth/v3/token', true), route('/open-apis/authen/v2/oauth/token', false)]
}

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/** A keyless app's tenant token for a client assertion; counted as a tenant token fetch. */
function assertionGrant(s: State, body: Body, audience: string): Response {
  s.counts.tenant++
  const { client_id: appId, client_assertion: jwt, client_assertion_type: type } = body
  if (typeof appId !== 'string' || appId === '') return fakeOAuthError(400, 20001, 'invalid_request', 'client_id is required')
  if (type !== ASSERTION_TYPE) return fakeOAuthError(400, 20001, 'invalid_request', `client_assertion_type must be ${ASSERTION_TYPE}`)
  if (typeof jwt !== 'string' || jwt === '') return fakeOAuthError(400, 20001, 'invalid_request', 'client_assertion is required')
  const app = s.apps.get(appId)
  const check = app?.clientAssertion
  const verify = check?.verify ?? defaultVerify
  if (!app || !check || app.appType !== 'self_built' || !verify(jwt, { audience, appId, now: s.now })) {
    return fakeOAuthError(401, 20002, 'invalid_client', 'client assertion is invalid')
  }
  const { token, expire } = issueAppToken(s, 'tenant', app.appId, app.tenants[0])
  return fakeJson({ code: 0, access_token: token, token_type: 'Bearer', expires_in: expire })
}

/** Claims only, no signature: `iss` = `sub` = app id, `aud` holds the audience, `exp` in the future. */
function defaultVerify(jwt: string, expected: { audience: string; appId: string; now: number }): boolean {
  const parts = jwt.split('.')
  if (parts.length !== 3) return false
  let claims: Record<string, unknown>
  try {
    const text = atob((parts[1] as string).replace(/-/g, '+').replace(/_/g, '/'))
    claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(text, (c) => c.charCodeAt(0)))) as Record<string, unknown>
  } catch {
    return false
  }
  if (typeof claims !== 'object' || claims === null) return false
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  return (
    claims.iss === expected.appId &&
    claims.sub === expected.appId &&
    aud.includes(expected.audience) &&
    typeof claims.exp === 'number' &&
    claims.exp > expected.now
  )
}

async function exchange(s: State, body: Body, authorization: string | null, strict: boolean): Promise<Response> {
  const grant = body.grant_type
  if (grant === 'authorization_code') s.counts.code++
  if (grant === 'refresh_token') s.counts.refresh++
  if (grant === DEVICE_GRANT) s.counts.device++
  const client = authenticateClient(s, body, authorization)
  if (client instanceof Response) return client
  if (grant === 'authorization_code') return codeGrant(s, body, client, strict)
  if (grant === 'refresh_token') return refreshGrant(s, body, client)
  // The device flow polls the v2 endpoint only (routes/device-flow.ts).
  if (grant === DEVICE_GRANT && !strict) return deviceGrant(s, body, client, (openId, scope) => grantTokens(s, client, openId, scope))
  return fakeOAuthError(400, 20036, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token')
}

/** The device flow's grant type (RFC 8628). */
export const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code'

/** Checks the client of a token request: HTTP Basic or `client_id` / `client_secret` in the body, not both. */
export function authenticateClient(s: State, body: Body, authorization: string | null): FakeApp | Response {
  const basic = parseBasic(authorization)
  if (basic && body.client_secret !== undefined) {
    return fakeOAuthError(400, 20070, 'invalid_request', 'use either HTTP Basic or client_secret in the body, not both')
  }
  if (basic && body.client_id !== undefined && body.client_id !== basic.id) {
    return fakeOAuthError(400, 20001, 'invalid_request', 'client_id differs from the HTTP Basic user')
  }
  const id = basic?.id ?? body.client_id
  const secret = basic?.secret ?? body.client_secret
  if (typeof id !== 'string' || id === '') return fakeOAuthError(400, 20001, 'invalid_request', 'client_id is required')
  const app = s.apps.get(id)
  if (!app || typeof secret !== 'string' || secret !== app.appSecret) {
    return fakeOAuthError(401, 20002, 'invalid_client', 'client authentication failed')
  }
  return app
}

async function codeGrant(s: State, body: Body, app: FakeApp, strict: boolean): Promise<Response> {
  if (typeof body.code !== 'string' || body.code === '') return fakeOAuthError(400, 20001, 'invalid_request', 'code is required')
  const record = s.codes.get(body.code)
  if (!record) return invalidGrant(20003, 'authorization code not found')
  if (record.used) return invalidGrant(20065, 'authorization code has already been used')
  if (s.now >= record.expiresAt) return invalidGrant(20004, 'authorization code expired')
  if (record.appId !== app.appId) return invalidGrant(20024, 'authorization code was issued to another client')
  if (body.redirect_uri !== undefined && record.redirectUri !== undefined && body.redirect_uri !== record.redirectUri) {
    return invalidGrant(20071, 'redirect_uri does not match the authorization request')
  }
  const problem = await pkceProblem(record, body.code_verifier, strict)
  if (problem !== undefined) return invalidGrant(20049, problem)
  record.used = true
  return grantTokens(s, app, record.openId, record.scope)
}

function refreshGrant(s: State, body: Body, app: FakeApp): Response {
  const token = body.refresh_token
  if (typeof token !== 'string' || token === '') {
    return fakeOAuthError(400, 20001, 'invalid_request', 'refresh_token is required')
  }
  const grant = s.refreshTokens.get(token)
  if (!grant || grant.appId !== app.appId) return invalidGrant(20026, 'refresh token is invalid')
  if (grant.revoked) return invalidGrant(20064, 'refresh token has been revoked')
  if (grant.used) return invalidGrant(20073, 'refresh token has already been used')
  if (s.now >= grant.expiresAt) return invalidGrant(20037, 'refresh token expired')
  const granted = grant.scope.split(/\s+/).filter(Boolean)
  const asked = typeof body.scope === 'string' ? body.scope.split(/\s+/).filter(Boolean) : granted
  if (asked.some((scope) => !granted.includes(scope))) {
    return fakeOAuthError(400, 20067, 'invalid_scope', 'scope must be a subset of the granted scope')
  }
  grant.used = true
  return grantTokens(s, app, grant.openId, asked.join(' '))
}

function grantTokens(s: State, app: FakeApp, openId: string, scope: string): Response {
  const grant = grantUserTokens(s, { appId: app.appId, openId, scope })
  const refresh =
    grant.refreshToken === undefined
      ? {}
      : { refresh_token: grant.refreshToken, refresh_token_expires_in: grant.refreshExpiresIn }
  return fakeJson({
    code: 0,
    access_token: grant.accessToken,
    expires_in: grant.expiresIn,
    ...refresh,
    scope,
    token_type: 'Bearer',
  })
}

function parseBasic(header: string | null): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '')
  if (!match) return undefined
  let decoded: string
  try {
    decoded = atob(match[1] as string)
  } catch {
    return undefined
  }
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { id: decodeForm(decoded.slice(0, colon)), secret: decodeForm(decoded.slice(colon + 1)) }
}

/** RFC 6749 §2.3.1: Basic credentials are form-urlencoded before base64. */
function decodeForm(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return value
  }
}

function invalidGrant(code: number, description: string): Response {
  return fakeOAuthError(400, code, 'invalid_grant', description)
}

