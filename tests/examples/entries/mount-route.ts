/**
 * Mounts an edge route module in a bare edge runtime as Vercel mounts a route: a `fetch` event
 * listener answers every request with the route's `POST`, and `route.runtime` is readable.
 *
 * @module
 */
interface FetchEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}

/** Serves `route.POST` for every fetch event and exposes the module as `globalThis.route`. */
export function mountRoute(route: { readonly POST: (request: Request) => Promise<Response>; readonly runtime: string }): void {
  addEventListener('fetch', (event) => {
    const fetchEvent = event as unknown as FetchEvent
    fetchEvent.respondWith(route.POST(fetchEvent.request))
  })
  ;(globalThis as unknown as { route: typeof route }).route = route
}
