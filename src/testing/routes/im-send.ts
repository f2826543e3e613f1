/**
 * Sending a message: checking `msg_type` / `content`, the one-hour `uuid` dedupe, and storing it.
 * Shared by `POST /im/v1/messages` and `POST /im/v1/messages/:message_id/reply`.
 *
 * - `content` must be JSON text of an object (else 230001 `invalid message content`); text messages
 *   up to 150 KB, post and card messages up to 30 KB (else 230025).
 * - `image` messages must name an `image_key` and `file`/`audio`/`media` messages a `file_key`
 *   this fake stored (else 230001).
 * - `uuid` (≤ 50 characters): the same app and uuid within an hour of fake-clock time answer the
 *   first message again; nothing new is stored.
 * - Mentions in text and post content are stored as placeholders and listed (see im-mentions.ts).
 * - `interactive` content `{"type":"card","data":{"card_id":…}}` must name a CardKit card of the
 *   sending app not sent before (see cardkit.ts); the message id is recorded on the card.
 *
 * @module
 */
import { fieldViolations, type FieldViolation } from '../api/pages.ts'
import type { FakeMessage, FakeSender, World } from '../api/world.ts'
import { randomHex } from '../ids.ts'
import { fakeError, isFakeError, type FakeError } from '../reply.ts'
import type { Caller } from '../types.ts'
import { cardReference } from './cardkit.ts'
import { invalidImParam } from './im-common.ts'
import { placeMentions, type FakeMention } from './im-mentions.ts'

const MSG_TYPES = ['text', 'post', 'image', 'file', 'audio', 'media', 'sticker', 'interactive', 'share_chat', 'share_user', 'system']
const KB = 1024
const LIMITS: Readonly<Record<string, number>> = { text: 150 * KB, post: 30 * KB, interactive: 30 * KB }
const FILE_KEYS: Readonly<Record<string, 'image' | 'file'>> = { image: 'image', file: 'file', audio: 'file', media: 'file' }
const DEDUPE_SECONDS = 3600
const UUID_MAX = 50

/** A message to store: what was checked, before ids and times. */
export interface Outgoing {
  readonly msg_type: string
  readonly content: string
  readonly uuid?: string
  /** The people the content mentions, named by placeholder (`@_user_1`) in the stored content. */
  readonly mentions?: readonly FakeMention[]
  /** The CardKit card sent by reference, when the content is one. */
  readonly cardId?: string
}

/** Who is sending: names mentioned open_ids from the sender's directory. */
export interface Sending {
  readonly tenantKey: string
  readonly nameOf: (openId: string) => string | undefined
  /** The sending app: when given, cards sent by reference are checked and recorded (sends, replies). */
  readonly appId?: string
  /** The sender's id (`senderOf(caller).id`) and fake-clock seconds: to tell a uuid resend. */
  readonly senderId?: string
  readonly now?: number
}

/**
 * Checks `msg_type`, `content` and `uuid` of a send or reply body.
 *
 * @param world Where uploaded files are.
 * @param body The parsed JSON body.
 * @param sending The sender's tenant and directory, for mentions.
 * @param required Extra required string fields (`receive_id` for sends).
 * @returns The message fields, or the error to answer.
 */
