import { raceDeadline } from '../abort.ts'
import { createLarkAuthError, createLarkHttpError } from '../errors.ts'
import { log } from '../log.ts'
import { dropToken, getToken } from '../token/fetch-token.ts'
import type { LarkRequest, LarkResponse, Middleware, TokenKind } from '../types.ts'

/** Codes meaning "this token is not (or no longer) valid": the cached one is dropped and refetched. */
const INVALID_TOKEN: Record<'app' | 'tenant', readonly number[]> = {
  tenant: [99991663, 99991661],
  app: [99991664, 99991663],
}

type Plan = { kind: TokenKind; manual: string } | { kind: 'app' | 'tenant'; manual?: undefined } | undefined

/** Which token a request carries: a manual one from options first, else the first fetchable kind. */
function plan(req: LarkRequest): Plan {
  const { spec, options, ctx } = req
  const accepts = (kind: TokenKind) => spec.tokens.includes(kind)
  if (spec.tokens.length === 0) return undefined
  if (options.userAccessToken && accepts('user')) return { kind: 'user', manual: options.userAccessToken }
  if (options.tenantAccessToken && accepts('tenant')) return { kind: 'tenant', manual: options.tenantAccessToken }
  if (options.appAccessToken && accepts('app')) return { kind: 'app', manual: options.appAccessToken }
  // Behind a larkfn proxy the server adds tenant and app tokens; nothing is fetched here.
  if (ctx.viaProxy) return undefined
  const kind = spec.tokens.find((k): k is 'app' | 'tenant' => k !== 'user')
  const option = (k: TokenKind) => `options.${k}AccessToken`
  if (kind === undefined) {
    throw createLarkAuthError({ endpoint: spec.id, reason: `needs a user access token: pass ${option('user')}` })
  }
  if (ctx.manualTokens) {
    const names = spec.tokens.map(option).join(' or ')
    throw createLarkAuthError({ endpoint: spec.id, reason: `manualTokens is on: pass ${names}` })
  }
  return { kind }
}

function withBearer(req: LarkRequest, token: string): LarkRequest {
  return { ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } }
}

function codeOf(res: LarkResponse): number | undefined {
  const body = res.body as { code?: unknown } | null
  return typeof body === 'object' && body !== null && typeof body.code === 'number' ? body.code : undefined
}

/**
 * Adds the access token the endpoint needs. Tokens from options are sent as they are; fetched ones
 * come from the store. When the platform says a fetched token is invalid, drops it, fetches a new one
 * and replays the request once.
 *
 * @returns The auth middleware.
 */
export function auth(): Middleware {
  return async function auth(req, next) {
    const chosen = plan(req)
    if (chosen === undefined) return next(req)
    if (chosen.manual !== undefined) return next(withBearer(req, chosen.manual))
    const { ctx, options } = req
    const kind = chosen.kind
    // The call's timeout bounds the token fetch it triggers too (each attempt, and the caller's wait).
    const timeout = options.timeout ?? ctx.timeout
    const late = () =>
      createLarkHttpError({ endpoint: req.spec.id, httpStatus: 0, logId: undefined, bodyText: undefined, reason: `timed out after ${timeout} ms waiting for a ${kind}_access_token` })
    const token = () => raceDeadline(getToken(ctx, kind, options.tenantKey, { endpoint: req.spec.id, timeout }), timeout, late, options.signal)
    const res = await next(withBearer(req, await token()))
    const code = codeOf(res)
    if (code === undefined || !INVALID_TOKEN[kind].includes(code)) return res
    log(ctx, 'info', 'platform refused a cached token; fetching a new one and replaying once', {
      endpoint: req.spec.id,
      code,
    })
    await dropToken(ctx, kind, options.tenantKey)
    return next(withBearer(req, await token()))
  }
}
