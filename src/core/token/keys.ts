import type { Context } from '../types.ts'

type Scope = Pick<Context, 'baseUrl' | 'appId'>

/**
 * One part of a key with `%` and `:` escaped, so a part holding `:` (an app id, a tenant key, a
 * user's name) cannot make two keys the same. Ids without them are unchanged.
 */
export function keyPart(part: string): string {
  return part.replace(/%/g, '%25').replace(/:/g, '%3A')
}

function prefix(ctx: Scope): string {
  // Namespaced by host and app: one store can serve Feishu and Lark, several apps, and a test server.
  return `larkfn:${new URL(ctx.baseUrl).host}:${ctx.appId === undefined ? '-' : keyPart(ctx.appId)}`
}

/** Store key of a cached app or tenant token (`tenantKey` for marketplace tenants). */
export function tokenKey(ctx: Scope, kind: 'app' | 'tenant', tenantKey?: string): string {
  return tenantKey === undefined ? `${prefix(ctx)}:${kind}` : `${prefix(ctx)}:${kind}:${keyPart(tenantKey)}`
}

/** Store key of a marketplace app's app_ticket, written by the event dispatcher. */
export function appTicketKey(ctx: Scope): string {
  return `${prefix(ctx)}:app_ticket`
}

/** Store key of a user's OAuth tokens under a name the caller chooses. */
export function userTokenKey(ctx: Scope, name: string): string {
  return `${prefix(ctx)}:user:${keyPart(name)}`
}

/**
 * Milliseconds to cache a token the platform says lives `expire` more seconds: `expire - margin`,
 * or half of `expire` when that is shorter than the margin.
 */
export function tokenTtl(expire: number, margin: number): number {
  const seconds = expire > 2 * margin ? expire - margin : expire / 2
  return Math.max(0, Math.floor(seconds * 1000))
}
