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
import { buildMessageEvent, createEventDelivery, pushEvent, type FakeFeishu } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'
import { startFakeWs } from '../ws/setup.ts'

export type Transport = 'webhook' | 'ws'
export const TRANSPORTS: readonly Transport[] = ['webhook', 'ws']
export const KEYS = { encryptKey: 'bot-encrypt-key', verificationToken: 'bot-verification-token' }

/** What a test asks for a message: text, where, whether it mentions the bot, when it was sent. */
export interface Ask {
  readonly chatId: string
  readonly text: string
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
  /** Makes the message in the fake (so a reply to it works) and delivers its receive event (`buildMessageEvent`). */
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
    const { messageId, eventId, event } = buildMessageEvent(fake, {
      chatId: input.chatId,
      text: input.text,
      mentionBot: input.mention,
      createTime: input.createTime,
      senderType: input.senderType,
      eventId: input.eventId,
      messageId: input.messageId,
      verificationToken: KEYS.verificationToken,
    })
    const delivery = fakeWs ? undefined : await createEventDelivery({ url, event, ...KEYS })
    const deliver = async (): Promise<Delivered> => {
      const started = Date.now()
      if (fakeWs) {
        const ack = await fakeWs.push(event).acked
        return { messageId, eventId, status: ack.code, ms: Date.now() - started }
      }
      const pushed = await pushEvent(url, delivery!, { retries: 0, timeout: 10_000 })
      return { messageId, eventId, status: pushed.attempts[0]?.status ?? 0, ms: Date.now() - started }
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
