/**
 * CardKit card entities with real state: create (`POST /cardkit/v1/cards`), stream an element's
 * text (`PUT …/elements/:element_id/content`), change the settings (`PATCH …/settings`) and replace
 * the card (`PUT /cardkit/v1/cards/:card_id`). Sending a card by reference (`interactive` content
 * `{"type":"card","data":{"card_id":…}}`) is checked by {@link cardReference} (see im-send.ts).
 *
 * - Cards are JSON 2.0 (`schema: "2.0"`), of the app that created them: other apps see no card.
 * - `sequence` must be an integer above the card's last accepted one, for every update.
 * - A repeated `uuid` with the same body on the same card succeeds again and changes nothing.
 * - Content updates need streaming mode on, a `markdown` or `plain_text` element, at most
 *   {@link CONTENT_MAX} characters, and at most {@link RATE_PER_SECOND} accepted per card in any
 *   rolling second of real time (the SDK waits in real time): beyond it, HTTP 429 code 99991400.
 *
 * @module
 */
import { asRecord } from '../body.ts'
import type { ApiEnv, FakeCard, StatefulRoute, World } from '../api/world.ts'
import { rateLimitReply } from '../limits.ts'
import { fakeError, isFakeError, type FakeError } from '../reply.ts'
import type { Caller, RouteContext } from '../types.ts'

// Error codes from the error tables of the content and settings pages
// (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/cardkit-v1/card-element/content,
// https://open.larksuite.com/document/uAjLw4CM/ukTMukTMukTM/cardkit-v1/card/settings). A too-long
// content (the field takes 1 to 100,000 characters) has no code of its own there: the fake answers
// the generic invalid-parameter code. A refused card reference in a message answers 230099.
/** The card JSON does not parse, is not an object, or is not `schema: "2.0"`; or `type` is not `card_json`. */
export const CARD_INVALID = 200220
/** No card with this `card_id` for the calling app. */
export const CARD_NOT_FOUND = 200740
/** No element with this `element_id`, or it is not a `markdown` / `plain_text` element. */
export const ELEMENT_INVALID = 300310
/** The content is longer than {@link CONTENT_MAX} characters. */
export const CONTENT_TOO_LONG = 10002
/** The card is not in streaming mode (`config.streaming_mode` is off). */
export const STREAMING_CLOSED = 300309
/** `sequence` is missing, not an integer, or not above the card's last accepted sequence. */
export const SEQUENCE_STALE = 300317
/** A message refers to a card that does not exist, is another app's, or was sent already. */
export const CARD_SEND_INVALID = 230099
/** Accepted content updates per card in any rolling 1000 ms. */
export const RATE_PER_SECOND = 10
/** The longest element content, in characters. */
export const CONTENT_MAX = 100_000

const CARDS = '/open-apis/cardkit/v1/cards'
const TEXT_TAGS = ['markdown', 'plain_text']
const WINDOW_MS = 1000

/** What tests read of a card: `fake.card(cardId)`. */
export interface FakeCardView {
  readonly cardId: string
  readonly streaming: boolean
  readonly sequence: number
  readonly summary: string | undefined
  readonly updates: number
  readonly messageIds: readonly string[]
  /** The text of an element; by default the first `markdown` element's. */
  content(elementId?: string): string | undefined
  /** The card JSON as it is now. */
  readonly json: Readonly<Record<string, unknown>>
}

/** Per card: real-time milliseconds of accepted content updates, and the bodies seen by uuid. */
interface CardBook {
  readonly recent: number[]
  readonly uuids: Map<string, string>
}

const books = new WeakMap<FakeCard, CardBook>()

function bookOf(card: FakeCard): CardBook {
  let book = books.get(card)
  if (book === undefined) {
    book = { recent: [], uuids: new Map() }
    books.set(card, book)
  }
  return book
}

/**
 * The CardKit routes.
 *
 * @param env The fake's state and world.
 * @returns The route specs.
 */
export function cardkitRoutes(env: ApiEnv): StatefulRoute[] {
  return [
    { method: 'POST', path: CARDS, tokens: ['tenant'], handler: (context) => create(env, context) },
    { method: 'PUT', path: `${CARDS}/:card_id`, tokens: ['tenant'], handler: (context) => update(env, context) },
    { method: 'PATCH', path: `${CARDS}/:card_id/settings`, tokens: ['tenant'], handler: (context) => settings(env, context) },
    {
      method: 'PUT',
      path: `${CARDS}/:card_id/elements/:element_id/content`,
      tokens: ['tenant'],
      handler: (context) => content(env, context),
    },
  ]
}

