/**
 * The "drop the connection" signal shared by the fake server, its in-process fetch and the Node
 * listener. A handler throws it; the in-process fetch turns it into a network `TypeError`, and
 * `larkfn/node`'s listener destroys the socket without answering. It lives in the core, not in the
 * fake, so a production Node handler that recognises it loads no test code.
 *
 * @module
 */

/** Brand of a drop signal. `Symbol.for`, so two copies of the package still agree. */
export const DROP_CONNECTION: unique symbol = Symbol.for('larkfn.drop') as typeof DROP_CONNECTION

/** An `Error` that asks the transport to drop the connection instead of answering. */
export interface DropSignal extends Error {
  readonly [DROP_CONNECTION]: true
  /** Like Node's socket errors, so code that reads `cause.code` sees something familiar. */
  readonly code: 'ECONNRESET'
}

/**
 * Makes a drop signal to throw from a Web-standard handler.
 *
 * @returns An error the listener and the fake's fetch recognise with {@link isDropSignal}.
 * @example
 * const handler = async (request: Request) => {
 *   if (new URL(request.url).pathname === '/flaky') throw dropConnection()
 *   return new Response('ok')
 * }
 */
export function dropConnection(): DropSignal {
  const error = new Error('connection dropped by the fake server')
  return Object.assign(error, { [DROP_CONNECTION]: true as const, code: 'ECONNRESET' as const })
}

/**
 * Tells whether a value is a drop signal made by {@link dropConnection}.
 *
 * @param value Anything caught from a handler.
 * @returns `true` when the connection should be dropped.
 */
export function isDropSignal(value: unknown): value is DropSignal {
  return (
    typeof value === 'object' && value !== null && (value as { [DROP_CONNECTION]?: unknown })[DROP_CONNECTION] === true
  )
}
