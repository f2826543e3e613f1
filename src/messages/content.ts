/**
 * Received message content, typed: `parseContent(msgType, content)` turns the JSON string of a received
 * message (`event.message.content`, or `body.content` of `getMessage` / `listMessage` items) into a
 * discriminated union over the message types the platform documents. Field names are camelCase: this is
 * the shape after reading, not the one you send (the builders keep the platform's names).
 *
 * Never throws. Content that is not JSON, too large, nested too deep, or misses the field that makes the
 * type useful (an image without `image_key`) gives `{ type: 'unknown', msgType, raw }`, as does any
 * message type this module does not know. All work is bounded: the content's size, its nesting depth and
 * the number of rich-text elements read.
 *
 * @module
 */
import { parseJsonWithin } from '../core/json.ts'

/** Longest content string parsed (characters); longer content is `unknown`. */
export const MAX_CONTENT_CHARS = 1_000_000
/** Deepest nesting of JSON arrays/objects parsed; deeper content is `unknown`. */
export const MAX_CONTENT_DEPTH = 64
/** Most rich-text elements read from one post (or todo) body; the rest is dropped. */
export const MAX_POST_ELEMENTS = 5_000

/** An inline element of a received rich-text (`post`) paragraph. */
export type ReceivedPostElement =
  | { tag: 'text'; text: string; style?: string[] }
  | { tag: 'a'; text: string; href: string; style?: string[] }
  /** `userId` is the mention placeholder (`@_user_1`), an open_id, or `all`. */
  | { tag: 'at'; userId: string; userName?: string }
  | { tag: 'img'; imageKey: string }
  | { tag: 'media'; fileKey: string; imageKey?: string }
  | { tag: 'emotion'; emojiType: string }
  | { tag: 'hr' }
  | { tag: 'code_block'; text: string; language?: string }
  | { tag: 'md'; text: string }
  /** A tag this module does not know; `text` when the element had a string `text`. */
  | { tag: 'unknown'; rawTag: string; text?: string }

/** A calendar card: `share_calendar_event`, `calendar` (an invitation) and `general_calendar`. */
export interface CalendarContent {
  summary?: string
  /** Milliseconds since the epoch, as the platform sends it (a string of digits). */
  startTime?: string
  endTime?: string
}

/** Every received message type, parsed. */
export type ParsedContent =
  | { type: 'text'; text: string }
  | { type: 'post'; title: string; paragraphs: ReceivedPostElement[][] }
  | { type: 'image'; imageKey: string }
  | { type: 'file'; fileKey: string; fileName?: string }
  | { type: 'audio'; fileKey: string; duration?: number }
  | { type: 'media'; fileKey: string; imageKey?: string; fileName?: string; duration?: number }
  | { type: 'sticker'; fileKey: string }
  /** The card as delivered: the simplified event form or full card JSON (1.0 or 2.0). */
  | { type: 'interactive'; card: Record<string, unknown> }
  | { type: 'share_chat'; chatId: string }
  | { type: 'share_user'; userId: string }
  /** `template` has `{name}` placeholders filled from `variables` (e.g. `from_user`, `to_chatters`). */
  | { type: 'system'; template: string; variables: Record<string, string | string[]> }
  | { type: 'location'; name?: string; latitude?: string; longitude?: string }
  /** `content` is the platform's fixed summary; the forwarded messages come from `getMessage`. */
  | { type: 'merge_forward'; content?: string }
  | { type: 'todo'; taskId?: string; title: string; paragraphs: ReceivedPostElement[][]; dueTime?: string }
  | { type: 'vote'; topic: string; options: string[] }
  | { type: 'hongbao'; text?: string }
  | ({ type: 'share_calendar_event' | 'calendar' | 'general_calendar' } & CalendarContent)
  | { type: 'video_chat'; topic?: string; startTime?: string }
  | { type: 'folder'; fileKey: string; fileName?: string }
  /** A type this module does not know, or content it could not read. `raw` is what was passed in. */
  | { type: 'unknown'; msgType: string; raw: unknown }

/** The `msg_type` values {@link parseContent} knows. */
export type ReceivedMsgType = Exclude<ParsedContent['type'], 'unknown'>

type Json = Record<string, unknown>

/** `value` when it is a string. (Shared with normalize.ts, not part of the subpath's API.) */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** `value` when it is a plain object, not an array. (Shared with normalize.ts, not part of the subpath's API.) */
export const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined

/**
 * The JSON object in `content` (a string, or an object already parsed), or `undefined` for anything
 * else: not a string, too long, too deep, not JSON, not an object. (Shared with normalize.ts.)
 */
export function parseJsonObject(content: unknown): Json | undefined {
  if (typeof content !== 'string') return obj(content)
  return content.length > MAX_CONTENT_CHARS ? undefined : obj(parseJsonWithin(content, MAX_CONTENT_DEPTH))
}

/** `snake_case` → `camelCase`. (Shared with normalize.ts.) */
export const camel = (name: string) => name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())

/**
 * Reads the fields a spec names into a camelCase object. A spec is space-separated field names, each
 * with a mark: `!` a required non-empty string (missing: the whole read fails), `*` a required string
 * (may be empty), `=` a string that defaults to `''`, `#` a finite number, `~` a string or finite number kept as a string, none: an optional non-empty string.
 */