/**
 * A read-only view of a card for tests.
 *
 * @param card The stored card.
 * @returns The view (live: it reads the card when asked).
 */
export function cardView(card: FakeCard): FakeCardView {
  return {
    cardId: card.card_id,
    get streaming() {
      return card.streaming
    },
    get sequence() {
      return card.sequence
    },
    get summary() {
      return card.summary
    },
    get updates() {
      return card.updates
    },
    get messageIds() {
      return [...card.messageIds]
    },
    get json() {
      return card.json
    },
    content(elementId) {
      const element =
        elementId === undefined ? [...card.elements.values()].find((e) => e.tag === 'markdown') : card.elements.get(elementId)
      return typeof element?.content === 'string' ? element.content : undefined
    },
  }
}

/**
 * Checks the card a message sends by reference (`interactive` content `{"type":"card","data":{"card_id":…}}`).
 *
 * @param world Where cards are.
 * @param parsed The parsed message content.
 * @param appId The sending app.
 * @param resend Whether the send repeats an earlier one by uuid (then the card may have been sent).
 * @returns The card id (undefined when the content is not a reference), or the error to answer.
 */
export function cardReference(
  world: World,
  parsed: Readonly<Record<string, unknown>>,
  appId: string,
  resend: (messageIds: readonly string[]) => boolean,
): string | undefined | FakeError {
  if (parsed.type !== 'card') return undefined
  const cardId = asRecord(parsed.data)?.card_id
  const card = typeof cardId === 'string' ? world.cards.get(cardId) : undefined
  if (card === undefined || card.app_id !== appId) return fakeError(CARD_SEND_INVALID, 'card_id is invalid: no such card of this app', 400)
  if (card.messageIds.length > 0 && !resend(card.messageIds)) {
    return fakeError(CARD_SEND_INVALID, 'the card was already sent: a card entity is sent once', 400)
  }
  return card.card_id
}

function invalidCard(detail: string): FakeError {
  return fakeError(CARD_INVALID, `card content is invalid: ${detail}`, 400)
}

/** The parsed card JSON, or the error: must be an object with `schema: "2.0"`. */
function parseCard(type: unknown, data: unknown): Record<string, unknown> | FakeError {
  if (type !== 'card_json') return invalidCard('type must be card_json')
  if (typeof data !== 'string') return invalidCard('data is required')
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    return invalidCard('data is not JSON')
  }
  const card = asRecord(json)
  if (card === undefined || Array.isArray(json)) return invalidCard('data must be a JSON object')
  if (card.schema !== '2.0') return invalidCard('schema must be "2.0"')
  return card
}

/** Elements with an `element_id` under the card's `body`, in document order. */
function elementsOf(json: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item)
      return
    }
    const record = asRecord(value)
    if (record === undefined) return
    if (typeof record.element_id === 'string' && typeof record.tag === 'string' && !found.has(record.element_id)) {
      found.set(record.element_id, record)
    }
    for (const child of Object.values(record)) walk(child)
  }
  walk(json.body)
  return found
}

/** `config.streaming_mode` and `config.summary.content` of a card JSON or settings object. */
function configOf(json: Readonly<Record<string, unknown>>): { streaming?: boolean; summary?: string } {
  const config = asRecord(json.config)
  const streaming = config?.streaming_mode
  const summary = asRecord(config?.summary)?.content
  return {
    ...(typeof streaming === 'boolean' ? { streaming } : {}),
    ...(typeof summary === 'string' ? { summary } : {}),
  }
}

function cardId(): string {
  const digits = Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => String(b % 10)).join('')
  return `7${digits}`
}

function create(env: ApiEnv, { body, caller }: RouteContext): unknown {
  const input = asRecord(body) ?? {}
  const json = parseCard(input.type, input.data)
  if (isFakeError(json)) return json
  const config = configOf(json)
  const card: FakeCard = {
    card_id: cardId(),
    app_id: caller?.appId ?? '',
    tenant_key: caller?.tenantKey ?? '',
    json,
    streaming: config.streaming ?? false,
    sequence: 0,
    elements: elementsOf(json),
    ...(config.summary === undefined ? {} : { summary: config.summary }),
    messageIds: [],
    updates: 0,
    updateTimes: [],
    create_time: env.state().now * 1000,
  }
  env.world().cards.set(card.card_id, card)
  return { card_id: card.card_id }
}

