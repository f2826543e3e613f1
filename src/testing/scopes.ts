/**
 * Permission errors on demand: an endpoint configured to need a scope answers as the platform does
 * when the caller lacks it.
 *
 * - A tenant or app token of an app that has enabled none of the scopes: HTTP 400, 99991672, the
 *   scopes in `msg` and in `error.permission_violations` (`{ type: 'action_scope_required',
 *   subject }`); the console link `…/app/<app_id>/auth?q=<scopes>&op_from=openapi&token_type=<kind>`
 *   in `msg` (Feishu) or in `error.helps` (Lark, whose `msg` is English only).
 * - A user token: 99991672 as above (`token_type=user`) when the app lacks the scopes, else 99991679
 *   when the user's grant (the token's `scope`) holds none of them.
 *
 * @module
 */
import { fakeError, type FakeError } from './reply.ts'
import { matches } from './router.ts'
import type { State } from './state.ts'
import type { Caller, RequestMatcher } from './types.ts'

/** What `fake.requireScopes` takes. */
export interface ScopeRule extends RequestMatcher {
  /** Any one of them is enough. */
  readonly scopes: readonly string[]
  /** Which platform's answer to imitate (default `feishu`). */
  readonly brand?: 'feishu' | 'lark'
}

interface ScopeState {
  readonly rules: ScopeRule[]
  /** Scopes each app has enabled. */
  readonly enabled: Map<string, Set<string>>
}

const states = new WeakMap<State, ScopeState>()

function stateOf(state: State): ScopeState {
  let s = states.get(state)
  if (s === undefined) states.set(state, (s = { rules: [], enabled: new Map() }))
  return s
}

/**
 * Adds a rule. Returns its remover.
 *
 * @throws {Error} When the rule names no scope.
 */
export function requireScopes(state: State, rule: ScopeRule): () => void {
  if (!Array.isArray(rule.scopes) || rule.scopes.length === 0) throw new Error('requireScopes: name at least one scope')
  const s = stateOf(state)
  const frozen = Object.freeze({ ...rule, scopes: Object.freeze([...rule.scopes]) })
  s.rules.push(frozen)
  return () => {
    const i = s.rules.indexOf(frozen)
    if (i >= 0) s.rules.splice(i, 1)
  }
}

/** Enables scopes for an app, as its console would. */
export function enableAppScopes(state: State, appId: string, scopes: readonly string[]): void {
  const s = stateOf(state)
  const set = s.enabled.get(appId) ?? new Set()
  for (const scope of scopes) set.add(scope)
  s.enabled.set(appId, set)
}

/**
 * The refusal a caller gets from the first rule it fails, or undefined.
 *
 * @param state The fake's state.
 * @param method The request's method.
 * @param path The request's path.
 * @param caller Who called (after token checks).
 */
export function scopeRefusal(state: State, method: string, path: string, caller: Caller | undefined): FakeError | undefined {
  const s = states.get(state)
  if (s === undefined || caller === undefined) return undefined
  for (const rule of s.rules) {
    if (!matches(rule, method, path)) continue
    const enabled = s.enabled.get(caller.appId)
    if (!rule.scopes.some((scope) => enabled?.has(scope))) return appMissing(rule, caller)
    if (caller.kind === 'user') {
      const granted = new Set((caller.scope ?? '').split(' '))
      if (!rule.scopes.some((scope) => granted.has(scope))) return userMissing(rule)
    }
  }
  return undefined
}

const violations = (rule: ScopeRule) => rule.scopes.map((subject) => ({ type: 'action_scope_required', subject }))

function appMissing(rule: ScopeRule, caller: Caller): FakeError {
  const list = rule.scopes.join(', ')
  const lark = rule.brand === 'lark'
  const host = lark ? 'https://open.larksuite.com' : 'https://open.feishu.cn'
  const link = `${host}/app/${caller.appId}/auth?q=${rule.scopes.join(',')}&op_from=openapi&token_type=${caller.kind}`
  const english = `Access denied. One of the following scopes is required: [${list}].`
  const msg = lark ? english : `${english} Apply for any one of them: ${link}`
  const details = lark
    ? { permission_violations: violations(rule), helps: [{ url: link, description: 'Apply for the scopes' }] }
    : { permission_violations: violations(rule) }
  return fakeError(99991672, msg, 400, details)
}

function userMissing(rule: ScopeRule): FakeError {
  const msg =
    'Unauthorized. You do not have permission to perform the requested operation on the resource. ' +
    `Please request user re-authorization and try again. required one of these privileges: [${rule.scopes.join(', ')}]`
  return fakeError(99991679, msg, 400, { permission_violations: violations(rule) })
}
