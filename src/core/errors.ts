/**
 * The four error kinds: real `Error`s (stack, `cause`) made by factories and recognised by guards that
 * check a brand, so two copies of the package still agree. Messages read like a log line and never
 * hold a token, secret or header.
 *
 * @module
 */

const KIND = Symbol.for('larkfn.error')

type Kind = 'api' | 'http' | 'validation' | 'auth'
type Fields<E> = Omit<E, keyof Error | typeof KIND>

interface Branded {
  readonly [KIND]: Kind
}

/** The platform answered with `code ≠ 0`. */
export interface LarkApiError extends Error, Branded {
  readonly name: 'LarkApiError'
  /** Endpoint id (`contact.v3.user.batch_get_id`) or `METHOD path` for raw requests. */
  readonly endpoint: string
  readonly code: number
  readonly msg: string
  readonly logId: string | undefined
  readonly httpStatus: number
  /** The platform's `error` object (troubleshooter, permission_violations, …), when sent. */
  readonly detail: Record<string, unknown> | undefined
}

/** No usable envelope: a network failure, a timeout, a non-JSON or unexpected HTTP answer. */
export interface LarkHttpError extends Error, Branded {
  readonly name: 'LarkHttpError'
  readonly endpoint: string
  /** 0 when no response arrived (network error, timeout, abort). */
  readonly httpStatus: number
  readonly logId: string | undefined
  /** At most 200 characters of a non-JSON body. */
  readonly bodyText: string | undefined
}

/** One problem found in the input, with its dot path (`body.emails.3`). */
export interface ValidationIssue {
  readonly path: string
  readonly message: string
}

/** Bad input (or bad options): nothing was sent. */
export interface LarkValidationError extends Error, Branded {
  readonly name: 'LarkValidationError'
  /** Endpoint id, or `createContext` for options. */
  readonly endpoint: string
  readonly issues: readonly ValidationIssue[]
}

/** No token could be had (missing credentials, ticket, tenant key, or the auth endpoint said no). */
export interface LarkAuthError extends Error, Branded {
  readonly name: 'LarkAuthError'
  readonly endpoint: string
  /** The platform's code when a token endpoint refused, else undefined. */
  readonly code: number | undefined
  readonly logId: string | undefined
  /** Why, in words (the message without the endpoint and code). */
  readonly reason: string
  /** The OAuth `error` the platform answered (`access_denied`, `expired_token`, `invalid_grant`…), when it did. */
  readonly oauthError: string | undefined
}

export type LarkError = LarkApiError | LarkHttpError | LarkValidationError | LarkAuthError

function make<E extends Branded>(kind: Kind, name: string, message: string, fields: object, cause?: unknown): E {
  const error = cause === undefined ? new Error(message) : new Error(message, { cause })
  return Object.assign(error, { name, [KIND]: kind }, fields) as unknown as E
}

/** Field violations shown in a message, and characters of each description. */
const MAX_VIOLATIONS = 5
const MAX_DESCRIPTION = 200

/**
 * The platform's `error.field_violations` as one short clause: each field and why it was refused
 * (never the value the platform may echo back, which could be a secret).
 */
function violations(detail: Record<string, unknown> | undefined): string {
  const list = detail?.['field_violations']
  if (!Array.isArray(list) || list.length === 0) return ''
  const items = list.slice(0, MAX_VIOLATIONS).map((v: unknown) => {
    const { field, description } = (typeof v === 'object' && v !== null ? v : {}) as { field?: unknown; description?: unknown }
    const name = typeof field === 'string' && field !== '' ? field.slice(0, 100) : '(unnamed field)'
    return typeof description === 'string' && description !== '' ? `${name}: ${description.slice(0, MAX_DESCRIPTION)}` : name
  })
  const more = list.length > MAX_VIOLATIONS ? `; and ${list.length - MAX_VIOLATIONS} more` : ''
  return ` [field violations: ${items.join('; ')}${more}]`
}

/** Makes a {@link LarkApiError}; the platform's field violations are part of the message. */
export function createLarkApiError(fields: Fields<LarkApiError>, cause?: unknown): LarkApiError {
  const { endpoint, code, msg, logId } = fields
  const message = `${endpoint}: code ${code}: ${msg}${violations(fields.detail)} (log id ${logId ?? 'none'})`
  return make('api', 'LarkApiError', message, fields, cause)
}

/** Makes a {@link LarkHttpError}. */
export function createLarkHttpError(fields: Fields<LarkHttpError> & { reason: string }, cause?: unknown): LarkHttpError {
  const { reason, ...rest } = fields
  const status = rest.httpStatus ? `HTTP ${rest.httpStatus}: ` : ''
  const message = `${rest.endpoint}: ${status}${reason} (log id ${rest.logId ?? 'none'})`
  return make('http', 'LarkHttpError', message, rest, cause)
}

/** Makes a {@link LarkValidationError}. */
export function createLarkValidationError(endpoint: string, issues: readonly ValidationIssue[]): LarkValidationError {
  const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')
  return make('validation', 'LarkValidationError', `${endpoint}: invalid input: ${list}`, { endpoint, issues })
}

/** Makes a {@link LarkAuthError}. */
export function createLarkAuthError(
  fields: { endpoint: string; reason: string; code?: number; logId?: string; oauthError?: string },
  cause?: unknown,
): LarkAuthError {
  const { endpoint, reason, code, logId, oauthError } = fields
  const suffix = code === undefined ? '' : ` (code ${code}, log id ${logId ?? 'none'})`
  return make('auth', 'LarkAuthError', `${endpoint}: ${reason}${suffix}`, { endpoint, code, logId, reason, oauthError }, cause)
}

function is(kind: Kind, value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Partial<Branded>)[KIND] === kind
}

/** True when `value` is a {@link LarkApiError}. */
export function isLarkApiError(value: unknown): value is LarkApiError {
  return is('api', value)
}

/** True when `value` is a {@link LarkHttpError}. */
export function isLarkHttpError(value: unknown): value is LarkHttpError {
  return is('http', value)
}

/** True when `value` is a {@link LarkValidationError}. */
export function isLarkValidationError(value: unknown): value is LarkValidationError {
  return is('validation', value)
}

/** True when `value` is a {@link LarkAuthError}. */
export function isLarkAuthError(value: unknown): value is LarkAuthError {
  return is('auth', value)
}
