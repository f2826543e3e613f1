import type { Context } from '../types.ts'

type Scope = Pick<Context, 'baseUrl' | 'appId'>

function prefix(ctx: Scope): string {
  // Namespaced by host and app: one store can serve Feishu and Lark, several apps, and a test server.
  return `larkfn:${new URL(ctx.baseUrl).host}:${ctx.appId ?? '-'}`
}

/** Store key of a cached app or tenant token (`tenantKey` for marketplace tenants). */
export function tokenKey(ctx: Scope, kind: 'app' | 'tenant', tenantKey?: string): string {
  return tenantKey === undefined ? `${prefix(ctx)}:${kind}` : `${prefix(ctx)}:${kind}:${tenantKey}`
}

/** Store key of a marketplace app's app_ticket, written by the event dispatcher. */
export function appTicketKey(ctx: Scope): string {
  return `${prefix(ctx)}:app_ticket`
}

/** Store key of a user's OAuth tokens under a name the caller chooses. */
export function userTokenKey(ctx: Scope, name: string): string {
  return `${prefix(ctx)}:user:${name}`
}

/**
 * Milliseconds to cache a token the platform says lives `expire` more seconds: `expire - margin`,
 * or half of `expire` when that is shorter than the margin.
 */
export function tokenTtl(expire: number, margin: number): number {
  const seconds = expire > 2 * margin ? expire - margin : expire / 2
  return Math.max(0, Math.floor(seconds * 1000))
}
