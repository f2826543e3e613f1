/**
 * `normalizeMessage`: one readable shape for a received message, from either source the platform
 * gives you — the `im.message.receive_v1` event (the whole event, or its `message` alone) and the items
 * of `getMessage` / `listMessage` (`msg_type`, `body.content`, `sender.id`, mentions with a string id).
 *
 * `text` is markdown meant for people and language models: mention placeholders become `@Name` (the
 * bot's own mention, `options.botOpenId`, is removed), a post's title becomes a heading, links become
 * `[text](href)`, code blocks stay fenced, cards give their visible text, files and images are named
 * (`[image: key]`) and listed in `resources`, merged-forward messages are expanded when a fetcher is
 * given and summarised otherwise. Never throws; every walk is bounded.
 *
 * @module
 */
import { camel, obj, parseContent, postParagraphs, str, type ParsedContent, type ReceivedPostElement } from './content.ts'

/** A user (or bot) mentioned in the message; `@_all` is not listed (see `mentionsAll`). */
export interface MessageMention {
  /** The placeholder in the content: `@_user_1`. */
  key: string
  name: string
  openId?: string
  userId?: string
  unionId?: string
  /** True when `openId` is `options.botOpenId`. */
  isBot: boolean
}

/**
 * A part of the message kept by the platform. Images, files, audio and video (`media`) download with
 * `getMessageResource` (`type: 'image'` for images, `'file'` for the others); stickers and shared
 * folders are listed so they can be named, not because that endpoint serves them.
 */
export interface MessageResource {
  type: 'image' | 'file' | 'audio' | 'media' | 'sticker' | 'folder'
  key: string
  name?: string
  /** Set for resources of a forwarded message: the id of that message, not of the forward. */
  messageId?: string
}

export interface NormalizedMessage {
  messageId: string
  chatId: string
  /** `p2p`, `group`, … as sent; `''` for `getMessage` items, which do not carry it. */
  chatType: string
  msgType: string
  /** Readable markdown rendering; always a string. */
  text: string
  /** The parsed content (see `parseContent`). */
  content: ParsedContent
  mentions: MessageMention[]
  mentionsBot: boolean
  mentionsAll: boolean
  resources: MessageResource[]
  rootId?: string
  parentId?: string
  threadId?: string
  senderOpenId?: string
  /** `user`, `app`, … as sent. */
  senderType?: string
  /** Milliseconds since the epoch. */
  createTime?: number
}

export interface NormalizeOptions {
  /** The bot's open_id: its mention is removed from `text` and sets `mentionsBot`. */
  botOpenId?: string
  /**
   * Fetches a message by id, for expanding `merge_forward`: return the `data` of `getMessage` (`{ items }`)
   * or its `items`, and pass `signal` on. Without it a forward is summarised; a rejection (an abort
   * included) also gives the summary.
   */
  fetchMessage?: (messageId: string, signal?: AbortSignal) => Promise<unknown>
  /** Passed to `fetchMessage`; once aborted, nothing more is fetched. */
  signal?: AbortSignal
  /** Most forwarded messages rendered, all levels together (default 50). */
  maxForwarded?: number
}

/** What `normalizeMessage` accepts: the receive event, its `message`, or a `getMessage` item. */
export type MessageInput =
  | { message: object; sender?: object }
  | { message_id?: unknown; message_type?: unknown; msg_type?: unknown; content?: unknown; body?: unknown }

/** Most mentions read from one message. */
export const MAX_MENTIONS = 200
/** Most card nodes visited when extracting a card's text. */
export const MAX_CARD_NODES = 5_000
/** Deepest card nesting walked. */
export const MAX_CARD_DEPTH = 32
const MAX_FORWARD_DEPTH = 5

type Json = Record<string, unknown>

/** What one render collects besides the text: mentions read, resources named, whether `@_all` was seen. */
interface Scope {
  mentions: MessageMention[]
  resources: MessageResource[]
  all: boolean
}

const newScope = (): Scope => ({ mentions: [], resources: [], all: false })

/** A horizontal rule, blank lines around: `text\n---` would make `text` a heading. */
const RULE = '\n---\n'

/** Reads the message's mentions into `scope` (`@_all` sets `scope.all` instead of being listed). */
function readMentions(value: unknown, botOpenId: string | undefined, scope: Scope): void {
  for (const item of Array.isArray(value) ? value.slice(0, MAX_MENTIONS) : []) {
    const m = obj(item)
    const key = str(m?.key)
    if (!m || !key) continue
    if (key === '@_all') {
      scope.all = true
      continue
    }
    const mention: MessageMention = { key, name: str(m.name) ?? '', isBot: false }
    // Events carry `id: { open_id, user_id, union_id }`; API items `id` with `id_type`.
    const ids = obj(m.id) ?? { [str(m.id_type) ?? '']: m.id }
    for (const name of 'open_id user_id union_id'.split(' ')) {
      const id = str(ids[name])
      if (id) Object.assign(mention, { [camel(name)]: id })
    }
    // An open_id is never empty, so an empty `botOpenId` matches nothing.
    mention.isBot = !!botOpenId && mention.openId === botOpenId
    scope.mentions.push(mention)
  }
}

