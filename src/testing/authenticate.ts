/**
 * The gateway's token check for `/open-apis/` routes.
 *
 * A token of a kind the route does not take is answered as an invalid token of the kind the route
 * prefers (its first accepted kind): a user token on a tenant-only route gets 99991663, a tenant
 * token on a user-only route 99991668. The gateway validates the token as the kind it expects, so
 * this is what a misrouted token looks like to a client; the SDK's refresh-once logic then fails
 * cleanly instead of looping.
 *
 * @module
 */
import type { TokenKind } from '../core/types.ts'
import { isLive } from './tokens.ts'
import type { State } from './state.ts'
import type { Caller } from './types.ts'

/** A gateway refusal: code and message, always HTTP 400. */
export interface AuthFailure {
  readonly code: number
  readonly msg: string
}

const MISSING: AuthFailure = {
  code: 99991661,
  msg: 'Missing access token for authorization. Please make a request with token attached.',
}
const BAD_FORMAT: AuthFailure = { code: 99991671, msg: 'Token format error: the token must start with "t-" or "u-".' }
const INVALID: Record<TokenKind, AuthFailure> = {
  tenant: { code: 99991663, msg: 'Invalid access token for authorization. Please make a request with token attached.' },
  app: { code: 99991664, msg: 'Invalid app access token for authorization.' },
  user: { code: 99991668, msg: 'Invalid user access token for authorization.' },
}
const USER_EXPIRED: AuthFailure = { code: 99991677, msg: 'Authentication token expired.' }

/**
 * Checks the `Authorization` header against the tokens the fake issued.
 *
 * @param state The fake's state (tokens, clock).
 * @param header The `Authorization` header value, or null.
 * @param accepted The token kinds the route takes, preferred first (not empty).
 * @returns The caller, or the refusal to send.
 */
export function authenticate(
  state: State,
  header: string | null,
  accepted: readonly TokenKind[],
): { caller: Caller } | { failure: AuthFailure } {
  const match = /^Bearer\s+(\S*)\s*$/i.exec(header?.trim() ?? '')
  const token = match?.[1] ?? ''
  if (token === '') return { failure: MISSING }
  const kind = kindOf(token)
  if (kind === undefined) return { failure: BAD_FORMAT }
  const preferred = accepted[0] ?? 'tenant'
  if (!accepted.includes(kind)) return { failure: INVALID[preferred] }
  const issued = state.tokens.get(token)
  if (issued === undefined) return { failure: INVALID[kind] }
  if (!isLive(state, issued)) return { failure: kind === 'user' ? USER_EXPIRED : INVALID[kind] }
  const { appId, tenantKey, openId, scope } = issued
  // Absent fields are left out rather than set to undefined, so callers compare cleanly.
  const caller: Caller = {
    kind,
    appId,
    ...(tenantKey === undefined ? {} : { tenantKey }),
    ...(openId === undefined ? {} : { openId }),
    ...(scope === undefined ? {} : { scope }),
  }
  return { caller }
}

function kindOf(token: string): TokenKind | undefined {
  if (token.startsWith('t-')) return 'tenant'
  if (token.startsWith('u-')) return 'user'
  if (token.startsWith('a-')) return 'app'
  return undefined
}
