/**
 * Group custom bots: `POST /open-apis/bot/v2/hook/:token`, no access token. A bot is added with
 * `fake.addCustomBot`; each post is checked as the platform does, in this order, and answered with
 * HTTP 200 and the platform's codes:
 *
 * - an unknown token: 19001;
 * - a body that is not a JSON object, or over 20 KB: 9499 `Bad Request`;
 * - a bot with a secret: `timestamp` more than an hour off the fake clock, or a `sign` that is not
 *   base64(HMAC-SHA256(key `"<timestamp>\n<secret>"`, empty message)): 19021;
 * - at most 5 posts a second and 100 a minute per bot, counted in real time: 11232;
 * - `msg_type` other than text, post, image, share_chat, interactive, or content not of its shape
 *   (`{text}`, `{post:{<locale>:{content}}}`, `{image_key}`, `{share_chat_id}`, a `card` object): 9499;
 * - a bot with keywords: none of them in the content: 19024.
 *
 * A post that passes is stored in the bot's chat (so `fake.messages` and the message routes show
 * it; its sender is the bot, `sender_type` `app`) and in `fake.customBotMessages(token)`. Success
 * answers `{ code: 0, msg: 'success', data: {} }` plus the older `StatusCode` / `StatusMessage`.
 *
 * @see https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot
 * @module
 */
import { signWebhook } from '../../bot/webhook.ts'
import { asRecord } from '../body.ts'
import { addChat, perWorld, type ApiEnv, type StatefulRoute } from '../api/world.ts'
import { randomHex } from '../ids.ts'
import { fakeJson } from '../reply.ts'
import type { RouteContext } from '../types.ts'
import { storeMessage } from './im-send.ts'

/** Path of a custom bot's webhook on the fake (and the platform). */
export const CUSTOM_BOT_PATH = '/open-apis/bot/v2/hook'

const MAX_BODY = 20 * 1024
const SKEW_SECONDS = 3600
const PER_SECOND = 5
const PER_MINUTE = 100
const MSG_TYPES = ['text', 'post', 'image', 'share_chat', 'interactive']

/** What `fake.addCustomBot` takes. */
export interface FakeCustomBotInput {
  /**
   * The chat the bot posts to; a chat with this id is added when the fake has none (default: a new
   * chat). A chat added here has the fake's first app's bot in it, as `seedChats` does.
   */
  readonly chatId?: string
  /** Turns signature verification on. */
  readonly secret?: string
  /** Turns the keyword check on: a message must contain one of them. */
  readonly keywords?: readonly string[]
  /** The bot's name (default `Custom Bot`). */
  readonly name?: string
}

/** A custom bot on the fake. */
export interface FakeCustomBot {
  readonly token: string
  /** The bot's id, the `sender.id` of its messages. */
  readonly botId: string
  readonly name: string
  readonly chatId: string
  readonly secret: string | undefined
  readonly keywords: readonly string[]
  /** The webhook URL on a fake served at `base` (e.g. `server.url`). */
  url(base: string): string
}

/** One accepted post, as the bot's reader shows it. */
export interface FakeCustomBotMessage {
  /** The id of the message stored in the chat. */
  readonly message_id: string
  readonly chat_id: string
  readonly msg_type: string
  /** The body's `content` (for `interactive`, its `card`). */
  readonly content: Readonly<Record<string, unknown>>
  /** Whether the post carried `timestamp` and `sign`. */
  readonly signed: boolean
  /** Fake-clock milliseconds. */
  readonly create_time: number
}

/** What the custom bots add to a fake server. */
export interface FakeCustomBotKnobs {
  /** Adds a group custom bot; post to `bot.url(server.url)`. Bots are forgotten by `reset()`. */
  addCustomBot(input?: FakeCustomBotInput): FakeCustomBot
  /** The posts a bot accepted, oldest first (`[]` for an unknown token). */
  customBotMessages(token: string): FakeCustomBotMessage[]
}

interface Bot extends FakeCustomBot {
  readonly messages: FakeCustomBotMessage[]
  /** Real-time milliseconds of recent accepted posts, for the rate limit. */
  readonly recent: number[]
}

/** Bots per world: a new world (`reset()`) has none. */
const botsOf = perWorld(() => new Map<string, Bot>())

function answer(code: number, msg: string, httpStatus = 200): Response {
  return fakeJson(code === 0 ? { code, msg, data: {}, Extra: null, StatusCode: 0, StatusMessage: msg } : { code, msg, data: {} }, httpStatus)
}

const badRequest = () => answer(9499, 'Bad Request')

const nonEmpty = (value: unknown) => typeof value === 'string' && value !== ''

