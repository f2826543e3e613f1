/**
 * Message builders: each returns `{ msg_type, content }`, the `content` being the exact JSON text the
 * platform wants for that message type, ready to spread into the body of `createMessage`,
 * `replyMessage` or `updateMessage`:
 *
 * ```ts
 * await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...text(`hi ${at(openId)}`) } })
 * ```
 *
 * Pure functions, no I/O, no `node:*`. Keys that must not be empty are checked; a bad one throws a
 * {@link LarkValidationError} that names the content field (`image_key`, `file_key`, …).
 *
 * @module
 */
import type { CreateMessageInput } from '../api/im/v1/message.ts'
import { createLarkValidationError, type LarkValidationError } from '../core/errors.ts'
import { obj } from './content.ts'

/**
 * The `msg_type` values the send and reply endpoints take: the catalog's union on `createMessage`
 * (codegen writes it from `catalog/overrides.json`), so the builders and the endpoints cannot drift.
 */
export type SendMsgType = CreateMessageInput['body']['msg_type']

/** A built message: spread it into a send, reply or edit body. */
export interface OutgoingMessage<T extends SendMsgType = SendMsgType> {
  readonly msg_type: T
  /** The content as JSON text. */
  readonly content: string
}

export type { LarkValidationError }

// ---------------------------------------------------------------------------------------------
// Post (rich text) elements

/** Text styles a post's `text`, `a` and `at` elements take. */
export type PostStyle = 'bold' | 'underline' | 'lineThrough' | 'italic'

export interface PostText {
  readonly tag: 'text'
  readonly text: string
  /** `true`: HTML entities in `text` are decoded. */
  readonly un_escape?: boolean
  readonly style?: readonly PostStyle[]
}
export interface PostLink {
  readonly tag: 'a'
  readonly text: string
  readonly href: string
  readonly style?: readonly PostStyle[]
}
export interface PostAt {
  readonly tag: 'at'
  /** An open_id, or `all` for everyone. */
  readonly user_id: string
  readonly style?: readonly PostStyle[]
}
export interface PostImage {
  readonly tag: 'img'
  readonly image_key: string
}
export interface PostMedia {
  readonly tag: 'media'
  readonly file_key: string
  /** Cover image. */
  readonly image_key?: string
}
export interface PostEmotion {
  readonly tag: 'emotion'
  /** An emoji key such as `SMILE`. */
  readonly emoji_type: string
}
export interface PostRule {
  readonly tag: 'hr'
}
export interface PostCodeBlock {
  readonly tag: 'code_block'
  readonly language?: string
  readonly text: string
}
export interface PostMarkdown {
  readonly tag: 'md'
  readonly text: string
}

/** One element of a post paragraph. */
export type PostElement = PostText | PostLink | PostAt | PostImage | PostMedia | PostEmotion | PostRule | PostCodeBlock | PostMarkdown

/** A post in one language: a title and paragraphs, each paragraph a row of elements. */
export interface PostBody {
  readonly title?: string
  readonly content: ReadonlyArray<ReadonlyArray<PostElement>>
}

/** Post locales the platform documents; others (`zh_hk`, …) are accepted as keys too. */
export type PostLocale = 'zh_cn' | 'en_us' | 'ja_jp'

/** A post keyed by locale: `{ zh_cn: { title, content } }`. At least one locale. */
export type LocalizedPost = { readonly [L in PostLocale]?: PostBody } & { readonly [locale: string]: PostBody | undefined }

// ---------------------------------------------------------------------------------------------
// Cards

/** Card JSON (1.0: `header` / `elements`; 2.0: `schema: '2.0'`, `header` / `body`). Sent as given. */
export interface CardJson {
  readonly schema?: string
  readonly config?: Readonly<Record<string, unknown>>
  readonly header?: Readonly<Record<string, unknown>>
  readonly elements?: ReadonlyArray<unknown>
  readonly i18n_elements?: Readonly<Record<string, ReadonlyArray<unknown>>>
  readonly body?: Readonly<Record<string, unknown>>
  readonly [key: string]: unknown
}

// ---------------------------------------------------------------------------------------------
// Checks and the one place a message is made. The builder name goes into the error (`messages.image`);
// it defaults to the message type, which is the builder's name for most of them.

// Strings several builders use, named once so that the bundle holds them once.
const FILE_KEY = 'file_key'
const IMAGE_KEY = 'image_key'
const USER_ID = 'user_id'
const INTERACTIVE = 'interactive'
const CONTENT = 'content'

function fail(builder: string, field: string, message: string): never {
  throw createLarkValidationError(`messages.${builder}`, [{ path: field, message }])
}

/**
 * `value` if it is a non-blank string, else a validation error naming `field`. An `optional` key may
 * also be `undefined` (and is then left out of the JSON).
 */
function key(builder: string, field: string, value: unknown): string
function key(builder: string, field: string, value: unknown, optional: true): string | undefined
function key(builder: string, field: string, value: unknown, optional?: true): string | undefined {
  if (optional && value === undefined) return value
  if (typeof value !== 'string' || !value.trim()) fail(builder, field, 'must be a non-empty string')
  return value
}

/**
 * `{ msg_type, content }` with `content` as JSON text (a string is taken to be JSON text already).
 * `JSON.stringify` leaves out fields whose value is `undefined`, so optional fields need no branches.
 */
