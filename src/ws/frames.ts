/**
 * The frames of the long-connection protocol built on the codec: header lookup, ping, ACK, JSON
 * payloads and the `ClientConfig` the platform sends. Shared by the client and the fake server.
 *
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/request-url-configuration-case
 * @module
 */
import { toBase64 } from '../core/base64.ts'
import { parseJsonWithin } from '../core/json.ts'
import type { Frame, FrameHeader } from './codec.ts'

/** `Frame.method` of control frames (ping, pong). */
export const METHOD_CONTROL = 0
/** `Frame.method` of data frames (events, callbacks, their ACKs). */
export const METHOD_DATA = 1

/** Timing the platform gives the client, in seconds as on the wire; `ReconnectCount` −1 = unlimited. */
export interface ClientConfig {
  readonly PingInterval: number
  readonly ReconnectCount: number
  readonly ReconnectInterval: number
  /** Upper bound of the random wait (seconds) before the first reconnect attempt. */
  readonly ReconnectNonce: number
}

/** What the official SDKs use until the platform says otherwise. */
export const DEFAULT_CLIENT_CONFIG: ClientConfig = {
  PingInterval: 120,
  ReconnectCount: -1,
  ReconnectInterval: 120,
  ReconnectNonce: 30,
}

/** The JSON payload of an ACK: `{"code":200}`, `{"code":200,"data":"<base64 JSON>"}` or `{"code":500}`. */
export interface AckBody {
  readonly code: number
  readonly data?: string
}

const utf8 = /*#__PURE__*/ new TextEncoder()
const text = /*#__PURE__*/ new TextDecoder()

/**
 * Reads one header of a frame.
 *
 * @param frame The frame.
 * @param key E.g. `type`, `message_id`, `sum`, `seq`.
 * @returns The first value under `key`, or undefined.
 */
export function headerOf(frame: Pick<Frame, 'headers'>, key: string): string | undefined {
  return frame.headers.find((h) => h.key === key)?.value
}

/**
 * Returns the headers with `extra` set: existing keys are replaced in place, new ones appended.
 *
 * @param headers The original headers (not changed).
 * @param extra Keys and values to set.
 * @returns A new header list.
 */
export function withHeaders(headers: readonly FrameHeader[], extra: Readonly<Record<string, string>>): FrameHeader[] {
  const out = headers.map((h) => (h.key in extra ? { key: h.key, value: extra[h.key] as string } : h))
  for (const [key, value] of Object.entries(extra)) if (!headers.some((h) => h.key === key)) out.push({ key, value })
  return out
}

/**
 * The ping a client sends every `PingInterval`: ids 0, control method, header `type: ping`.
 *
 * @param service The `service_id` of the connection URL.
 * @returns The frame.
 */
export function pingFrame(service: number): Frame {
  return { seqId: 0n, logId: 0n, service, method: METHOD_CONTROL, headers: [{ key: 'type', value: 'ping' }] }
}

/**
 * The ACK of a data frame: the frame echoed (ids, service, method, headers) with `biz_rt` added and
 * the payload replaced by the ACK body.
 *
 * @param frame The received frame (for a fragmented message, the one that completed it).
 * @param ack The ACK body.
 * @param bizRt Milliseconds the handler took.
 * @returns The frame to send.
 */
export function ackFrame(frame: Frame, ack: AckBody, bizRt: number): Frame {
  const { seqId, logId, service, method } = frame
  const headers = withHeaders(frame.headers, { biz_rt: String(Math.max(0, Math.round(bizRt))) })
  return { seqId, logId, service, method, headers, payload: jsonBytes(ack) }
}

/**
 * UTF-8 JSON bytes of a value.
 *
 * @param value Any JSON-serialisable value.
 * @returns The bytes.
 */
export function jsonBytes(value: unknown): Uint8Array {
  return utf8.encode(JSON.stringify(value))
}

/**
 * Parses a UTF-8 JSON payload.
 *
 * @param bytes The payload (may be empty).
 * @returns The value, or undefined when the payload is empty, not JSON, or nests deeper than
 *   `MAX_JSON_DEPTH` (a handler walking it could overflow its stack).
 */
export function parseJson(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined || bytes.length === 0) return undefined
  return parseJsonWithin(text.decode(bytes))
}

