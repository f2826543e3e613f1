/**
 * The dispatcher's answers: JSON bodies, short reasons, no details.
 *
 * @module
 */

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

/** A JSON response. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_TYPE })
}

/** A refusal: `{ "msg": reason }` with a 4xx status. Reasons name the problem, never a secret. */
export function refuse(status: number, reason: string): Response {
  return json(status, { msg: reason })
}

/** The acknowledgement of an event: HTTP 200 `{}`. */
export function ack(): Response {
  return json(200, {})
}

/** A handler failed: HTTP 500 with a generic body (the platform re-pushes the event). */
export function failed(): Response {
  return json(500, { msg: 'internal error' })
}