function fieldsOf(json: Json, spec: string): Json | undefined {
  const out: Json = {}
  for (const [, mark, name = ''] of spec.matchAll(/([!*=#~]?)(\w+)/g)) {
    const raw = json[name]
    let value: unknown = str(raw)
    if (mark === '#') value = Number.isFinite(raw) ? raw : undefined
    else if (mark === '~' && Number.isFinite(raw)) value = String(raw)
    if (mark === '=') value ??= ''
    else if (value === '' && mark !== '*') value = undefined
    if (value === undefined && (mark === '!' || mark === '*')) return undefined
    if (value !== undefined) out[camel(name)] = value
  }
  return out
}

// What each element tag and each simple message type reads (see `fieldsOf`).
const ELEMENTS: Record<string, string> = {
  text: '=text',
  a: '=text =href',
  at: '=user_id user_name',
  img: '=image_key',
  media: '=file_key image_key',
  emotion: '=emoji_type',
  hr: '',
  code_block: '=text language',
  md: '=text',
}
const CALENDAR = 'summary ~start_time ~end_time'
const FILE = '!file_key file_name'
const SIMPLE: Record<string, string> = {
  text: '*text',
  image: '!image_key',
  file: FILE,
  folder: FILE,
  audio: '!file_key #duration',
  media: '!file_key image_key file_name #duration',
  sticker: '!file_key',
  share_chat: '!chat_id',
  share_user: '!user_id',
  location: 'name ~latitude ~longitude',
  merge_forward: 'content',
  hongbao: 'text',
  share_calendar_event: CALENDAR,
  calendar: CALENDAR,
  general_calendar: CALENDAR,
  video_chat: 'topic ~start_time',
}

/** The string items of an array, after keeping the first `max`. */
const strings = (value: unknown, max: number): string[] =>
  Array.isArray(value) ? value.slice(0, max).filter((v): v is string => typeof v === 'string') : []

/** One element of a received paragraph, typed; `undefined` for what is not an element. */
function postElement(value: unknown): ReceivedPostElement | undefined {
  const el = obj(value)
  if (!el) return undefined
  const tag = str(el.tag) ?? ''
  // An unknown tag keeps its `text` when it is a string (`*`: no text, no field).
  if (!Object.hasOwn(ELEMENTS, tag)) return { tag: 'unknown', rawTag: tag, ...fieldsOf(el, '*text') }
  const out = { tag, ...fieldsOf(el, ELEMENTS[tag]) }
  const style = strings(el.style, Infinity)
  if (style[0] !== undefined && (tag === 'text' || tag === 'a')) Object.assign(out, { style })
  return out as ReceivedPostElement
}

/**
 * Paragraphs (arrays of elements) of a post or todo body, at most {@link MAX_POST_ELEMENTS} elements.
 * (Shared with normalize.ts, which reads simplified cards with it.)
 */
export function postParagraphs(value: unknown): ReceivedPostElement[][] {
  const paragraphs: ReceivedPostElement[][] = []
  let budget = MAX_POST_ELEMENTS
  for (const row of Array.isArray(value) ? value : []) {
    if (budget <= 0) break
    if (!Array.isArray(row)) continue
    const paragraph: ReceivedPostElement[] = []
    for (const item of row) {
      if (budget-- <= 0) break
      const el = postElement(item)
      if (el) paragraph.push(el)
    }
    paragraphs.push(paragraph)
  }
  return paragraphs
}

/** `title` (`''` when missing) and the paragraphs of a post or todo body. */
const postFields = (body: Json | undefined) => ({ title: str(body?.title) ?? '', paragraphs: postParagraphs(body?.content) })

/** The `{ title, content }` of a post: received posts carry it directly, sent ones per locale. */
function postBody(json: Json): Json | undefined {
  if (Array.isArray(json.content) || typeof json.title === 'string') return json
  for (const key in json) {
    const locale = obj(json[key])
    if (locale && Array.isArray(locale.content)) return locale
  }
  return undefined
}

/** The fields of the types not read by a plain spec; `undefined` when the content is not of that type. */
function otherFields(msgType: string, json: Json): Json | undefined {
  switch (msgType) {
    case 'post': {
      const body = postBody(json)
      return body && postFields(body)
    }
    case 'interactive':
      return { card: json }
    case 'system': {
      const template = fieldsOf(json, '*template')
      const variables: Record<string, string | string[]> = {}
      let budget = 100
      for (const name in json) {
        const value = json[name]
        if (name === 'template' || budget-- <= 0) continue
        if (typeof value === 'string') variables[name] = value
        else if (Array.isArray(value)) variables[name] = strings(value, 100)
      }
      return template && { ...template, variables }
    }
    case 'todo':
      return { ...fieldsOf(json, '~task_id ~due_time'), ...postFields(obj(json.summary)) }
    case 'vote':
      return { ...fieldsOf(json, '=topic'), options: strings(json.options, 1_000) }
  }
  return undefined
}

/**
 * Parses the content of a received message into a union discriminated by `type`.
 *
 * Never throws: content that is not a JSON object, too long ({@link MAX_CONTENT_CHARS}), too deep
 * ({@link MAX_CONTENT_DEPTH}), missing the field its type needs, or of a type not listed gives
 * `{ type: 'unknown', msgType, raw }`.
 *
 * @param msgType `message_type` of the event, or `msg_type` of a `getMessage` item.
 * @param content The content JSON string (an object already parsed is accepted too).
 * @returns The parsed content.
 * @example
 * const content = parseContent(event.message.message_type, event.message.content)
 * if (content.type === 'image') await getMessageResource(ctx, {
 *   path: { message_id: event.message.message_id, file_key: content.imageKey },
 *   query: { type: 'image' },
 * })
 */
export function parseContent(msgType: string, content: unknown): ParsedContent {
  const json = parseJsonObject(content)
  const fields = json && (Object.hasOwn(SIMPLE, msgType) ? fieldsOf(json, SIMPLE[msgType]) : otherFields(msgType, json))
  return (fields ? { type: msgType, ...fields } : { type: 'unknown', msgType: String(msgType), raw: content }) as ParsedContent
}