/**
 * The checks every update shares: the card of the caller's app, the uuid replay, the sequence.
 *
 * @returns The card and the accepted sequence; `replay` when the same uuid and body came before;
 *   or the error to answer.
 */
function updating(
  env: ApiEnv,
  params: Readonly<Record<string, string>>,
  body: Readonly<Record<string, unknown>>,
  caller: Caller | undefined,
  kind: string,
): { card: FakeCard; sequence: number; commit: () => void } | 'replay' | FakeError {
  const card = env.world().cards.get(params.card_id ?? '')
  if (card === undefined || card.app_id !== caller?.appId) return fakeError(CARD_NOT_FOUND, 'card not found', 400)
  const book = bookOf(card)
  const uuid = typeof body.uuid === 'string' && body.uuid !== '' ? body.uuid : undefined
  const signature = `${kind} ${params.element_id ?? ''} ${JSON.stringify(body)}`
  if (uuid !== undefined && book.uuids.get(uuid) === signature) return 'replay'
  const sequence = body.sequence
  if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence <= card.sequence) {
    return fakeError(SEQUENCE_STALE, `sequence must be an integer above ${card.sequence}`, 400)
  }
  return {
    card,
    sequence,
    commit: () => {
      card.sequence = sequence
      if (uuid !== undefined) book.uuids.set(uuid, signature)
    },
  }
}

function content(env: ApiEnv, { params, body, caller }: RouteContext): unknown {
  const input = asRecord(body) ?? {}
  const checked = updating(env, params, input, caller, 'content')
  if (checked === 'replay') return {}
  if (isFakeError(checked)) return checked
  const { card } = checked
  const element = card.elements.get(params.element_id ?? '')
  if (element === undefined || !TEXT_TAGS.includes(String(element.tag))) {
    return fakeError(ELEMENT_INVALID, 'element not found, or not a markdown / plain_text element', 400)
  }
  if (!card.streaming) return fakeError(STREAMING_CLOSED, 'the card is not in streaming mode', 400)
  const text = input.content
  if (typeof text !== 'string') return fakeError(ELEMENT_INVALID, 'content is required', 400)
  if (text.length > CONTENT_MAX) return fakeError(CONTENT_TOO_LONG, `content is longer than ${CONTENT_MAX} characters`, 400)
  const book = bookOf(card)
  const nowMs = Date.now()
  while (book.recent.length > 0 && nowMs - (book.recent[0] ?? 0) >= WINDOW_MS) book.recent.shift()
  if (book.recent.length >= RATE_PER_SECOND) {
    const reset = Math.max(1, Math.ceil(((book.recent[0] ?? nowMs) + WINDOW_MS - nowMs) / 1000))
    return rateLimitReply(RATE_PER_SECOND, reset)
  }
  book.recent.push(nowMs)
  checked.commit()
  element.content = text
  card.updates++
  card.updateTimes.push(env.state().now * 1000)
  return {}
}

function settings(env: ApiEnv, { params, body, caller }: RouteContext): unknown {
  const input = asRecord(body) ?? {}
  const checked = updating(env, params, input, caller, 'settings')
  if (checked === 'replay') return {}
  if (isFakeError(checked)) return checked
  let parsed: Record<string, unknown> | undefined
  try {
    parsed = typeof input.settings === 'string' ? asRecord(JSON.parse(input.settings)) : undefined
  } catch {
    parsed = undefined
  }
  if (parsed === undefined) return invalidCard('settings must be JSON text of an object')
  const { card } = checked
  checked.commit()
  const config = configOf(parsed)
  const newConfig = asRecord(parsed.config)
  if (newConfig !== undefined) card.json = { ...card.json, config: { ...asRecord(card.json.config), ...newConfig } }
  if (config.streaming !== undefined) card.streaming = config.streaming
  if (config.summary !== undefined) card.summary = config.summary
  return {}
}

function update(env: ApiEnv, { params, body, caller }: RouteContext): unknown {
  const input = asRecord(body) ?? {}
  const checked = updating(env, params, input, caller, 'update')
  if (checked === 'replay') return {}
  if (isFakeError(checked)) return checked
  const given = asRecord(input.card)
  const json = parseCard(given?.type, given?.data)
  if (isFakeError(json)) return json
  const { card } = checked
  checked.commit()
  const config = configOf(json)
  card.json = json
  card.elements = elementsOf(json)
  card.streaming = config.streaming ?? false
  if (config.summary === undefined) delete card.summary
  else card.summary = config.summary
  return {}
}