/** Names and labels on one line: a newline in a file or user name must not start a line of its own. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ')

/** A fence longer than any run of backticks in `text`. */
function fence(text: string): string {
  let longest = 2
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  return '`'.repeat(longest + 1)
}

/** An ISO time for a millisecond string, or `undefined` when it is not one. */
const time = (ms: string | undefined) =>
  /^\d{1,15}$/.test(ms ?? '') ? new Date(Number(ms)).toISOString().replace('.000Z', 'Z') : undefined

/** Lists a resource in `scope` when it has a key; returns the key. */
function resource(scope: Scope, type: string, key = '', name?: string): string {
  if (key) scope.resources.push({ type: type as MessageResource['type'], key, ...(name ? { name } : {}) })
  return key
}

function renderElement(el: ReceivedPostElement, scope: Scope): string {
  switch (el.tag) {
    case 'text':
      // Bold survives (the marks hug the words: `** x **` is not bold); other styles are dropped.
      // (From the first to the last non-space character; all-space text stays as it is.)
      return el.style?.includes('bold') ? el.text.replace(/\S(?:[\s\S]*\S)?/, '**$&**') : el.text
    case 'a':
      return el.href ? `[${el.text || el.href}](${el.href})` : el.text
    case 'at': {
      const id = el.userId
      if (id === 'all' || id === '@_all') {
        scope.all = true
        return '@_all'
      }
      if (id.startsWith('@_')) return id
      return scope.mentions.find((m) => m.openId === id)?.key ?? `@${oneLine(el.userName || id)}`
    }
    case 'img':
      return resource(scope, 'image', el.imageKey) && `[image: ${el.imageKey}]`
    case 'media':
      return resource(scope, 'media', el.fileKey) && `[video: ${el.fileKey}]`
    case 'emotion':
      return el.emojiType && `:${el.emojiType}:`
    case 'hr':
      return RULE
    case 'code_block': {
      const f = fence(el.text)
      return `${f}${el.language ?? ''}\n${el.text}\n${f}`
    }
    case 'md':
      return el.text
    default:
      // Buttons in the simplified card form show as `[label]`, as in full cards.
      return el.rawTag === 'button' && el.text !== undefined ? `[${el.text}]` : (el.text ?? '')
  }
}

function renderParagraphs(title: string, paragraphs: ReceivedPostElement[][], scope: Scope): string {
  const lines: string[] = []
  if (title) lines.push(`# ${title}`, '')
  for (const paragraph of paragraphs) {
    // Inline elements share a line; a code block or a rule takes lines of its own.
    let line: string | undefined
    for (const el of paragraph) {
      const out = renderElement(el, scope)
      if (el.tag === 'code_block' || el.tag === 'hr') {
        if (line !== undefined) lines.push(line)
        lines.push(out)
        line = undefined
      } else line = (line ?? '') + out
    }
    if (line !== undefined || paragraph.length === 0) lines.push(line ?? '')
  }
  return lines.join('\n').replace(/^\n+|\n+$/g, '')
}

/** Keys of a card node that hold what is shown (not `confirm` dialogs, option lists, values, behaviours). */
const VISIBLE = 'title subtitle text fields elements columns actions extra'.split(' ')

/**
 * The visible text of a card: title, markdown and plain text, button labels.
 *
 * Reads the simplified form events deliver (`{ title, elements: [[inline elements]] }`) and full card
 * JSON, 1.0 (`header`, `elements`) or 2.0 (`body.elements`); skips what is not shown (confirm dialogs,
 * values, behaviours). At most {@link MAX_CARD_NODES} nodes, {@link MAX_CARD_DEPTH} levels deep.
 *
 * @param card The parsed card.
 * @returns Markdown, `''` when nothing is visible.
 * @example
 * cardText({ header: { title: { tag: 'plain_text', content: 'Deploy' } }, elements: [{ tag: 'markdown', content: 'ok' }] })
 * // '# Deploy\nok'
 */
