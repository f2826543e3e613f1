/**
 * The bootstrap of each connection attempt: `POST {baseUrl}/callback/ws/endpoint` with the app
 * credentials answers a fresh WebSocket URL (with `device_id`, `service_id`, ticket) and a
 * `ClientConfig`. Sent through `ctx.sendToken` (retry → logger → transport): the body holds the
 * secret, so user middleware never sees it and nothing logs it.
 *
 * @module
 */
import { createLarkApiError, createLarkHttpError, isLarkApiError, isLarkHttpError } from '../core/errors.ts'
import type { Context, EndpointSpec, LarkResponse } from '../core/types.ts'
import type { ClientConfig } from './frames.ts'
import { clampConfig, mergeConfig } from './frames.ts'

const PATH = '/callback/ws/endpoint'
const SPEC: EndpointSpec = { id: `POST ${PATH}`, method: 'POST', path: PATH, tokens: [], flat: true }

/** Bootstrap codes that mean "try again": 1 system busy, 1000040343 internal error. */
const RETRY_CODES: readonly number[] = [1, 1000040343]

/** Where to connect, as the platform said. */
export interface Endpoint {
  /** The `wss://` URL. It carries a ticket: never logged. */
  readonly url: string
  readonly deviceId: string
  /** `service_id` of the URL, put in every frame the client sends. */
  readonly service: number
  readonly config: ClientConfig
}

/** The outcome of one step of an attempt: a value, or an error and whether retrying may help. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error; readonly fatal: boolean }

function httpError(res: LarkResponse | undefined, reason: string): Error {
  const logId = res?.headers.get('x-tt-logid') ?? undefined
  return createLarkHttpError({ endpoint: SPEC.id, httpStatus: res?.status ?? 0, logId, bodyText: undefined, reason })
}

/**
 * Asks the platform for a connection URL.
 *
 * @param ctx A context with `appId` and `appSecret`.
 * @param config The config in force; the reply's `ClientConfig` is merged into it.
 * @param signal Aborts the request (`close()`).
 * @returns The endpoint, or the error: retryable for network errors, HTTP ≠ 200 and codes 1 /
 *   1000040343; fatal for any other code (a client error such as bad credentials).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/server-side-sdk/nodejs-sdk/handling-events
 */
export async function fetchEndpoint(ctx: Context, config: ClientConfig, signal: AbortSignal): Promise<Outcome<Endpoint>> {
  let res: LarkResponse
  try {
    res = await ctx.sendToken({
      ctx,
      spec: SPEC,
      method: 'POST',
      url: `${ctx.baseUrl}${PATH}`,
      headers: { locale: 'zh' },
      body: { AppID: ctx.appId, AppSecret: ctx.appSecret },
      options: { signal },
    })
  } catch (error) {
    if (signal.aborted) throw error
    const known = isLarkHttpError(error) || isLarkApiError(error)
    return { ok: false, error: known ? (error as Error) : httpError(undefined, 'network error'), fatal: false }
  }
  const body = (typeof res.body === 'object' && res.body !== null ? res.body : {}) as Record<string, unknown>
  const code = body.code
  if (res.status !== 200 || typeof code !== 'number') {
    return { ok: false, error: httpError(res, 'no bootstrap envelope (platform busy)'), fatal: false }
  }
  if (code !== 0) {
    const error = createLarkApiError({
      endpoint: SPEC.id,
      code,
      msg: typeof body.msg === 'string' ? body.msg : '',
      logId: res.headers.get('x-tt-logid') ?? undefined,
      httpStatus: res.status,
      detail: undefined,
    })
    return { ok: false, error, fatal: !RETRY_CODES.includes(code) }
  }
  const data = (body.data ?? {}) as { URL?: unknown; ClientConfig?: unknown }
  const url = typeof data.URL === 'string' ? safeUrl(data.URL) : undefined
  if (url === undefined) return { ok: false, error: httpError(res, 'no connection URL in the reply'), fatal: false }
  return {
    ok: true,
    value: {
      url: url.href,
      deviceId: url.searchParams.get('device_id') ?? '',
      service: Number(url.searchParams.get('service_id') ?? '0') | 0,
      config: clampConfig(mergeConfig(config, data.ClientConfig)),
    },
  }
}

function safeUrl(text: string): URL | undefined {
  try {
    const url = new URL(text)
    return url.protocol === 'ws:' || url.protocol === 'wss:' ? url : undefined
  } catch {
    return undefined
  }
}
