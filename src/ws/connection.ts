/**
 * `startLongConnection`: the connect / reconnect loop of the platform's WebSocket mode.
 *
 * Each attempt bootstraps afresh (new URL and ticket), then dials. After a drop the client waits a
 * random 0…`ReconnectNonce` s; after a failed attempt, `ReconnectInterval` s; it gives up after
 * `ReconnectCount` attempts in a row (−1: never). Bootstrap client errors, handshake 403 and 514 +
 * 1000040350 stop at once.
 *
 * @module
 */
import { sleep } from '../core/abort.ts'
import { createLarkValidationError, type ValidationIssue } from '../core/errors.ts'
import { log } from '../core/log.ts'
import type { Context } from '../core/types.ts'
import { fetchEndpoint } from './bootstrap.ts'
import { createDeduper } from '../events/dedupe.ts'
import { createDispatcher, DEDUPE_TTL_MS } from './dispatch.ts'
import { clampConfig, DEFAULT_CLIENT_CONFIG, mergeConfig, type ClientConfig } from './frames.ts'
import { createLink, type Link } from './link.ts'
import { dial } from './socket.ts'
import type { LongConnection, LongConnectionOptions, LongConnectionState, WebSocketConstructor } from './types.ts'

const ID = 'startLongConnection'

/** A socket that ends sooner than this after opening "died right after opening" (see the loop). */
const STABLE_MS = 10_000

/** Longest timer a runtime keeps (2^31 − 1 ms); longer ones fire at once. */
const MAX_TIMER_MS = 2_147_483_647

function badMs(value: unknown, allowFalse: boolean): boolean {
  if (value === undefined || (allowFalse && value === false)) return false
  return typeof value !== 'number' || !(value > 0) || value > MAX_TIMER_MS
}

function check(ctx: Context, options: LongConnectionOptions<object>): WebSocketConstructor {
  const issues: ValidationIssue[] = []
  if (!ctx?.appId || !ctx.appSecret) issues.push({ path: 'ctx', message: 'needs appId and appSecret' })
  if (ctx?.appType === 'marketplace') issues.push({ path: 'ctx.appType', message: 'long connections are for self-built apps only' })
  if (typeof options?.handlers !== 'object' || options.handlers === null) issues.push({ path: 'handlers', message: 'must be an object of functions by event type' })
  else
    for (const [type, fn] of Object.entries(options.handlers)) {
      if (fn !== undefined && typeof fn !== 'function') issues.push({ path: `handlers.${type}`, message: 'must be a function' })
    }
  for (const key of ['connectTimeout', 'fragmentTtl', 'pingTimeout'] as const) {
    if (badMs(options?.[key], key === 'pingTimeout')) {
      issues.push({ path: key, message: `must be milliseconds from 1 to ${MAX_TIMER_MS}${key === 'pingTimeout' ? ', or false' : ''}` })
    }
  }
  const WebSocket = options?.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket
  if (typeof WebSocket !== 'function') issues.push({ path: 'WebSocket', message: 'no global WebSocket: pass one (Node 20: `import { WebSocket } from "ws"`)' })
  if (issues.length > 0) throw createLarkValidationError(ID, issues)
  return WebSocket as WebSocketConstructor
}

/**
 * Starts the platform's long connection (WebSocket mode) and resolves once the first socket is up.
 *
 * @param ctx A context with `appId` and `appSecret` of a self-built app.
 * @param options Handlers by event type, the WebSocket constructor, callbacks, timing.
 * @returns The running connection: `state`, `config`, `closed`, `close()`.
 * @throws {LarkValidationError} When credentials, handlers or a WebSocket are missing.
 * @throws {LarkApiError} When the platform refuses for good before the first connection (bad
 *   credentials, too many connections), or the signal's reason when aborted first.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/server-side-sdk/nodejs-sdk/handling-events
 * @example
 * import { WebSocket } from 'ws' // Node 20; elsewhere the global WebSocket is used
 * const conn = await startLongConnection(ctx, {
 *   WebSocket,
 *   handlers: {
 *     'im.message.receive_v1': async ({ event }) => console.log(event.message.content),
 *     'card.action.trigger': async ({ event }) => ({ toast: { type: 'success', content: `got ${event.action?.tag}` } }),
 *   },
 * })
 * await conn.close()
 */
