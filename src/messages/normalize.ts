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
import { obj, parseContent, postParagraphs, str, type ParsedContent, type ReceivedPostElement } from './content.ts'

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

/** A downloadable part of the message (fetch it with `getMessageResource`). */
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
   * or its `items`. Without it a forward is summarised. A rejection also gives the summary.
   */
  fetchMessage?: (messageId: string) => Promise<unknown>
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
const MAX_CARD_DEPTH = 32
const MAX_FORWARD_DEPTH = 5

type Json = Record<string, unknown>

interface Rendered {
  text: string
  resources: MessageResource[]
  mentions: MessageMention[]
  mentionsBot: boolean
  mentionsAll: boolean
}

function readMentions(value: unknown, botOpenId: string | undefined): { list: MessageMention[]; all: boolean } {
  const list: MessageMention[] = []
  let all = false
  if (!Array.isArray(value)) return { list, all }
  for (const item of value.slice(0, MAX_MENTIONS)) {
    const m = obj(item)
    const key = str(m?.key)
    if (!m || !key) continue
    if (key === '@_all') {
      all = true
      continue
    }
    const mention: MessageMention = { key, name: str(m.name) ?? '', isBot: false }
    const ids = obj(m.id)
    const id = str(m.id)
    const openId = ids ? str(ids.open_id) : m.id_type === 'open_id' ? id : undefined
    const userId = ids ? str(ids.user_id) : m.id_type === 'user_id' ? id : undefined
    const unionId = ids ? str(ids.union_id) : m.id_type === 'union_id' ? id : undefined
    if (openId) mention.openId = openId
    if (userId) mention.userId = userId
    if (unionId) mention.unionId = unionId
    mention.isBot = botOpenId !== undefined && openId === botOpenId
    list.push(mention)
  }
  return { list, all }
}

/** A fence longer than any run of backticks in `text`. */
function fence(text: string): string {
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  return '`'.repeat(Math.max(3, longest + 1))
}

/** An ISO time for a millisecond string, or `undefined` when it is not one. */
function time(ms: string | undefined): string | undefined {
  if (ms === undefined || !/^\d{1,15}$/.test(ms)) return undefined
  return new Date(Number(ms)).toISOString().replace('.000Z', 'Z')
}

const STYLE_MARKS: Record<string, string> = { bold: '**', italic: '*', lineThrough: '~~' }

function styled(text: string, style: string[] | undefined): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)
  if (!style || !match || !match[2]) return text
  let core = match[2]
  for (const s of style) {
    const mark = STYLE_MARKS[s]
    if (mark) core = mark + core + mark
  }
  // Marks hug the words: `** x **` is not bold in markdown, so the spaces stay outside.
  return (match[1] ?? '') + core + (match[3] ?? '')
}

interface Scope {
  mentions: MessageMention[]
  resources: MessageResource[]
  all: boolean
}

