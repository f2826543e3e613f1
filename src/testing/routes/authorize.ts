/**
 * The OAuth authorization page, `GET /open-apis/authen/v1/authorize`. It never
 * shows a page: it approves at once as the authorizing user (`authorizeAs`) and redirects to
 * `redirect_uri?code=…&state=…`, or with `error=access_denied` when `authorizeAs(null)` was set.
 *
 * @module
 */
import { randomHex } from '../ids.ts'
import { fakeOAuthError } from '../reply.ts'
import type { AuthCode, State } from '../state.ts'
import type { RouteSpec } from '../types.ts'

/** Lifetime of an authorization code, in seconds. */
export const CODE_LIFETIME = 300

/** What {@link issueCode} needs: who approves which app, with which scope and PKCE challenge. */
export interface AuthCodeRequest {
  readonly appId: string
  readonly openId: string
  readonly scope?: string
  readonly redirectUri?: string
  readonly codeChallenge?: string
  /** `S256` (default when a challenge is given) or `plain`. */
  readonly codeChallengeMethod?: string
}

/**
 * Stores a new single-use authorization code.
 *
 * @param state The fake's state.
 * @param request App, user, scope, redirect URI and PKCE challenge.
 * @returns The code.
 */
export function issueCode(state: State, request: AuthCodeRequest): string {
  const code = randomHex(16)
  const record: AuthCode = {
    appId: request.appId,
    openId: request.openId,
    scope: request.scope ?? '',
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallenge === undefined ? undefined : (request.codeChallengeMethod ?? 'S256'),
    expiresAt: state.now + CODE_LIFETIME,
    used: false,
  }
  state.codes.set(code, record)
  return code
}

/**
 * The built-in authorize route.
 *
 * @param state Reads the current state.
 * @returns The route spec (no token).
 */
export function authorizeRoute(state: () => State): RouteSpec {
  return {
    method: 'GET',
    path: '/open-apis/authen/v1/authorize',
    tokens: [],
    handler: ({ query }) => {
      const s = state()
      const clientId = query.get('client_id') ?? ''
      const redirectUri = query.get('redirect_uri') ?? ''
      const method = query.get('code_challenge_method') ?? undefined
      if (!s.apps.has(clientId)) return invalidRequest('unknown client_id')
      if (!URL.canParse(redirectUri)) return invalidRequest('redirect_uri is missing or not an absolute URL')
      if (method !== undefined && method !== 'S256' && method !== 'plain') {
        return invalidRequest('code_challenge_method must be S256 or plain')
      }
      const target = new URL(redirectUri)
      if (s.authorizeAs === null) target.searchParams.set('error', 'access_denied')
      else {
        const code = issueCode(s, {
          appId: clientId,
          openId: s.authorizeAs,
          scope: query.get('scope') ?? '',
          redirectUri,
          codeChallenge: query.get('code_challenge') ?? undefined,
          codeChallengeMethod: method,
        })
        target.searchParams.set('code', code)
      }
      const stateParam = query.get('state')
      if (stateParam !== null) target.searchParams.set('state', stateParam)
      return new Response(null, { status: 302, headers: { location: target.href } })
    },
  }
}

function invalidRequest(description: string): Response {
  return fakeOAuthError(400, 20001, 'invalid_request', description)
}