export async function startLongConnection<Extra extends object = {}>(
  ctx: Context,
  options: LongConnectionOptions<Extra>,
): Promise<LongConnection> {
  const WebSocket = check(ctx, options as LongConnectionOptions<object>)
  const stopper = new AbortController()
  const { dedupe } = options
  const deduper =
    dedupe === false
      ? undefined
      : createDeduper({
          store: dedupe?.store ?? ctx.tokenStore,
          ttl: dedupe?.ttl ?? DEDUPE_TTL_MS,
          // The platform gives each push to one client and re-pushes only after 3 s: no race to settle.
          settle: dedupe?.settle ?? 0,
          warn: (message, fields) => log(ctx, 'warn', `ws: ${message}`, fields),
        })
  const dispatch = createDispatcher(ctx, options.handlers as Parameters<typeof createDispatcher>[1], deduper)
  let config: ClientConfig = clampConfig(mergeConfig(DEFAULT_CLIENT_CONFIG, options.clientConfig))
  let state: LongConnectionState = 'connecting'
  let deviceId: string | undefined
  let stopError: Error | undefined
  let link: Link | undefined
  let ready: (connected: boolean) => void = () => {}
  const firstReady = new Promise<boolean>((r) => (ready = r))

  const notify = <T>(name: string, callback: ((value: T) => void) | undefined, value: T) => {
    try {
      callback?.(value)
    } catch (error) {
      log(ctx, 'error', `ws: ${name} callback threw`, { reason: (error as Error)?.message })
    }
  }

  /** One attempt: bootstrap, dial, start pinging. */
  const connect = async () => {
    const endpoint = await fetchEndpoint(ctx, config, stopper.signal)
    if (!endpoint.ok) return endpoint
    config = endpoint.value.config
    const candidate = createLink({
      ctx,
      deviceId: endpoint.value.deviceId,
      service: endpoint.value.service,
      config: () => config,
      setConfig: (next) => (config = clampConfig(next)),
      dispatch,
      fragmentTtl: options.fragmentTtl ?? 10_000,
      pingTimeout: options.pingTimeout,
    })
    const opened = await dial(WebSocket, endpoint.value.url, (b) => candidate.receive(b), options.connectTimeout ?? 30_000, stopper.signal)
    if (!opened.ok) return opened
    if (stopper.signal.aborted) {
      await opened.value.close()
      return { ok: false as const, error: new Error('closed'), fatal: true }
    }
    link = candidate
    deviceId = endpoint.value.deviceId
    candidate.start(opened.value)
    return { ok: true as const, value: candidate }
  }

  const loop = async () => {
    let attempt = 0
    let delay = 0
    let connectedOnce = false
    // Sockets in a row that died within STABLE_MS of opening.
    let quick = 0
    while (!stopper.signal.aborted) {
      // close() ends the wait at once; the loop then sees the stop and returns.
      if (delay > 0) await sleep(delay, stopper.signal).catch(() => undefined)
      if (stopper.signal.aborted) break
      let reason: Error
      const outcome = await connect().catch((error: unknown) => ({ ok: false as const, error: error as Error, fatal: true }))
      if (stopper.signal.aborted) break
      if (outcome.ok) {
        attempt = 0
        state = 'open'
        log(ctx, 'info', 'ws: connected', { deviceId })
        notify('onReady', options.onReady, { deviceId: deviceId ?? '', reconnected: connectedOnce })
        connectedOnce = true
        ready(true)
        const openedAt = Date.now()
        const code = await outcome.value.ended
        if (stopper.signal.aborted) break
        reason = new Error(`long connection lost (close code ${code})`)
        log(ctx, 'warn', 'ws: connection lost', { deviceId, code })
        delay = Math.random() * config.ReconnectNonce * 1000
        quick = Date.now() - openedAt < STABLE_MS ? quick + 1 : 0
        // A server that accepts and drops at once: from the second such socket in a row, wait 1 s,
        // then 2, 4, … up to ReconnectInterval, instead of a bootstrap per handshake.
        if (quick >= 2) delay = Math.max(delay, Math.min(config.ReconnectInterval * 1000, 1000 * 2 ** Math.min(quick - 2, 20)))
      } else {
        reason = outcome.error
        log(ctx, 'warn', 'ws: connection attempt failed', { reason: reason.message, fatal: outcome.fatal })
        notify('onError', options.onError, reason)
        if (outcome.fatal) return stop(reason)
        delay = config.ReconnectInterval * 1000
      }
      if (config.ReconnectCount >= 0 && attempt >= config.ReconnectCount) {
        if (outcome.ok) notify('onError', options.onError, reason)
        return stop(reason)
      }
      attempt++
      state = 'reconnecting'
      notify('onReconnecting', options.onReconnecting, { attempt, delay, reason })
    }
  }

  /** Ends the loop for good; `error` is what stopped it (none for `close()`). */
  const stop = (error: Error | undefined) => {
    if (!stopper.signal.aborted) stopError = error
    state = 'closed'
    stopper.abort()
    ready(false)
  }

  const running = loop()
  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= (async () => {
      stop(undefined)
      await link?.stop()
      await running
    })())
  const onAbort = () => void close()
  options.signal?.addEventListener('abort', onAbort, { once: true })
  const closed = running.then(() => closing).then(() => options.signal?.removeEventListener('abort', onAbort))
  if (options.signal?.aborted) void close()

  const connection: LongConnection = {
    get state() {
      return state
    },
    get deviceId() {
      return deviceId
    },
    get config() {
      return config
    },
    get error() {
      return stopError
    },
    closed,
    close,
  }
  if (!(await firstReady)) {
    await close()
    throw stopError ?? options.signal?.reason ?? new Error('long connection closed before it was ready')
  }
  return connection
}