function renderElement(el: ReceivedPostElement, scope: Scope): string {
  switch (el.tag) {
    case 'text':
      return styled(el.text, el.style)
    case 'a':
      if (!el.href) return el.text
      return `[${el.text || el.href}](${el.href})`
    case 'at': {
      if (el.userId === 'all' || el.userId === '@_all') {
        scope.all = true
        return '@_all'
      }
      if (el.userId.startsWith('@_')) return el.userId
      const known = scope.mentions.find((m) => m.openId === el.userId)
      return known ? known.key : `@${el.userName || el.userId}`
    }
    case 'img':
      if (!el.imageKey) return ''
      scope.resources.push({ type: 'image', key: el.imageKey })
      return `[image: ${el.imageKey}]`
    case 'media':
      if (!el.fileKey) return ''
      scope.resources.push({ type: 'media', key: el.fileKey })
      return `[video: ${el.fileKey}]`
    case 'emotion':
      return el.emojiType ? `:${el.emojiType}:` : ''
    case 'hr':
      // Blank lines around: `text\n---` would make `text` a heading.
      return '\n---\n'
    case 'code_block': {
      const f = fence(el.text)
      return `${f}${el.language ?? ''}\n${el.text}\n${f}`
    }
    case 'md':
      return el.text
    default:
      // Buttons in the simplified card form show as `[label]`, as in full cards.
      return el.text === undefined ? '' : el.rawTag === 'button' ? `[${el.text}]` : el.text
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

/** The visible text of a card: the simplified event form, or full card JSON 1.0 / 2.0. */
export function cardText(card: Json): string {
  const pieces: string[] = []
  const scope: Scope = { mentions: [], resources: [], all: false }
  const title = str(card.title)
  // The simplified form the platform delivers: `{ title, elements: [[inline elements]] }`.
  if (Array.isArray(card.elements) && card.elements.some(Array.isArray)) {
    return renderParagraphs(title ?? '', postParagraphs(card.elements), scope)
  }
  let budget = MAX_CARD_NODES
  const textOf = (value: unknown): string | undefined => {
    const o = obj(value)
    return o ? (str(o.content) ?? str(o.text)) : str(value)
  }
  const walk = (value: unknown, depth: number, out: string[]): void => {
    if (budget-- <= 0 || depth > MAX_CARD_DEPTH) return
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1, out)
      return
    }
    const node = obj(value)
    if (!node) return
    const tag = str(node.tag)
    if (tag === 'plain_text' || tag === 'lark_md' || tag === 'markdown' || tag === 'md') {
      const content = str(node.content)
      if (content) out.push(content)
      return
    }
    if (tag === 'button') {
      const label = textOf(node.text)
      if (label) out.push(`[${label}]`)
      return
    }
    if (tag === 'hr') {
      out.push('\n---\n')
      return
    }
    if (tag === 'action') {
      const labels: string[] = []
      walk(node.actions, depth + 1, labels)
      if (labels.length > 0) out.push(labels.join(' '))
      return
    }
    for (const key of ['header', 'title', 'subtitle', 'text', 'fields', 'elements', 'columns', 'actions', 'extra']) {
      if (key in node) walk(node[key], depth + 1, out)
    }
  }
  const header = obj(card.header)
  if (header) {
    const heading = textOf(header.title)
    if (heading) pieces.push(`# ${heading}`)
    const sub = textOf(header.subtitle)
    if (sub) pieces.push(sub)
  } else if (title) pieces.push(`# ${title}`)
  const i18n = obj(card.i18n_elements)
  const firstLocale = i18n ? Object.values(i18n).find(Array.isArray) : undefined
  walk(obj(card.body)?.elements ?? card.elements ?? firstLocale, 0, pieces)
  return pieces.filter((piece, i) => piece !== pieces[i - 1]).join('\n')
}

const placeholder = (msgType: string) => `[${/^[a-z0-9_]{1,40}$/.test(msgType) ? msgType : 'message'}]`