/** Whether `content` has the shape the webhook wants for `msgType`. */
function shaped(msgType: string, content: Record<string, unknown>): boolean {
  switch (msgType) {
    case 'text':
      return typeof content['text'] === 'string'
    case 'post': {
      const locales = Object.values(asRecord(content['post']) ?? {})
      return locales.length > 0 && locales.every((body) => Array.isArray(asRecord(body)?.['content']))
    }
    case 'image':
      return nonEmpty(content['image_key'])
    case 'share_chat':
      return nonEmpty(content['share_chat_id'])
    default:
      return true
  }
}

async function post(env: ApiEnv, context: RouteContext): Promise<Response> {
  const world = env.world()
  const bot = botsOf(world).get(context.params['token'] ?? '')
  if (bot === undefined) return answer(19001, 'param invalid: incoming webhook access token invalid')
  const size = (await context.request.arrayBuffer()).byteLength
  const body = asRecord(context.body)
  if (size > MAX_BODY || body === undefined) return badRequest()
  const now = env.state().now
  const { timestamp, sign } = body
  if (bot.secret !== undefined) {
    const ts = typeof timestamp === 'string' || typeof timestamp === 'number' ? String(timestamp) : ''
    const fresh = /^\d+$/.test(ts) && Math.abs(Number(ts) - now) <= SKEW_SECONDS
    if (!fresh || typeof sign !== 'string' || sign !== (await signWebhook(bot.secret, ts))) {
      return answer(19021, 'sign match fail or timestamp is not within one hour from current time')
    }
  }
  const clock = Date.now()
  while (bot.recent.length > 0 && clock - bot.recent[0]! >= 60_000) bot.recent.shift()
  const lastSecond = bot.recent.filter((t) => clock - t < 1000).length
  if (lastSecond >= PER_SECOND || bot.recent.length >= PER_MINUTE) return answer(11232, 'frequency limited')
  const msgType = body['msg_type']
  if (typeof msgType !== 'string' || !MSG_TYPES.includes(msgType)) return badRequest()
  const content = asRecord(msgType === 'interactive' ? body['card'] : body['content'])
  if (content === undefined || !shaped(msgType, content)) return badRequest()
  const text = JSON.stringify(content)
  if (bot.keywords.length > 0 && !bot.keywords.some((k) => text.includes(k))) return answer(19024, 'Key Words Not Found')
  bot.recent.push(clock)
  const sender = { id: bot.botId, id_type: 'app_id', sender_type: 'app', tenant_key: '' } as const
  const tenant = world.chats.find((c) => c.chat_id === bot.chatId)?.tenant_key ?? ''
  const stored = storeMessage(world, now, { msg_type: msgType, content: text, chat_id: bot.chatId, sender: { ...sender, tenant_key: tenant } })
  bot.messages.push(
    Object.freeze({
      message_id: stored.message_id,
      chat_id: bot.chatId,
      msg_type: msgType,
      content,
      signed: timestamp !== undefined && sign !== undefined,
      create_time: stored.create_time,
    }),
  )
  return answer(0, 'success')
}

/**
 * The webhook route; it takes no access token.
 *
 * @param env The fake's state and world.
 * @returns The route.
 */
export function customBotRoutes(env: ApiEnv): StatefulRoute[] {
  return [{ method: 'POST', path: `${CUSTOM_BOT_PATH}/:token`, tokens: [], handler: (context) => post(env, context) }]
}

/**
 * The knobs that add custom bots and read what they were sent.
 *
 * @param env The fake's state and world.
 * @returns `addCustomBot` and `customBotMessages`.
 */
export function customBotKnobs(env: ApiEnv): FakeCustomBotKnobs {
  return {
    addCustomBot(input = {}) {
      const world = env.world()
      const name = input.name ?? 'Custom Bot'
      const chat =
        world.chats.find((c) => c.chat_id === input.chatId) ??
        // Like seedChats, the fake's first app's bot is in the new chat, so its token can read the posts.
        addChat(world, { ...(input.chatId === undefined ? {} : { chat_id: input.chatId }), name: `${name} chat` }, env.state().apps.keys().next().value, env.state().now)
      const token = `${randomHex(4)}-${randomHex(2)}-${randomHex(2)}-${randomHex(2)}-${randomHex(6)}`
      const bot: Bot = {
        token,
        botId: `cli_${randomHex(8)}`,
        name,
        chatId: chat.chat_id,
        secret: input.secret,
        keywords: Object.freeze([...(input.keywords ?? [])]),
        url: (base) => `${base.replace(/\/+$/, '')}${CUSTOM_BOT_PATH}/${token}`,
        messages: [],
        recent: [],
      }
      botsOf(world).set(token, bot)
      const { messages: _m, recent: _r, ...view } = bot
      return Object.freeze(view)
    },
    customBotMessages(token) {
      return [...(botsOf(env.world()).get(token)?.messages ?? [])]
    },
  }
}
