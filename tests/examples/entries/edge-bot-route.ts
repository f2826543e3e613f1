/**
 * Mounts `examples/edge/bot-route.ts` in a bare edge runtime as Vercel mounts a route: a `fetch` event
 * listener answers every request with the route's `POST`, and `route.runtime` is readable.
 *
 * @module
 */
import * as route from '../../../examples/edge/bot-route.ts'

interface FetchEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}

addEventListener('fetch', (event) => {
  const fetchEvent = event as unknown as FetchEvent
  fetchEvent.respondWith(route.POST(fetchEvent.request))
})
;(globalThis as unknown as { route: typeof route }).route = route
