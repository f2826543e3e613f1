import { WebSocket } from 'ws'
import { afterEach } from 'vitest'
import { createContext, type ContextOptions } from '../../src/core/context.ts'
import { listenWebSocket } from '../../src/testing/node.ts'
import { createFakeFeishu, createFakeLongConnection, FAKE_APP_ID, FAKE_APP_SECRET } from '../../src/testing/index.ts'
import type { FakeLongConnectionOptions } from '../../src/testing/index.ts'
import type { ClientConfig } from '../../src/ws/index.ts'

/**
 * Test-sized timing as the fake sends it: the client clamps PingInterval and ReconnectInterval to
 * their 1 s floors (pings every second, a failed attempt retried after 1 s); reconnect at once.
 */
export const FAST: ClientConfig = { PingInterval: 0.1, ReconnectCount: -1, ReconnectInterval: 0.05, ReconnectNonce: 0 }

/** A fake Feishu server with its long-connection side, HTTP and WebSocket on one loopback port. */
export async function startFakeWs(options: FakeLongConnectionOptions = {}) {
  const fake = createFakeFeishu()
  const fakeWs = createFakeLongConnection(fake, { clientConfig: FAST, ...options })
  const server = await listenWebSocket(fakeWs, { handler: fake.handle })
  const context = (extra: ContextOptions = {}) =>
    createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url, logLevel: 'silent', ...extra })
  const bootstrapRequests = () => fake.requests.filter((r) => r.path === '/callback/ws/endpoint').length
  return { fake, fakeWs, server, url: server.url, context, bootstrapRequests, WebSocket, close: () => server.close() }
}

/** Resolves after `ms` milliseconds. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Polls until `check` is true (or fails after 3 s). */
export async function until(check: () => boolean, what = 'condition'): Promise<void> {
  const deadline = Date.now() + 3000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await pause(5)
  }
}

/** A promise with its resolver. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => {}
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

/**
 * Registers an afterEach that runs the cleanups a test queued (newest first), and returns `track`
 * to queue one plus `env` to start a fake that is closed after the test.
 */
export function withCleanup() {
  let cleanup: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step()
    cleanup = []
  })
  const track = (...steps: (() => Promise<void>)[]) => void cleanup.push(...steps)
  const env = async (options: Parameters<typeof startFakeWs>[0] = {}) => {
    const e = await startFakeWs(options)
    track(e.close)
    return e
  }
  return { track, env }
}