function build<T extends SendMsgType>(msg_type: T, content: unknown, builder: string = msg_type): OutgoingMessage<T> {
  try {
    return { msg_type, content: typeof content === 'string' ? content : JSON.stringify(content) }
  } catch {
    // Cycles and BigInt values: caller-supplied objects (cards, template variables, posts).
    fail(builder, CONTENT, 'cannot be JSON (a cycle or a BigInt?)')
  }
}

/** The builder of a message whose content is one key: `{ [field]: value }`. */
function keyed<T extends SendMsgType>(msg_type: T, field: string, builder: string = msg_type): (value: string) => OutgoingMessage<T> {
  return (value) => build(msg_type, { [field]: key(builder, field, value) })
}

/** A text message. Mentions go inline: {@link at}, {@link atAll}. */
export function text(s: string): OutgoingMessage<'text'> {
  // Built here, not with `build`, so that importing `text` alone pulls in nothing else.
  return { msg_type: 'text', content: JSON.stringify({ text: s }) }
}

/** A rich-text (post) message from one body per locale. */
export function post(localized: LocalizedPost): OutgoingMessage<'post'> {
  const locales = Object.keys(obj(localized) ?? {})
  if (!locales.length) fail('post', CONTENT, 'needs a locale (zh_cn, ...)')
  for (const locale of locales) {
    // A body that is not an object has no `content` array either.
    const paragraphs = localized[locale]?.content
    if (!Array.isArray(paragraphs) || !paragraphs.every(Array.isArray)) fail('post', `${locale}.content`, 'must be paragraphs (arrays)')
  }
  return build('post', localized)
}

/** A post whose only paragraph is one `md` element (the markdown Feishu renders in posts). */
export function markdown(md: string, options: { readonly title?: string; readonly locale?: string } = {}): OutgoingMessage<'post'> {
  return build('post', { [options.locale ?? 'zh_cn']: { title: options.title, content: [[{ tag: 'md', text: md }]] } })
}

/** An image message (`image_key` from uploading an image of type `message`). */
export const image: (imageKey: string) => OutgoingMessage<'image'> = /* @__PURE__ */ keyed('image', IMAGE_KEY)

/** A file message (`file_key` from uploading a file). */
export const file: (fileKey: string) => OutgoingMessage<'file'> = /* @__PURE__ */ keyed('file', FILE_KEY)

/** A voice message (`file_key` of an uploaded `opus` file). */
export const audio: (fileKey: string) => OutgoingMessage<'audio'> = /* @__PURE__ */ keyed('audio', FILE_KEY)

/** A video message (`file_key` of an uploaded `mp4`), with an optional cover image. */
export function media(fileKey: string, imageKey?: string): OutgoingMessage<'media'> {
  return build('media', { file_key: key('media', FILE_KEY, fileKey), image_key: key('media', IMAGE_KEY, imageKey, true) })
}

/** A sticker message (the `file_key` of a sticker received earlier). */
export const sticker: (fileKey: string) => OutgoingMessage<'sticker'> = /* @__PURE__ */ keyed('sticker', FILE_KEY)

/** A group card: shares the chat `chatId`. */
export const shareChat: (chatId: string) => OutgoingMessage<'share_chat'> = /* @__PURE__ */ keyed('share_chat', 'chat_id', 'shareChat')

/** A user card: shares the user `userId` (an open_id). */
export const shareUser: (userId: string) => OutgoingMessage<'share_user'> = /* @__PURE__ */ keyed('share_user', USER_ID, 'shareUser')

/** A card message from card JSON (an object, or its JSON text, which is sent unchanged). */
export function card(cardJson: CardJson | string): OutgoingMessage<'interactive'> {
  let value: unknown = cardJson
  if (typeof cardJson === 'string') {
    try {
      value = JSON.parse(cardJson)
    } catch {
      // Not JSON: `value` stays a string, refused below.
    }
  }
  if (!obj(value)) fail('card', CONTENT, 'must be a JSON object')
  return build(INTERACTIVE, cardJson, 'card')
}

/** A card message from a card entity (`card_id`, made with the card kit). */
export function cardRef(cardId: string): OutgoingMessage<'interactive'> {
  return build(INTERACTIVE, { type: 'card', data: { card_id: key('cardRef', 'card_id', cardId) } })
}

/** A card message from a published card template, with its variables and version. */
export function template(
  templateId: string,
  variables?: Readonly<Record<string, unknown>>,
  version?: string,
): OutgoingMessage<'interactive'> {
  // The builder, the content's `type` and the error's endpoint (`messages.template`) share one name.
  const name = 'template'
  const data = {
    template_id: key(name, 'template_id', templateId),
    template_variable: variables,
    template_version_name: key(name, 'template_version_name', version, true),
  }
  return build(INTERACTIVE, { type: name, data }, name)
}

/**
 * A mention inside a text message: `<at user_id="ou_…">name</at>`. The platform shows the user's
 * own name; `name` is what clients without it show. `<` and `>` are dropped from `name`, so it cannot
 * close the tag or open another mention.
 */
export function at(openId: string, name?: string): string {
  if (/[\s"<>]/.test(key('at', USER_ID, openId))) fail('at', USER_ID, 'must have no spaces, quotes, < or >')
  return `<at user_id="${openId}">${(name ?? '').replace(/[<>]/g, '')}</at>`
}

/** A mention of everyone in the chat, inside a text message. */
export function atAll(): string {
  return at('all')
}