/**
 * Base64 of UTF-8 JSON, as an ACK's `data` carries a callback's reply.
 *
 * @param value The handler's result.
 * @returns Standard base64 with padding.
 */
export function base64Json(value: unknown): string {
  return toBase64(jsonBytes(value))
}

/**
 * Merges a `ClientConfig` object from the platform (bootstrap reply or pong payload) into `current`.
 * Only finite numbers are taken; other fields are ignored.
 *
 * @param current The config in force.
 * @param raw What the platform sent.
 * @returns The new config.
 */
export function mergeConfig(current: ClientConfig, raw: unknown): ClientConfig {
  if (typeof raw !== 'object' || raw === null) return current
  const next: Record<string, number> = { ...current }
  for (const key of Object.keys(DEFAULT_CLIENT_CONFIG)) {
    const value = (raw as Record<string, unknown>)[key]
    if (typeof value === 'number' && Number.isFinite(value)) next[key] = value
  }
  return next as unknown as ClientConfig
}

/**
 * Bounds of the platform's timings (seconds), applied by the client to whatever the bootstrap reply,
 * a pong or `options.clientConfig` says: a server that sends 0 would otherwise get a ping per turn
 * of the event loop, or a bootstrap (with the app secret) as fast as it answers. Ceilings keep every
 * wait well below the 2^31 ms where `setTimeout` fires at once.
 */
export const CONFIG_BOUNDS = {
  PingInterval: { min: 1, max: 600 },
  ReconnectInterval: { min: 1, max: 600 },
  ReconnectNonce: { min: 0, max: 600 },
  /** −1 (unlimited) or a count; below −1 reads as −1, fractions are cut. */
  ReconnectCount: { min: -1, max: 1_000_000 },
} as const

/**
 * Clamps a config into {@link CONFIG_BOUNDS}.
 *
 * @param config A merged config (finite numbers).
 * @returns The config the client runs with.
 */
export function clampConfig(config: ClientConfig): ClientConfig {
  const clamp = (key: keyof ClientConfig) => Math.min(CONFIG_BOUNDS[key].max, Math.max(CONFIG_BOUNDS[key].min, config[key]))
  return {
    PingInterval: clamp('PingInterval'),
    ReconnectCount: Math.trunc(clamp('ReconnectCount')),
    ReconnectInterval: clamp('ReconnectInterval'),
    ReconnectNonce: clamp('ReconnectNonce'),
  }
}

/** The platform's side of a message: ids, headers and payload of the frames it pushes. */
export interface Push {
  readonly seqId: bigint
  readonly logId: bigint
  readonly service: number
  /** `event` or `card`. */
  readonly type: string
  readonly messageId: string
  readonly payload: Uint8Array
}

/**
 * The data frames of one pushed message, as the platform sends them: `sum` parts of the payload
 * sharing ids and `message_id`, each with its `seq`, in the given order.
 *
 * @param push Ids, type and payload.
 * @param sum Number of fragments (1: unfragmented).
 * @param order Indexes of the parts in sending order (default 0…sum-1).
 * @returns The frames.
 */
export function dataFrames(push: Push, sum = 1, order?: readonly number[]): Frame[] {
  const size = Math.ceil(push.payload.length / sum)
  return (order ?? Array.from({ length: sum }, (_, i) => i)).map((seq) => ({
    seqId: push.seqId,
    logId: push.logId,
    service: push.service,
    method: METHOD_DATA,
    headers: [
      { key: 'type', value: push.type },
      { key: 'message_id', value: push.messageId },
      { key: 'sum', value: String(sum) },
      { key: 'seq', value: String(seq) },
      { key: 'timestamp', value: String(Date.now()) },
    ],
    payload: push.payload.slice(seq * size, (seq + 1) * size),
  }))
}

/**
 * Reads an ACK's payload as the platform does: the code, and `data` decoded from base64 JSON.
 *
 * @param frame The ACK frame.
 * @returns `code` (0 when missing) and the decoded callback reply, if any.
 */
export function readAck(frame: Frame): { code: number; data: unknown } {
  const body = (parseJson(frame.payload) ?? {}) as Partial<AckBody>
  const data = typeof body.data === 'string' ? parseJson(Uint8Array.from(atob(body.data), (c) => c.charCodeAt(0))) : undefined
  return { code: typeof body.code === 'number' ? body.code : 0, data }
}
