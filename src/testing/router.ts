/**
 * The route registry: method + path pattern → handler, newest registration first, so a test can
 * override a built-in route by registering the same method and path again.
 *
 * @module
 */
import type { TokenKind } from '../core/types.ts'
import type { RequestMatcher, RouteHandler, RouteSpec } from './types.ts'

/** A registered route with its compiled matcher. */
export interface Route {
  readonly method: string
  readonly path: string
  readonly tokens: readonly TokenKind[]
  readonly handler: RouteHandler
  readonly match: (path: string) => Record<string, string> | undefined
}

/** The registry of one fake server. */
export interface Router {
  /** Adds a route; the returned function removes it. */
  add(spec: RouteSpec): () => void
  /** The newest route matching method and path, with its path parameters. */
  find(method: string, path: string): { route: Route; params: Record<string, string> } | undefined
  /** Gets routes for a path ready before `find` (learning on demand); never rejects. */
  prepare?(path: string): Promise<void>
}

/** A route spec with its defaults (tenant token) and compiled path matcher. */
export function toRoute(spec: RouteSpec): Route {
  return {
    method: spec.method.toUpperCase(),
    path: spec.path,
    tokens: spec.tokens ?? ['tenant'],
    handler: spec.handler,
    match: compilePath(spec.path),
  }
}

/**
 * Makes an empty route registry.
 *
 * @returns The registry.
 */
export function createRouter(): Router {
  const routes: Route[] = []
  return {
    add(spec) {
      const route = toRoute(spec)
      routes.unshift(route)
      return () => {
        const at = routes.indexOf(route)
        if (at >= 0) routes.splice(at, 1)
      }
    },
    find(method, path) {
      for (const route of routes) {
        if (route.method !== method.toUpperCase()) continue
        const params = route.match(path)
        if (params) return { route, params }
      }
      return undefined
    },
  }
}

/**
 * Compiles a path pattern: literal segments, `:name` segments (non-empty, percent-decoded) and a
 * final `*` that matches any rest.
 *
 * @param pattern E.g. `/open-apis/contact/v3/users/:user_id`.
 * @returns A function giving the parameters of a matching path, or undefined.
 */
export function compilePath(pattern: string): (path: string) => Record<string, string> | undefined {
  const parts = pattern.split('/')
  return (path) => {
    const segments = path.split('/')
    const params: Record<string, string> = {}
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string
      if (part === '*' && i === parts.length - 1) return params
      const segment = segments[i]
      if (segment === undefined) return undefined
      if (part.startsWith(':')) {
        if (segment === '') return undefined
        params[part.slice(1)] = safeDecode(segment)
      } else if (part !== segment) return undefined
    }
    return segments.length === parts.length ? params : undefined
  }
}

/**
 * Whether a request matches a rule's optional method and path.
 *
 * @param matcher The rule's `method` and `path` (pattern or RegExp).
 * @param method The request method.
 * @param path The request path.
 * @returns `true` when every given part matches.
 */
export function matches(matcher: RequestMatcher, method: string, path: string): boolean {
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== method.toUpperCase()) return false
  if (matcher.path === undefined) return true
  if (typeof matcher.path === 'string') return compilePath(matcher.path)(path) !== undefined
  return matcher.path.test(path)
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
