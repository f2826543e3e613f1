import type { Middleware, Next } from './types.ts'

/**
 * Builds the chain once: the first middleware is outermost, `transport` is the centre.
 *
 * @param stack Middleware, outermost first.
 * @param transport The innermost handler, which sends the request.
 * @returns One function that runs the whole chain.
 * @example
 * const send = compose([logTiming], transport())
 */
export function compose(stack: readonly Middleware[], transport: Next): Next {
  return stack.reduceRight<Next>((next, mw) => (req) => mw(req, next), transport)
}
