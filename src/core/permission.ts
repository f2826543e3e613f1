/**
 * Permission errors read for people: which scopes are missing, whether the app or the user lacks
 * them, and where to grant them. The platform says so in three places, differently on Feishu and
 * Lark: `error.permission_violations` (`{ type, subject }`, the subject a scope), the `msg`
 * (`…required: [im:chat, im:chat:readonly]…`, on Feishu followed by the console link), and on Lark
 * `error.helps` (`[{ url, description }]`). When the answer carries no link, the scope-apply page is
 * built the way the official CLI does.
 *
 * @module
 */
import { isLarkApiError } from './errors.ts'

/** App scope not enabled (the app's console must enable one of the scopes). */
export const APP_SCOPE_MISSING = 99991672
/** The user did not grant the scope to the app (the user must authorize again with it). */
export const USER_SCOPE_MISSING = 99991679
/** The token carries none of the scopes the API needs. */
export const TOKEN_SCOPE_MISSING = 99991676

/** The permission codes {@link explainPermissionError} reads, and who must act. */
export const PERMISSION_CODES: Readonly<Record<number, 'app' | 'user'>> = {
  // Literal keys, not the constants above: a computed key keeps the object in every bundle.
  99991672: 'app',
  99991679: 'user',
  99991676: 'user',
}

/** What a permission error means. */
export interface PermissionExplanation {
  /** `app`: enable a scope in the app's console (then publish); `user`: sign the user in again asking for it. */
  readonly kind: 'app' | 'user'
  readonly code: number
  /** The scopes the API accepts; any one of them is enough. */
  readonly scopes: readonly string[]
  /**
   * Where to grant them: the link the platform sent, or the scope-apply page of the app (when its id
   * is known). For `user`, undefined unless the platform sent one: ask the user again
   * (`authorizeUrl` / `authorizeDevice` with these scopes).
   */
  readonly grantUrl: string | undefined
}

const MAX_SCOPES = 50
const MAX_TEXT = 4_000
const SCOPE = /^[A-Za-z0-9_.:-]{1,100}$/

/**
 * Explains a permission error: for codes 99991672 (the app lacks a scope), 99991679 (the user did
 * not grant it) and 99991676 (the token lacks it), the scopes and where to grant them. Feishu and
 * Lark answers are both read.
 *
 * @param error Anything caught; only a `LarkApiError` with one of those codes is explained.
 * @param app The app's id and Open API base URL (a context will do), to build the scope-apply link
 *   when the answer carries none.
 * @returns The explanation, or undefined for any other error.
 * @example
 * try { await listChat(ctx, {}) } catch (error) {
 *   const why = explainPermissionError(error, ctx)
 *   if (why?.kind === 'app') console.error(`enable one of ${why.scopes.join(', ')}: ${why.grantUrl}`)
 *   else throw error
 * }
 */
export function explainPermissionError(
  error: unknown,
  app: { readonly appId?: string | undefined; readonly baseUrl?: string } = {},
): PermissionExplanation | undefined {
  if (!isLarkApiError(error)) return undefined
  const kind = PERMISSION_CODES[error.code]
  if (kind === undefined) return undefined
  const msg = typeof error.msg === 'string' ? error.msg.slice(0, MAX_TEXT) : ''
  const scopes = scopesOf(error.detail, msg)
  const sent = linkOf(error.detail, msg)
  const appId = app.appId ?? appIdOf(sent)
  const grantUrl = sent ?? (kind === 'app' && appId !== undefined && scopes.length > 0 ? scopeApplyUrl(appId, scopes, app.baseUrl) : undefined)
  return { kind, code: error.code, scopes, grantUrl }
}

/** The scopes named by `permission_violations`, else by the bracketed list in `msg`. */
export function scopesOf(detail: Record<string, unknown> | undefined, msg: string): string[] {
  const out: string[] = []
  const add = (s: unknown) => {
    if (typeof s === 'string' && SCOPE.test(s.trim()) && !out.includes(s.trim()) && out.length < MAX_SCOPES) out.push(s.trim())
  }
  const violations = detail?.['permission_violations']
  if (Array.isArray(violations)) for (const v of violations.slice(0, MAX_SCOPES)) add((v as { subject?: unknown } | null)?.subject)
  if (out.length === 0) {
    const list = /\[([^\]]{1,2000})\]/.exec(msg)?.[1]
    if (list !== undefined) for (const s of list.split(',')) add(s)
  }
  return out
}

function linkOf(detail: Record<string, unknown> | undefined, msg: string): string | undefined {
  const helps = detail?.['helps']
  if (Array.isArray(helps)) {
    for (const h of helps.slice(0, 10)) {
      const url = (h as { url?: unknown } | null)?.url
      if (typeof url === 'string' && /^https:\/\/[^\s]{1,2000}$/.test(url)) return url
    }
  }
  return /https:\/\/[^\s"'<>]{1,2000}\/app\/[^\s"'<>]{1,2000}/.exec(msg)?.[0]
}

function appIdOf(url: string | undefined): string | undefined {
  return url === undefined ? undefined : /\/app\/(cli_[A-Za-z0-9]+)/.exec(url)?.[1]
}

/**
 * The app's scope-apply page for some scopes, as the official CLI links it.
 *
 * @param appId The app (`cli_…`).
 * @param scopes Scopes to ask for.
 * @param baseUrl The Open API base URL: `https://open.larksuite.com` gives the Lark page; anything
 *   else (a proxy, a test server) the Feishu one.
 */
export function scopeApplyUrl(appId: string, scopes: readonly string[], baseUrl = 'https://open.feishu.cn'): string {
  const host = /larksuite\.com$/.test(new URL(baseUrl).hostname) ? 'https://open.larksuite.com' : 'https://open.feishu.cn'
  return `${host}/page/scope-apply?clientID=${encodeURIComponent(appId)}&scopes=${encodeURIComponent(scopes.join(','))}`
}
