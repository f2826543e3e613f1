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

/** `value` when it is a string. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** `value` as a string when it is a string or a finite number (ids and times arrive as either). */
const strNum = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : str(value)

/** `value` when it is a plain object (not an array). */
export const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined

/** True when the JSON text nests arrays/objects deeper than `max` (a linear scan, strings skipped). */
function tooDeep(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) return true
    } else if (c === 125 || c === 93) depth--
  }
  return false
}

/**
 * The JSON object in `content` (a string, or an object already parsed), or `undefined` for anything
 * else: not a string, too long, too deep, not JSON, not an object.
 */
export function parseJsonObject(content: unknown): Json | undefined {
  if (typeof content !== 'string') return obj(content)
  if (content.length > MAX_CONTENT_CHARS || tooDeep(content, MAX_CONTENT_DEPTH)) return undefined
  try {
    return obj(JSON.parse(content))
  } catch {
    return undefined
  }
}

const styles = (value: unknown): { style?: string[] } => {
  if (!Array.isArray(value)) return {}
  const style = value.filter((s): s is string => typeof s === 'string')
  return style.length > 0 ? { style } : {}
}

/** One element of a received paragraph, typed; `undefined` for what is not an element. */
function postElement(value: unknown): ReceivedPostElement | undefined {
  const el = obj(value)
  if (!el) return undefined
  const tag = str(el.tag) ?? ''
  const text = str(el.text)
  switch (tag) {
    case 'text':
      return { tag, text: text ?? '', ...styles(el.style) }
    case 'a':
      return { tag, text: text ?? '', href: str(el.href) ?? '', ...styles(el.style) }
    case 'at': {
      const userName = str(el.user_name)
      return { tag, userId: str(el.user_id) ?? '', ...(userName ? { userName } : {}) }
    }
    case 'img':
      return { tag, imageKey: str(el.image_key) ?? '' }
    case 'media': {
      const imageKey = str(el.image_key)
      return { tag, fileKey: str(el.file_key) ?? '', ...(imageKey ? { imageKey } : {}) }
    }
    case 'emotion':
      return { tag, emojiType: str(el.emoji_type) ?? '' }
    case 'hr':
      return { tag }
    case 'code_block': {
      const language = str(el.language)
      return { tag, text: text ?? '', ...(language ? { language } : {}) }
    }
    case 'md':
      return { tag, text: text ?? '' }
    default:
      return { tag: 'unknown', rawTag: tag, ...(text !== undefined ? { text } : {}) }
  }
}

/** Paragraphs (arrays of elements) of a post or todo body, at most {@link MAX_POST_ELEMENTS} elements. */
export function postParagraphs(value: unknown, limit = MAX_POST_ELEMENTS): ReceivedPostElement[][] {
  const paragraphs: ReceivedPostElement[][] = []
  if (!Array.isArray(value)) return paragraphs
  let budget = limit
  for (const row of value) {
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

/** The `{ title, content }` of a post: received posts carry it directly, sent ones per locale. */
function postBody(json: Json): Json | undefined {
  if (Array.isArray(json.content) || typeof json.title === 'string') return json
  for (const key in json) {
    const locale = obj(json[key])
    if (locale && Array.isArray(locale.content)) return locale
  }
  return undefined
}

/** `{ [key]: value }`, or `{}` when `value` is undefined (so optional fields stay absent). */
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

/**
 * Parses the content of a received message of type `msgType`. Never throws; see the module notes for
 * what gives `{ type: 'unknown' }`.
 */
export function parseContent(msgType: string, content: unknown): ParsedContent {
  const unknown = (): ParsedContent => ({ type: 'unknown', msgType: String(msgType), raw: content })
  const json = parseJsonObject(content)
  if (!json) return unknown()
  const key = (name: string) => str(json[name])
  switch (msgType) {
    case 'text': {
      const text = key('text')
      return text === undefined ? unknown() : { type: msgType, text }
    }
    case 'post': {
      const body = postBody(json)
      if (!body) return unknown()
      return { type: msgType, title: str(body.title) ?? '', paragraphs: postParagraphs(body.content) }
    }
    case 'image': {
      const imageKey = key('image_key')
      return imageKey ? { type: msgType, imageKey } : unknown()
    }
    case 'file':
    case 'folder': {
      const fileKey = key('file_key')
      return fileKey ? { type: msgType, fileKey, ...optional('fileName', key('file_name')) } : unknown()
    }
    case 'audio': {
      const fileKey = key('file_key')
      const duration = typeof json.duration === 'number' ? json.duration : undefined
      return fileKey ? { type: msgType, fileKey, ...optional('duration', duration) } : unknown()
    }
    case 'media': {
      const fileKey = key('file_key')
      const duration = typeof json.duration === 'number' ? json.duration : undefined
      if (!fileKey) return unknown()
      return {
        type: msgType,
        fileKey,
        ...optional('imageKey', key('image_key')),
        ...optional('fileName', key('file_name')),
        ...optional('duration', duration),
      }
    }
    case 'sticker': {
      const fileKey = key('file_key')
      return fileKey ? { type: msgType, fileKey } : unknown()
    }
    case 'interactive':
      return { type: msgType, card: json }
    case 'share_chat': {
      const chatId = key('chat_id')
      return chatId ? { type: msgType, chatId } : unknown()
    }
    case 'share_user': {
      const userId = key('user_id')
      return userId ? { type: msgType, userId } : unknown()
    }
    case 'system': {
      const template = key('template')
      if (template === undefined) return unknown()
      const variables: Record<string, string | string[]> = {}
      let budget = 100
      for (const name in json) {
        if (name === 'template' || budget-- <= 0) continue
        const value = json[name]
        if (typeof value === 'string') variables[name] = value
        else if (Array.isArray(value)) variables[name] = value.slice(0, 100).filter((v): v is string => typeof v === 'string')
      }
      return { type: msgType, template, variables }
    }
    case 'location':
      return {
        type: msgType,
        ...optional('name', key('name')),
        ...optional('latitude', strNum(json.latitude)),
        ...optional('longitude', strNum(json.longitude)),
      }
    case 'merge_forward':
      return { type: msgType, ...optional('content', key('content')) }
    case 'todo': {
      const summary = obj(json.summary)
      return {
        type: msgType,
        ...optional('taskId', strNum(json.task_id)),
        title: str(summary?.title) ?? '',
        paragraphs: postParagraphs(summary?.content),
        ...optional('dueTime', strNum(json.due_time)),
      }
    }
    case 'vote': {
      const options = Array.isArray(json.options)
        ? json.options.slice(0, 1_000).filter((v): v is string => typeof v === 'string')
        : []
      return { type: msgType, topic: key('topic') ?? '', options }
    }
    case 'hongbao':
      return { type: msgType, ...optional('text', key('text')) }
    case 'share_calendar_event':
    case 'calendar':
    case 'general_calendar':
      return {
        type: msgType,
        ...optional('summary', key('summary')),
        ...optional('startTime', strNum(json.start_time)),
        ...optional('endTime', strNum(json.end_time)),
      }
    case 'video_chat':
      return { type: msgType, ...optional('topic', key('topic')), ...optional('startTime', strNum(json.start_time)) }
    default:
      return unknown()
  }
}
