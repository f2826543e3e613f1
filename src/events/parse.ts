/**
 * Reads a decrypted delivery: URL verification, a v2 or v1 event, or an old message-card callback.
 * Pure and total: any JSON value gives either a delivery or a short reason.
 *
 * @module
 */

type Json = Record<string, unknown>

/** The URL check the console sends when the request URL is saved. */
export interface Challenge {
  readonly kind: 'challenge'
  readonly challenge: string
  readonly token: unknown
}

/** An event or callback with an envelope (v2 or v1), or the envelope-less old card callback. */
export interface EventDelivery {
  readonly kind: 'event' | 'card_v1'
  readonly schema: '2.0' | '1.0'
  readonly type: string
  readonly eventId: string | undefined
  /** The Verification Token the delivery carries (`undefined` for old card callbacks). */
  readonly token: unknown
  readonly appId: string | undefined
  readonly tenantKey: string | undefined
  readonly createTime: number | undefined
  readonly event: Json
}

/** What {@link parseDelivery} recognises. */
export type Delivery = Challenge | EventDelivery

/** Longest accepted event type and event id: anything longer is not the platform's. */
const MAX_TYPE = 128
const MAX_ID = 256

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function validString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max
}

/** v2 `create_time` is a string of milliseconds; v1 `ts` a string of seconds with a fraction. */
function epochMs(value: unknown, unit: 'ms' | 's'): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  if (!Number.isFinite(n) || n <= 0) return undefined
  return Math.round(unit === 's' ? n * 1000 : n)
}

/**
 * Classifies a delivery's JSON.
 *
 * @param body The parsed (and decrypted) body.
 * @returns The delivery, or a short reason why it is not one.
 */
export function parseDelivery(body: unknown): Delivery | string {
  if (!isObject(body)) return 'body is not a JSON object'
  if (body['type'] === 'url_verification') {
    if (!validString(body['challenge'], 1024)) return 'challenge is missing or not a string'
    return { kind: 'challenge', challenge: body['challenge'], token: body['token'] }
  }
  if ('schema' in body) return parseV2(body)
  if (body['type'] === 'event_callback') return parseV1(body)
  if (isObject(body['action']) && !('event' in body)) return parseCardV1(body)
  return 'not an event: no schema, event_callback type or card action'
}

function parseV2(body: Json): EventDelivery | string {
  const header = body['header']
  if (typeof body['schema'] !== 'string') return 'schema is not a string'
  if (!isObject(header)) return 'header is missing or not an object'
  if (!validString(header['event_type'], MAX_TYPE)) return 'header.event_type is missing or not a string'
  if (!validString(header['event_id'], MAX_ID)) return 'header.event_id is missing or not a string'
  const event = body['event']
  if (!isObject(event)) return 'event is missing or not an object'
  return {
    kind: 'event',
    schema: '2.0',
    type: header['event_type'],
    eventId: header['event_id'],
    token: header['token'],
    appId: text(header['app_id']),
    tenantKey: text(header['tenant_key']),
    createTime: epochMs(header['create_time'], 'ms'),
    event,
  }
}

function parseV1(body: Json): EventDelivery | string {
  const event = body['event']
  if (!isObject(event)) return 'event is missing or not an object'
  if (!validString(event['type'], MAX_TYPE)) return 'event.type is missing or not a string'
  if (!validString(body['uuid'], MAX_ID)) return 'uuid is missing or not a string'
  return {
    kind: 'event',
    schema: '1.0',
    type: event['type'],
    eventId: body['uuid'],
    token: body['token'],
    appId: text(event['app_id']),
    tenantKey: text(event['tenant_key']),
    createTime: epochMs(body['ts'], 's'),
    event,
  }
}

function parseCardV1(body: Json): EventDelivery {
  return {
    kind: 'card_v1',
    schema: '1.0',
    type: 'card.action.trigger_v1',
    eventId: undefined,
    token: undefined,
    appId: text(body['app_id']),
    tenantKey: text(body['tenant_key']),
    createTime: undefined,
    event: body,
  }
}