/** The text and resources of one parsed content (merge_forward gives its summary here). */
function renderContent(content: ParsedContent, scope: Scope): string {
  const label = (kind: string, detail: string | undefined) => (detail ? `[${kind}: ${detail}]` : `[${kind}]`)
  switch (content.type) {
    case 'text':
      return content.text
    case 'post':
      return renderParagraphs(content.title, content.paragraphs, scope)
    case 'image':
      scope.resources.push({ type: 'image', key: content.imageKey })
      return label('image', content.imageKey)
    case 'file':
    case 'folder':
    case 'media': {
      const resource: MessageResource = { type: content.type, key: content.fileKey }
      if (content.fileName) resource.name = content.fileName
      scope.resources.push(resource)
      return label(content.type === 'media' ? 'video' : content.type, content.fileName ?? content.fileKey)
    }
    case 'audio':
      scope.resources.push({ type: 'audio', key: content.fileKey })
      return label('audio', content.duration === undefined ? undefined : `${Math.round(content.duration / 1000)}s`)
    case 'sticker':
      scope.resources.push({ type: 'sticker', key: content.fileKey })
      return '[sticker]'
    case 'interactive':
      return cardText(content.card) || '[card]'
    case 'share_chat':
      return label('shared chat', content.chatId)
    case 'share_user':
      return label('shared contact', content.userId)
    case 'system': {
      const filled = content.template.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
        const value = content.variables[name]
        return Array.isArray(value) ? value.join(', ') : (value ?? '')
      })
      return filled.trim() || '[system]'
    }
    case 'location': {
      const where = content.latitude && content.longitude ? `${content.latitude}, ${content.longitude}` : undefined
      return label('location', [content.name, where && `(${where})`].filter(Boolean).join(' ') || undefined)
    }
    case 'merge_forward':
      return '[merged and forwarded messages]'
    case 'todo': {
      const body = renderParagraphs('', content.paragraphs, scope)
      const due = time(content.dueTime)
      return [label('todo', content.title || undefined), body, due && `Due: ${due}`].filter(Boolean).join('\n')
    }
    case 'vote':
      return [label('vote', content.topic || undefined), ...content.options.map((o) => `- ${o}`)].join('\n')
    case 'hongbao':
      return label('red packet', content.text)
    case 'share_calendar_event':
    case 'calendar':
    case 'general_calendar': {
      const kind = { share_calendar_event: 'shared event', calendar: 'calendar invitation', general_calendar: 'calendar event' }[content.type]
      const start = time(content.startTime)
      const end = time(content.endTime)
      const when = start && (end ? `${start} – ${end}` : start)
      return label(kind, [content.summary, when].filter(Boolean).join(', ') || undefined)
    }
    case 'video_chat': {
      const start = time(content.startTime)
      return label('video meeting', [content.topic, start].filter(Boolean).join(', ') || undefined)
    }
    default:
      return placeholder(content.msgType)
  }
}

/** Placeholders → `@Name`; the bot's own mention (and one space after it) removed; `@_all` → `@all`. */
function resolveMentions(text: string, scope: Scope): string {
  const byKey = new Map(scope.mentions.map((m) => [m.key, m]))
  return text.replace(/@_[A-Za-z0-9_]+( ?)/g, (token: string, space: string) => {
    const key = token.slice(0, token.length - space.length)
    if (key === '@_all') {
      scope.all = true
      return `@all${space}`
    }
    const mention = byKey.get(key)
    if (!mention) return token
    if (mention.isBot) return ''
    return `@${mention.name || mention.openId || key.slice(2)}${space}`
  })
}

interface Fields {
  messageId: string
  chatId: string
  chatType: string
  msgType: string
  raw: unknown
  mentions: unknown
  sender: Json | undefined
  item: Json
}

/** The fields of any accepted input shape. */
function fields(input: unknown): Fields {
  const outer = obj(input) ?? {}
  const message = obj(outer.message) ?? outer
  const event = obj(outer.message) !== undefined
  const body = obj(message.body)
  return {
    messageId: str(message.message_id) ?? '',
    chatId: str(message.chat_id) ?? '',
    chatType: str(message.chat_type) ?? '',
    msgType: str(message.message_type) ?? str(message.msg_type) ?? '',
    raw: body ? body.content : message.content,
    mentions: message.mentions,
    sender: obj(event ? outer.sender : message.sender),
    item: message,
  }
}

/** Text, resources and mentions of one message, without expanding forwards. */
function render(f: Fields, options: NormalizeOptions): Rendered & { content: ParsedContent } {
  const { list, all } = readMentions(f.mentions, options.botOpenId)
  const scope: Scope = { mentions: list, resources: [], all }
  const content = parseContent(f.msgType, f.raw)
  const text = resolveMentions(renderContent(content, scope), scope).trim()
  return {
    text,
    content,
    resources: scope.resources,
    mentions: list,
    mentionsBot: list.some((m) => m.isBot),
    mentionsAll: scope.all,
  }
}

function senderName(sender: Json | undefined): string {
  return str(sender?.sender_name) ?? str(sender?.id) ?? str(obj(sender?.sender_id)?.open_id) ?? 'unknown'
}

