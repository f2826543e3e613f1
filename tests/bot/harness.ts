/**
 * One bot under test over either transport, against the fake on loopback: `webhook` serves
 * `bot.fetch` over real HTTP and delivers encrypted, signed events as the platform does; `ws` runs
 * `bot.connect` against the fake's long connection and pushes frames.
 */
import { WebSocket } from 'ws'
import { createBot, type Bot, type BotOptions } from '../../src/bot/index.ts'
import type { ContextOptions } from '../../src/core/context.ts'
import type { Context } from '../../src/core/types.ts'
import { listen } from '../../src/node/index.ts'
import { buildV2Event, createEventDelivery, FAKE_APP_ID, FAKE_USER, pushEvent, type FakeFeishu } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'
import { startFakeWs } from '../ws/setup.ts'

export type Transport = 'webhook' | 'ws'
export const TRANSPORTS: readonly Transport[] = ['webhook', 'ws']
export const KEYS = { encryptKey: 'bot-encrypt-key', verificationToken: 'bot-verification-token' }

/** What a test asks for a message: text, where, whether it mentions the bot, when it was sent. */
export interface Ask {
  readonly chatId: string
  readonly text: string
  readonly chatType?: 'group' | 'p2p'
  readonly mention?: boolean
  readonly createTime?: number
  readonly senderType?: 'user' | 'app'
  readonly eventId?: string
  /** An existing message id (the same message delivered again under a new event id). */
  readonly messageId?: string
}

export interface Delivered {
  readonly messageId: string
  readonly eventId: string
  /** Webhook: the HTTP status and milliseconds to the answer; ws: the ACK code and milliseconds to it. */
  readonly status: number
  readonly ms: number
}

export interface Running {
  readonly fake: FakeFeishu
  readonly ctx: Context
  readonly bot: Bot
  readonly botOpenId: string
  /** Makes the message in the fake (so a reply to it works) and delivers its receive event. */
  ask(input: Ask): Promise<Delivered>
  /** Makes the message and its event; `deliver()` sends it (to deliver several in another order). */
  prepare(input: Ask): Promise<{ deliver(): Promise<Delivered> }>
  close(): Promise<void>
}

/**
 * Starts the fake and a bot on `transport`.
 *
 * @param options The bot's options, without the context and keys.
 * @param contextOptions Extra context options (a logger, …).
 */
export async function startBot(transport: Transport, options: Omit<BotOptions, 'context'>, contextOptions: ContextOptions = {}): Promise<Running> {
  const served = transport === 'webhook' ? await startFake() : await startFakeWs()
  const fake = served.fake
  const ctx = served.context(contextOptions)
  const bot = createBot({ ...KEYS, ...options, context: ctx })
  const botOpenId = (await bot.identity()).openId
  let url = ''
  let stop: () => Promise<void>
  const fakeWs = transport === 'ws' ? (served as Awaited<ReturnType<typeof startFakeWs>>).fakeWs : undefined
  if (fakeWs) {
    const connection = await bot.connect({ WebSocket: WebSocket as never })
    stop = () => connection.close()
  } else {
    const listener = await listen((request) => bot.fetch(request))
    url = `${listener.url}/webhook`
    stop = () => listener.close()
  }

  async function prepare(input: Ask): Promise<{ deliver(): Promise<Delivered> }> {
    // A message from the user, as the platform keeps it (so a reply, a reaction, a recall of it work).
    const sent = input.messageId ? { message_id: input.messageId } : fake.receiveMessage({ chatId: input.chatId, text: input.text })
    const mentions = input.mention ? [{ key: '@_user_1', id: { open_id: botOpenId }, name: 'Bot', tenant_key: FAKE_USER.tenant_key }] : []
    const content = JSON.stringify({ text: input.mention ? `@_user_1 ${input.text}` : input.text })
    const event = buildV2Event(
      'im.message.receive_v1',
      {
        sender: { sender_id: { open_id: FAKE_USER.open_id, user_id: FAKE_USER.user_id, union_id: FAKE_USER.union_id }, sender_type: input.senderType ?? 'user', tenant_key: FAKE_USER.tenant_key },
        message: {
          message_id: sent.message_id,
          chat_id: input.chatId,
          chat_type: input.chatType ?? 'group',
          message_type: 'text',
          content,
          mentions,
          create_time: String(input.createTime ?? Date.now()),
        },
      },
      { appId: FAKE_APP_ID, tenantKey: FAKE_USER.tenant_key, token: KEYS.verificationToken, ...(input.eventId ? { eventId: input.eventId } : {}) },
    )
    const eventId = (event['header'] as { event_id: string }).event_id
    const delivery = fakeWs ? undefined : await createEventDelivery({ url, event, ...KEYS })
    const deliver = async (): Promise<Delivered> => {
      const started = Date.now()
      if (fakeWs) {
        const ack = await fakeWs.push(event).acked
        return { messageId: sent.message_id ?? '', eventId, status: ack.code, ms: Date.now() - started }
      }
      const pushed = await pushEvent(url, delivery!, { retries: 0, timeout: 10_000 })
      return { messageId: sent.message_id ?? '', eventId, status: pushed.attempts[0]?.status ?? 0, ms: Date.now() - started }
    }
    return { deliver }
  }

  const ask = async (input: Ask) => (await prepare(input)).deliver()

  return { fake, ctx, bot, botOpenId, ask, prepare, close: async () => (await stop(), await served.close()) }
}

/** Replies in the fake to `messageId`, as `[msg_type, content]`. */
export function repliesTo(fake: FakeFeishu, messageId: string): [string, unknown][] {
  return fake.messages.filter((m) => m.parent_id === messageId).map((m) => [m.msg_type, JSON.parse(m.content)])
}
