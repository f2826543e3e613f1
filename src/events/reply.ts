/**
 * The dispatcher's answers: JSON bodies, one generic text per status, no details.
 *
 * @module
 */

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

/** A JSON response. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_TYPE })
}

const REASONS: Record<number, string> = { 400: 'bad request', 401: 'unauthorized', 405: 'method not allowed', 408: 'request timeout', 413: 'body too large' }

/**
 * A refusal: `{ "msg": … }` with one generic text per status, so answers never tell apart why a
 * body was malformed (bad padding, UTF-8 or JSON); the reason goes to the logger only.
 */
export function refuse(status: number): Response {
  return json(status, { msg: REASONS[status] ?? 'refused' })
}

/** The acknowledgement of an event: HTTP 200 `{}`. */
export function ack(): Response {
  return json(200, {})
}

/** A handler failed: HTTP 500 with a generic body (the platform re-pushes the event). */
export function failed(): Response {
  return json(500, { msg: 'internal error' })
}