export function cardText(card: Json): string {
  const title = str(card.title)
  const elements = card.elements
  // The simplified form the platform delivers: `{ title, elements: [[inline elements]] }`.
  if (Array.isArray(elements) && elements.some(Array.isArray)) {
    return renderParagraphs(title ?? '', postParagraphs(elements), newScope())
  }
  const pieces: string[] = []
  let budget = MAX_CARD_NODES
  const walk = (value: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_CARD_DEPTH) return
    if (Array.isArray(value)) return value.forEach((item) => walk(item, depth + 1))
    const node = obj(value)
    if (!node) return
    const tag = node.tag
    const content = str(node.content)
    if (['plain_text', 'lark_md', 'markdown'].includes(tag as string) || (tag === undefined && content)) {
      if (content) pieces.push(content)
    } else if (tag === 'button') {
      const label = str(obj(node.text)?.content) ?? str(node.text)
      if (label) pieces.push(`[${label}]`)
    } else if (tag === 'hr') pieces.push(RULE)
    else for (const key of VISIBLE) walk(node[key], depth + 1)
  }
  walk(obj(card.header), 0)
  if (pieces[0] !== undefined) pieces[0] = `# ${pieces[0]}`
  else if (title) pieces.push(`# ${title}`)
  const i18n = obj(card.i18n_elements)
  walk(obj(card.body)?.elements ?? elements ?? (i18n && Object.values(i18n)[0]), 0)
  return pieces.filter((piece, i) => piece !== pieces[i - 1]).join('\n')
}

/** Labels of the simple types whose label is not their name (`image` is `[image: …]`). */
const LABELS: Record<string, string> = {
  media: 'video',
  share_chat: 'shared chat',
  share_user: 'shared contact',
  merge_forward: 'merged and forwarded messages',
  hongbao: 'red packet',
  share_calendar_event: 'shared event',
  calendar: 'calendar invitation',
  general_calendar: 'calendar event',
  video_chat: 'video meeting',
}

/** `[label: detail, …]`, or `[label]` when no detail is set. */
const label = (kind: string, details: unknown[]) => {
  const set = details.filter(Boolean)
  return `[${kind}${set[0] ? `: ${oneLine(set.join(', '))}` : ''}]`
}

/** The text and resources of one parsed content (merge_forward gives its summary here). */
function renderContent(content: ParsedContent, scope: Scope): string {
  const type = content.type
  switch (content.type) {
    case 'text':
      return content.text
    case 'post':
      return renderParagraphs(content.title, content.paragraphs, scope)
    case 'interactive':
      return cardText(content.card) || '[card]'
    case 'system': {
      const filled = content.template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = content.variables[name]
        return Array.isArray(value) ? value.join(', ') : (value ?? '')
      })
      return filled.trim() || '[system]'
    }
    case 'todo': {
      const due = time(content.dueTime)
      return [label('todo', [content.title, due && `due ${due}`]), renderParagraphs('', content.paragraphs, scope)].filter(Boolean).join('\n')
    }
    case 'vote':
      return [label('vote', [content.topic]), ...content.options.map((o) => `- ${o}`)].join('\n')
    case 'unknown':
      return `[${/^[a-z0-9_]{1,40}$/.test(content.msgType) ? content.msgType : 'message'}]`
    default: {
      // A simple type: its label, then what parseContent read, in its order (times shown as ISO,
      // `duration`, in milliseconds, shown in seconds). A video shows its file name only; the others
      // all but the type, the file key and a forward's `content` (the platform's fixed summary).
      // Simple contents hold strings, and `duration` a number (see parseContent).
      const c = content as Record<string, string | undefined>
      resource(scope, type, c.fileKey ?? c.imageKey, c.fileName)
      const details =
        type === 'media'
          ? [c.fileName]
          : Object.entries(c).map(([field, value]) =>
              ['type', 'fileKey', 'content'].includes(field)
                ? undefined
                : field === 'duration'
                  ? `${Math.round(Number(value) / 1000)}s`
                  : field.endsWith('Time')
                    ? time(value)
                    : value,
            )
      return label(LABELS[type] ?? type, details)
    }
  }
}

/** Placeholders → `@Name`; the bot's own mention (and one space after it) removed; `@_all` → `@all`. */
function resolveMentions(text: string, scope: Scope): string {
  const byKey = new Map(scope.mentions.map((m) => [m.key, m]))
  return text.replace(/(@_[A-Za-z0-9_]+)( ?)/g, (token: string, key: string, space: string) => {
    if (key === '@_all') {
      scope.all = true
      return `@all${space}`
    }
    const mention = byKey.get(key)
    if (!mention) return token
    return mention.isBot ? '' : `@${oneLine(mention.name || mention.openId || key.slice(2))}${space}`
  })
}

/**
 * One message of any accepted input shape, rendered (forwards not expanded), with its sender object
 * (from the event when given the whole event, else from the item).
 */
