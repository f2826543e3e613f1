/**
 * `larkfn/messages`: message content in and out, as pure functions (no I/O, no `node:*`).
 *
 * - Builders (`text`, `post`, `markdown`, `image`, `file`, `audio`, `media`, `sticker`, `shareChat`,
 *   `shareUser`, `card`, `cardRef`, `template`, with `at` / `atAll` for mentions) return
 *   `{ msg_type, content }`, ready to spread into `createMessage` / `replyMessage` bodies.
 * - `parseContent(msgType, content)` reads a received content string into a typed union;
 *   `normalizeMessage(message, options)` turns a received message (an `im.message.receive_v1` event,
 *   its `message`, or a `getMessage` / `listMessage` item) into ids, mentions, resources and a
 *   readable markdown `text` for people and LLMs.
 * - `splitMarkdown(text, limit)` cuts long markdown into chunks (code fences closed and reopened);
 *   `limitCardTables(md)` keeps a card's markdown within the platform's table limit.
 *
 * See docs/messages.md.
 *
 * @example
 * import { createMessage } from 'larkfn/im/v1'
 * import { at, normalizeMessage, text } from 'larkfn/messages'
 * await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...text(`${at(openId)} hi`) } })
 *
 * @module
 */
export {
  at,
  atAll,
  audio,
  card,
  cardRef,
  file,
  image,
  markdown,
  media,
  post,
  shareChat,
  shareUser,
  sticker,
  template,
  text,
} from './builders.ts'
export type {
  CardJson,
  LocalizedPost,
  OutgoingMessage,
  PostAt,
  PostBody,
  PostCodeBlock,
  PostElement,
  PostEmotion,
  PostImage,
  PostLink,
  PostLocale,
  PostMarkdown,
  PostMedia,
  PostRule,
  PostStyle,
  PostText,
  SendMsgType,
} from './builders.ts'
export { MAX_CONTENT_CHARS, MAX_CONTENT_DEPTH, MAX_POST_ELEMENTS, parseContent } from './content.ts'
export type { CalendarContent, ParsedContent, ReceivedMsgType, ReceivedPostElement } from './content.ts'
export { CARD_MARKDOWN_TABLE_LIMIT, limitCardTables, splitMarkdown, splitMarkdownChunks } from './markdown.ts'
export type { MarkdownChunk } from './markdown.ts'
export { cardText, MAX_CARD_DEPTH, MAX_CARD_NODES, MAX_MENTIONS, normalizeMessage } from './normalize.ts'
export type { MessageInput, MessageMention, MessageResource, NormalizedMessage, NormalizeOptions } from './normalize.ts'
