/**
 * `larkfn/node`: Node adapters for Web-standard handlers (with `larkfn/testing/node`, the fake's Node part,
 * the only entries that import `node:*`).
 *
 * `listen` serves a handler such as the fake Feishu server on loopback; `toNodeHandler` mounts one
 * inside an existing `node:http` server (or Express/Koa via their raw `req`/`res`).
 *
 * @example
 * import { createFakeFeishu } from 'larkfn/testing'
 * import { listen } from 'larkfn/node'
 * const server = await listen(createFakeFeishu().handle)
 * // … point a context at server.url …
 * await server.close()
 *
 * @module
 */
export { nodeFetch } from './fetch.ts'
export { listen } from './listen.ts'
export type { ListenOptions, Listener } from './listen.ts'
export { send, toNodeHandler, toRequest } from './to-node-handler.ts'
export type { NodeHandler, ToNodeHandlerOptions, WebHandler } from './to-node-handler.ts'