function read(input: unknown, options: NormalizeOptions): [NormalizedMessage, Json | undefined] {
  const outer = obj(input) ?? {}
  const event = obj(outer.message)
  const message = event ?? outer
  const body = obj(message.body)
  const sender = obj((event ? outer : message).sender)
  const msgType = str(message.message_type) ?? str(message.msg_type) ?? ''
  const scope = newScope()
  readMentions(message.mentions, options.botOpenId, scope)
  const content = parseContent(msgType, body ? body.content : message.content)
  const text = resolveMentions(renderContent(content, scope), scope).trim()
  const { mentions, resources } = scope
  const result: NormalizedMessage = {
    messageId: str(message.message_id) ?? '',
    chatId: str(message.chat_id) ?? '',
    chatType: str(message.chat_type) ?? '',
    msgType,
    text,
    content,
    mentions,
    mentionsBot: mentions.some((m) => m.isBot),
    mentionsAll: scope.all,
    resources,
  }
  const optional: Json = {
    rootId: message.root_id,
    parentId: message.parent_id,
    threadId: message.thread_id,
    senderOpenId: obj(sender?.sender_id)?.open_id ?? (sender?.id_type === 'open_id' ? sender.id : undefined),
    senderType: sender?.sender_type,
  }
  for (const key in optional) if (str(optional[key])) Object.assign(result, { [key]: optional[key] })
  const created = Number(str(message.create_time))
  if (created > 0) result.createTime = created
  return [result, sender]
}

/**
 * The messages forwarded by `messageId`, fetched with `options.fetchMessage`, as nested quotes in time
 * order; `undefined` (so the summary stays) when there is no fetcher, it fails, or it gives nothing.
 */
async function expandForward(messageId: string, options: NormalizeOptions, resources: MessageResource[]) {
  if (!messageId || options.signal?.aborted) return undefined
  let data: unknown
  try {
    data = await options.fetchMessage?.(messageId, options.signal)
  } catch {
    return undefined
  }
  const items = Array.isArray(data) ? data : obj(data)?.items
  const max = Math.max(0, Math.min(options.maxForwarded ?? 50, 1_000))
  const when = (item: Json) => Number(item.create_time) || 0
  // In time order (a stable sort): each message's children are then quoted in time order.
  const list = (Array.isArray(items) ? items.slice(0, max * 2 + 1) : [])
    .flatMap<Json>((value) => obj(value) ?? [])
    .sort((a, b) => when(a) - when(b))
  let left = max
  const quote = (parentId: string, depth: number): string | undefined => {
    if (depth > MAX_FORWARD_DEPTH) return undefined
    const lines: string[] = []
    for (const child of list) {
      // Children name the message that forwarded them (`upper_message_id`); the top forward has none.
      if ((child.upper_message_id ?? (child.message_id === messageId ? undefined : messageId)) !== parentId) continue
      if (left-- <= 0) {
        lines.push('> …')
        break
      }
      const [m, sender] = read(child, options)
      const nested = m.msgType === 'merge_forward' ? quote(m.messageId, depth + 1) : undefined
      // A quoted message's resources are listed with its id; a nested forward's come from its own quotes.
      if (nested === undefined) for (const r of m.resources) resources.push({ ...r, messageId: m.messageId })
      const text = nested ?? m.text
      const name = oneLine(str(sender?.sender_name) ?? str(sender?.id) ?? 'unknown')
      lines.push(`> **${name}**: ${text.replace(/\n/g, '\n> ')}`)
    }
    // No children: `undefined`, so the summary stays.
    return lines[0] && lines.join('\n')
  }
  const body = quote(messageId, 0)
  return body && `[forwarded messages]\n${body}`
}

/**
 * Normalizes a received message into ids, mentions, resources and a readable markdown `text`.
 *
 * Takes the `im.message.receive_v1` event (the sender is read from it), the event's `message` alone,
 * or an item of `getMessage` / `listMessage`. Never rejects: odd input gives placeholders, and a failing
 * `options.fetchMessage` gives the summary of a forward.
 *
 * @param input The event, its `message`, or a `getMessage` / `listMessage` item.
 * @param options `botOpenId` (its mention is removed from `text`), `fetchMessage` (expands forwards),
 *   `maxForwarded`, `signal`.
 * @returns The normalized message.
 * @example
 * handlers: {
 *   'im.message.receive_v1': async ({ event }) => {
 *     const message = await normalizeMessage(event, {
 *       botOpenId: env.BOT_OPEN_ID,
 *       fetchMessage: (id, signal) => getMessage(ctx, { path: { message_id: id } }, { signal }),
 *     })
 *     if (message.chatType === 'p2p' || message.mentionsBot) await answer(message.chatId, message.text)
 *   },
 * }
 */
export async function normalizeMessage(input: MessageInput, options: NormalizeOptions = {}): Promise<NormalizedMessage> {
  const [result] = read(input, options)
  if (result.msgType === 'merge_forward') result.text = (await expandForward(result.messageId, options, result.resources)) || result.text
  return result
}
