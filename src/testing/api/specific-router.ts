/**
 * Route lookup by specificity, for learned routes. Generated modules hold both
 * `PATCH …/records/:id` and `PATCH …/records/batch_update`, so "newest first" (the fake's own
 * router) would answer one endpoint with another's route: here the most specific match wins.
 *
 * @module
 */
import { toRoute, type Route, type Router } from '../router.ts'

/**
 * Compares two path patterns: more literal segments first, then the one whose first literal comes
 * earlier (`/a/b/:x` before `/a/:y/c`).
 *
 * @returns A positive number when `a` is more specific than `b`, negative when less, 0 when equal.
 */
export function compareSpecificity(a: string, b: string): number {
  const shape = (pattern: string) => pattern.split('/').map((part) => (part === '*' || part.startsWith(':') ? 0 : 1))
  const [sa, sb] = [shape(a), shape(b)]
  const count = (s: number[]) => s.reduce((sum, bit) => sum + bit, 0)
  const byCount = count(sa) - count(sb)
  if (byCount !== 0) return byCount
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) if (sa[i] !== sb[i]) return (sa[i] ?? 0) - (sb[i] ?? 0)
  return 0
}

/**
 * Makes a router that answers the most specific matching route (the newest among equals).
 * Routes are bucketed by method and segment count, so a lookup among 1,794 learned routes stays cheap.
 *
 * @returns The router.
 */
export function createSpecificRouter(): Router {
  const buckets = new Map<string, Route[]>()
  const keyOf = (method: string, segments: number | '*') => `${method.toUpperCase()} ${segments}`
  return {
    add(spec) {
      const route = toRoute(spec)
      const key = keyOf(route.method, spec.path.endsWith('/*') ? '*' : spec.path.split('/').length)
      const bucket = buckets.get(key) ?? []
      bucket.unshift(route)
      buckets.set(key, bucket)
      return () => {
        const at = bucket.indexOf(route)
        if (at >= 0) bucket.splice(at, 1)
      }
    },
    find(method, path) {
      const candidates = [...(buckets.get(keyOf(method, path.split('/').length)) ?? []), ...(buckets.get(keyOf(method, '*')) ?? [])]
      let best: { route: Route; params: Record<string, string> } | undefined
      for (const route of candidates) {
        const params = route.match(path)
        if (params !== undefined && (best === undefined || compareSpecificity(route.path, best.route.path) > 0)) best = { route, params }
      }
      return best
    },
  }
}