export function readOutgoing(
  world: World,
  body: Readonly<Record<string, unknown>>,
  sending: Sending,
  required: readonly string[] = [],
): Outgoing | FakeError {
  const violations: FieldViolation[] = []
  for (const field of [...required, 'msg_type', 'content']) {
    if (typeof body[field] !== 'string' || body[field] === '') violations.push({ field, description: `${field} is required` })
  }
  const uuid = body.uuid
  if (uuid !== undefined && (typeof uuid !== 'string' || uuid.length > UUID_MAX)) {
    violations.push({ field: 'uuid', value: String(uuid), description: `uuid must be a string of at most ${UUID_MAX} characters` })
  }
  if (violations.length > 0) return fieldViolations(violations)
  const msgType = body.msg_type as string
  const content = body.content as string
  if (!MSG_TYPES.includes(msgType)) return invalidImParam('invalid msg_type')
  const parsed = parseObject(content)
  if (parsed === undefined) return invalidImParam('invalid message content')
  const limit = LIMITS[msgType]
  if (limit !== undefined && new TextEncoder().encode(content).byteLength > limit) {
    return fakeError(230025, `The message is too long: ${msgType} messages are limited to ${limit / KB} KB.`, 400)
  }
  const kind = FILE_KEYS[msgType]
  if (kind !== undefined) {
    const key = parsed[kind === 'image' ? 'image_key' : 'file_key']
    const stored = typeof key === 'string' ? world.files.get(key) : undefined
    if (stored?.kind !== kind) return invalidImParam(`invalid ${kind}_key`)
  }
  const cardId =
    msgType === 'interactive' && sending.appId !== undefined
      ? cardReference(world, parsed, sending.appId, (ids) => {
          const earlier = typeof uuid === 'string' ? earlierMessage(world, sending.now ?? 0, sending.senderId ?? '', uuid) : undefined
          return earlier !== undefined && ids.includes(earlier.message_id)
        })
      : undefined
  if (isFakeError(cardId)) return cardId
  const placed = placeMentions(msgType, content, sending.nameOf, sending.tenantKey)
  return {
    ...(cardId === undefined ? {} : { cardId }),
    msg_type: msgType,
    content: placed.content,
    ...(typeof uuid === 'string' && uuid !== '' ? { uuid } : {}),
    ...(placed.mentions.length > 0 ? { mentions: placed.mentions } : {}),
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The sender of a message sent with this caller's token. */
export function senderOf(caller: Caller | undefined): FakeSender {
  const tenant_key = caller?.tenantKey ?? ''
  if (caller?.kind === 'user' && caller.openId !== undefined) {
    return { id: caller.openId, id_type: 'open_id', sender_type: 'user', tenant_key }
  }
  return { id: caller?.appId ?? '', id_type: 'app_id', sender_type: 'app', tenant_key }
}

/**
 * Stores a message, or finds the one sent earlier with the same uuid within the hour.
 *
 * @param world Where messages are stored.
 * @param now Fake-clock seconds.
 * @param fields The checked fields plus chat, sender and thread links.
 * @returns The stored message (new or earlier).
 */
export function storeMessage(
  world: World,
  now: number,
  fields: Outgoing & Pick<FakeMessage, 'chat_id' | 'sender' | 'root_id' | 'parent_id' | 'thread_id'>,
): FakeMessage {
  const { cardId, ...kept } = fields
  const dedupeKey = fields.uuid === undefined ? undefined : `${fields.sender.id} ${fields.uuid}`
  if (fields.uuid !== undefined) {
    const earlier = earlierMessage(world, now, fields.sender.id, fields.uuid)
    if (earlier !== undefined) return earlier
  }
  const message: FakeMessage = Object.freeze(
    Object.fromEntries(
      Object.entries({ ...kept, message_id: `om_${randomHex(16)}`, create_time: now * 1000 }).filter(([, v]) => v !== undefined),
    ) as unknown as FakeMessage,
  )
  world.messages.push(message)
  if (cardId !== undefined) world.cards.get(cardId)?.messageIds.push(message.message_id)
  if (dedupeKey !== undefined) world.uuids.set(dedupeKey, { messageId: message.message_id, at: now })
  return message
}

/**
 * The message sent earlier by the same sender with the same uuid, within the hour.
 *
 * @param world Where messages are stored.
 * @param now Fake-clock seconds.
 * @param senderId The sender's id (app id or open_id).
 * @param uuid The send's uuid.
 * @returns The earlier message, when there is one.
 */
export function earlierMessage(world: World, now: number, senderId: string, uuid: string): FakeMessage | undefined {
  const seen = world.uuids.get(`${senderId} ${uuid}`)
  return seen && now - seen.at < DEDUPE_SECONDS ? world.messages.find((m) => m.message_id === seen.messageId) : undefined
}