/** The forwarded messages under `parentId`, as nested quotes; `undefined` when there are none. */
function renderForward(
  parentId: string,
  byParent: Map<string, Json[]>,
  options: NormalizeOptions,
  resources: MessageResource[],
  budget: { left: number },
  depth: number,
): string | undefined {
  const children = byParent.get(parentId)
  if (!children || children.length === 0 || depth > MAX_FORWARD_DEPTH) return undefined
  const lines: string[] = []
  for (const child of children) {
    if (budget.left-- <= 0) {
      lines.push('> …')
      break
    }
    const f = fields(child)
    let text: string
    if (f.msgType === 'merge_forward') {
      text = renderForward(f.messageId, byParent, options, resources, budget, depth + 1) ?? '[merged and forwarded messages]'
    } else {
      const r = render(f, options)
      for (const resource of r.resources) resources.push({ ...resource, messageId: f.messageId })
      text = r.text
    }
    const [first = '', ...rest] = text.split('\n')
    lines.push(`> **${senderName(f.sender)}**: ${first}`, ...rest.map((line) => `> ${line}`))
  }
  return lines.join('\n')
}

async function expandForward(messageId: string, options: NormalizeOptions, resources: MessageResource[]) {
  const fetchMessage = options.fetchMessage
  if (!fetchMessage || !messageId) return undefined
  let data: unknown
  try {
    data = await fetchMessage(messageId)
  } catch {
    return undefined
  }
  const items = Array.isArray(data) ? data : obj(data)?.items
  if (!Array.isArray(items)) return undefined
  const max = Math.max(0, Math.min(options.maxForwarded ?? 50, 1_000))
  const byParent = new Map<string, Json[]>()
  for (const value of items.slice(0, max * 2 + 1)) {
    const item = obj(value)
    if (!item) continue
    const upper = str(item.upper_message_id)
    if (!upper && item.message_id === messageId) continue
    const parent = upper ?? messageId
    const siblings = byParent.get(parent) ?? []
    siblings.push(item)
    byParent.set(parent, siblings)
  }
  const when = (item: Json) => Number(str(item.create_time) ?? 0) || 0
  for (const siblings of byParent.values()) siblings.sort((a, b) => when(a) - when(b))
  const body = renderForward(messageId, byParent, options, resources, { left: max }, 0)
  return body === undefined ? undefined : `[forwarded messages]\n${body}`
}

/**
 * Normalizes a received message: the `im.message.receive_v1` event (or its `message`; the sender is
 * read from the event) or an item of `getMessage` / `listMessage`. Never throws; a rejected
 * `options.fetchMessage` gives the summary of a forward.
 */
export async function normalizeMessage(input: MessageInput, options: NormalizeOptions = {}): Promise<NormalizedMessage> {
  const f = fields(input)
  const r = render(f, options)
  if (f.msgType === 'merge_forward') {
    const expanded = await expandForward(f.messageId, options, r.resources)
    if (expanded !== undefined) r.text = expanded
  }
  const result: NormalizedMessage = {
    messageId: f.messageId,
    chatId: f.chatId,
    chatType: f.chatType,
    msgType: f.msgType,
    text: r.text,
    content: r.content,
    mentions: r.mentions,
    mentionsBot: r.mentionsBot,
    mentionsAll: r.mentionsAll,
    resources: r.resources,
  }
  const rootId = str(f.item.root_id)
  const parentId = str(f.item.parent_id)
  const threadId = str(f.item.thread_id)
  if (rootId) result.rootId = rootId
  if (parentId) result.parentId = parentId
  if (threadId) result.threadId = threadId
  const sender = f.sender
  const senderOpenId = str(obj(sender?.sender_id)?.open_id) ?? (sender?.id_type === 'open_id' ? str(sender.id) : undefined)
  if (senderOpenId) result.senderOpenId = senderOpenId
  const senderType = str(sender?.sender_type)
  if (senderType) result.senderType = senderType
  const created = Number(str(f.item.create_time))
  if (Number.isFinite(created) && created > 0) result.createTime = created
  return result
}
