/**
 * `createBot` end to end over both transports against the fake on loopback: the policy, once-only
 * handling, per-chat order, chats in parallel, the 3 s acknowledgement, handler errors, fallbacks.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { BotOptions } from '../../src/bot/index.ts'
import type { NormalizedMessage } from '../../src/messages/normalize.ts'
import { FAKE_APP_ID, FAKE_USER } from '../../src/testing/index.ts'
import { captureLogger, startFake } from '../helpers.ts'
import { KEYS, repliesTo, startBot, TRANSPORTS, type Running, type Transport } from './harness.ts'

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

let running: Running | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

async function start(transport: Transport, options: Omit<BotOptions, 'context'>, logger?: ReturnType<typeof captureLogger>) {
  running = await startBot(transport, options, logger ? { logger, logLevel: 'debug' } : {})
  const [group, dm] = running.fake.seedChats([
    { name: 'Team', members: [FAKE_USER.open_id] },
    { name: 'DM', chat_mode: 'p2p', members: [FAKE_USER.open_id] },
  ])
  return { ...running, group: group!.chat_id, dm: dm!.chat_id }
}

describe.each(TRANSPORTS)('createBot over %s', (transport) => {
  it('group without a mention: not handled; with one: handled once, mention stripped, a reply to it; DM: handled', async () => {
    const handled: NormalizedMessage[] = []
    const rejected: [string, string][] = []
    const { ask, bot, fake, group, dm } = await start(transport, {
      onMessage: async (message, reply) => {
        handled.push(message)
        await reply.text(`echo: ${message.text}`)
      },
      onReject: (message, reason) => void rejected.push([message.text, reason]),
    })
    const quiet = await ask({ chatId: group, text: 'talking among ourselves' })
    const mentioned = await ask({ chatId: group, text: 'hello bot', mention: true })
    const direct = await ask({ chatId: dm, text: 'just us' })
    await bot.idle()
    expect([quiet.status, mentioned.status, direct.status]).toEqual([200, 200, 200])
    expect(rejected).toEqual([['talking among ourselves', 'not-mentioned']])
    expect(handled.map((m) => [m.text, m.mentionsBot])).toEqual([
      ['hello bot', true],
      ['just us', false],
    ])
    expect(repliesTo(fake, quiet.messageId)).toEqual([])
    expect(repliesTo(fake, mentioned.messageId)).toEqual([['text', { text: 'echo: hello bot' }]])
    expect(repliesTo(fake, direct.messageId)).toEqual([['text', { text: 'echo: just us' }]])
  })

  it('the same event twice, and the same message under a new event id: handled once', async () => {
    let runs = 0
    const { ask, bot, fake, group } = await start(transport, {
      onMessage: async (_message, reply) => {
        runs++
        await reply.text('once')
      },
    })
    const first = await ask({ chatId: group, text: 'hi', mention: true, eventId: 'evt_twice' })
    await bot.idle()
    const again = await ask({ chatId: group, text: 'hi', mention: true, eventId: 'evt_twice', messageId: first.messageId })
    const renamed = await ask({ chatId: group, text: 'hi', mention: true, messageId: first.messageId })
    await bot.idle()
    expect([first.status, again.status, renamed.status]).toEqual([200, 200, 200])
    expect(runs).toBe(1)
    expect(repliesTo(fake, first.messageId)).toHaveLength(1)
  })

  it('20 messages to one chat delivered at once, newest first, are handled one at a time in the order they were sent', async () => {
    const order: string[] = []
    let inside = 0
    let most = 0
    const { prepare, bot, group } = await start(transport, {
      onMessage: async (message) => {
        most = Math.max(most, ++inside)
        order.push(message.text)
        await pause(5)
        inside--
      },
      // Wider than the default 50 ms: all 20 deliveries must reach the bot within the window, on a
      // machine as loaded as CI's.
      queue: { orderWindow: 300 },
    })
    const base = Date.now()
    const texts = Array.from({ length: 20 }, (_, i) => `m${String(i).padStart(2, '0')}`)
    const prepared = await Promise.all(texts.map((t, i) => prepare({ chatId: group, text: t, mention: true, createTime: base + i })))
    await Promise.all(prepared.reverse().map((p) => p.deliver()))
    await bot.idle()
    expect(order).toEqual(texts)
    expect(most).toBe(1)
  })

  it('without an order window, the first delivery to arrive runs first', async () => {
    const order: string[] = []
    const { prepare, bot, group } = await start(transport, { onMessage: (message) => void order.push(message.text), queue: { orderWindow: 0 } })
    const base = Date.now()
    const [older, newer] = await Promise.all(['older', 'newer'].map((t, i) => prepare({ chatId: group, text: t, mention: true, createTime: base + i })))
    await newer!.deliver()
    await bot.idle()
    await older!.deliver()
    await bot.idle()
    expect(order).toEqual(['newer', 'older'])
  })

  it('20 chats at once are handled in parallel: all twenty handlers run at the same time', async () => {
    let inside = 0
    let most = 0
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const { ask, bot, fake } = await start(transport, {
      onMessage: async () => {
        most = Math.max(most, ++inside)
        if (most === 20) open()
        await gate
        inside--
      },
    })
    const chats = fake.seedChats(Array.from({ length: 20 }, (_, i) => ({ name: `c${i}`, members: [FAKE_USER.open_id] })))
    await Promise.all(chats.map((c) => ask({ chatId: c.chat_id, text: 'go', mention: true })))
    await gate
    await bot.idle()
    expect(most).toBe(20)
  })

  it('an error in onMessage is logged and passed to onError; the platform still gets its acknowledgement, and nothing runs it again', async () => {
    const logger = captureLogger()
    const errors: unknown[] = []
    let runs = 0
    const { ask, bot, group } = await start(
      transport,
      {
        onMessage: () => {
          runs++
          throw new Error('handler broke')
        },
        onError: (error) => void errors.push(error),
      },
      logger,
    )
    const first = await ask({ chatId: group, text: 'boom', mention: true, eventId: 'evt_boom' })
    await bot.idle()
    const again = await ask({ chatId: group, text: 'boom', mention: true, eventId: 'evt_boom', messageId: first.messageId })
    await bot.idle()
    expect([first.status, again.status]).toEqual([200, 200])
    expect(runs).toBe(1)
    expect(errors.map((e) => (e as Error).message)).toEqual(['handler broke'])
    expect(logger.lines.some((l) => l.startsWith('error [larkfn] bot: onMessage failed') && l.includes('handler broke'))).toBe(true)
    expect(logger.lines.join('\n')).not.toMatch(new RegExp(`${KEYS.encryptKey}|${KEYS.verificationToken}`))
  })

  it('a reply whose target was withdrawn goes to the chat as a new message, logged at warn', async () => {
    const logger = captureLogger()
    const { bot, fake, group } = await start(transport, { onMessage: (_m, reply) => reply.text('still here') }, logger)
    const { prepare } = running!
    const pending = await prepare({ chatId: group, text: 'q', mention: true })
    // The user recalls the message before the bot answers.
    fake.recall(fake.messages.at(-1)!.message_id)
    const asked = await pending.deliver()
    await bot.idle()
    expect(repliesTo(fake, asked.messageId)).toEqual([])
    const fresh = fake.messages.filter((m) => m.chat_id === group && m.content === JSON.stringify({ text: 'still here' }))
    expect(fresh.map((m) => m.parent_id)).toEqual([undefined])
    expect(logger.lines.filter((l) => l.startsWith('warn')).join('\n')).toMatch(/the message to reply to is gone/)
  })

  it('typing: a Typing reaction is on the message while the handler runs, and gone after', async () => {
    let during: string[] = []
    const { ask, bot, fake, group } = await start(transport, {
      typing: true,
      onMessage: async (message, reply) => {
        await pause(50)
        during = fake.reactions(message.messageId).map((r) => r.reaction_type.emoji_type)
        await reply.text('done typing')
      },
    })
    const asked = await ask({ chatId: group, text: 'q', mention: true })
    await bot.idle()
    expect(during).toEqual(['Typing'])
    expect(fake.reactions(asked.messageId)).toEqual([])
    expect(fake.reactionLog().map((e) => `${e.action} ${e.emojiType}`)).toEqual(['added Typing', 'removed Typing'])
    expect(repliesTo(fake, asked.messageId)).toEqual([['text', { text: 'done typing' }]])
  })

  it('typing: an indicator that cannot be added never fails the reply', async () => {
    const { ask, bot, fake, group } = await start(transport, { typing: true, onMessage: (_m, reply) => reply.text('answered anyway') })
    fake.fault({ kind: 'status', path: /\/reactions$/, status: 400, body: { code: 231002, msg: 'no permission to react' }, times: Infinity })
    const asked = await ask({ chatId: group, text: 'q', mention: true })
    await bot.idle()
    expect(repliesTo(fake, asked.messageId)).toEqual([['text', { text: 'answered anyway' }]])
  })

  it('a post refused as malformed is sent again as plain text, logged at warn', async () => {
    const logger = captureLogger()
    const { ask, bot, fake, group } = await start(transport, { onMessage: (_m, reply) => reply.markdown('**bold** answer') }, logger)
    fake.fault({ kind: 'status', path: /\/reply$/, status: 400, body: { code: 230001, msg: 'invalid post content' } })
    const asked = await ask({ chatId: group, text: 'q', mention: true })
    await bot.idle()
    expect(repliesTo(fake, asked.messageId)).toEqual([['text', { text: '**bold** answer' }]])
    expect(logger.lines.filter((l) => l.startsWith('warn')).join('\n')).toMatch(/refused the post as malformed/)
  })
})

describe('createBot over webhooks: the 3 s deadline', () => {
  it('a handler slower than 3 s is acknowledged within 3 s and its reply still goes out', async () => {
    const { ask, bot, fake, group } = await start('webhook', {
      onMessage: async (_m, reply) => {
        await pause(3300)
        await reply.text('late but here')
      },
    })
    const asked = await ask({ chatId: group, text: 'slow one', mention: true })
    expect(asked.status).toBe(200)
    expect(asked.ms).toBeLessThan(3000)
    expect(repliesTo(fake, asked.messageId)).toEqual([])
    await bot.idle()
    expect(repliesTo(fake, asked.messageId)).toEqual([['text', { text: 'late but here' }]])
  }, 15_000)

  it('an event re-pushed after the early acknowledgement, while its handler still runs, is not handled again', async () => {
    let runs = 0
    const { ask, bot, fake, group } = await start('webhook', {
      onMessage: async (_m, reply) => {
        runs++
        await pause(400)
        await reply.text('one answer')
      },
      webhook: { ackAfter: 50 },
    })
    const first = await ask({ chatId: group, text: 'q', mention: true, eventId: 'evt_early' })
    expect(first.ms).toBeLessThan(400)
    const repushed = await ask({ chatId: group, text: 'q', mention: true, eventId: 'evt_early', messageId: first.messageId })
    await bot.idle()
    expect([first.status, repushed.status, runs]).toEqual([200, 200, 1])
    expect(repliesTo(fake, first.messageId)).toHaveLength(1)
  })

  it('passes the unfinished handler to waitUntil after the early acknowledgement', async () => {
    const { bot, fake, group, ctx } = await start('webhook', {
      onMessage: async (_m, reply) => {
        await pause(300)
        await reply.text('after ack')
      },
      webhook: { ackAfter: 50 },
    })
    const { createMessage } = await import('../../src/api/im/v1/message.ts')
    const { text } = await import('../../src/messages/builders.ts')
    const { buildV2Event, createEventDelivery, FAKE_APP_ID } = await import('../../src/testing/index.ts')
    const sent = await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: group, ...text('q') } })
    const event = buildV2Event(
      'im.message.receive_v1',
      {
        sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user', tenant_key: FAKE_USER.tenant_key },
        message: { message_id: sent.message_id, chat_id: group, chat_type: 'p2p', message_type: 'text', content: '{"text":"q"}', create_time: String(Date.now()) },
      },
      { appId: FAKE_APP_ID, token: KEYS.verificationToken },
    )
    const kept: Promise<unknown>[] = []
    const response = await bot.fetch(await createEventDelivery({ url: 'https://bot.test/', event, ...KEYS }), { waitUntil: (p) => void kept.push(p) })
    expect(response.status).toBe(200)
    expect(kept).toHaveLength(1)
    expect(repliesTo(fake, sent.message_id!)).toEqual([])
    await Promise.all(kept)
    expect(repliesTo(fake, sent.message_id!)).toEqual([['text', { text: 'after ack' }]])
  })
})

describe('createBot identity', () => {
  it('two bots sharing a store ask the platform once; the mention of that open id is the bot\'s', async () => {
    const { createBot, botIdentityKey } = await import('../../src/bot/index.ts')
    const { createMemoryStore } = await import('../../src/core/token/memory-store.ts')
    const served = await startFake()
    try {
      const store = createMemoryStore()
      const one = createBot({ context: served.context({ tokenStore: store }), onMessage: () => {} })
      const two = createBot({ context: served.context({ tokenStore: store }), onMessage: () => {} })
      const [a, b] = [await one.identity(), await two.identity()]
      expect(a).toEqual({ openId: served.fake.bot().openId, appName: 'Fake Bot', activateStatus: 2 })
      expect(b).toEqual(a)
      expect(served.fake.requests.filter((r) => r.path === '/open-apis/bot/v3/info')).toHaveLength(1)
      expect(await store.get(botIdentityKey(FAKE_APP_ID))).toBeDefined()
    } finally {
      await served.close()
    }
  })
})

describe('createBot options', () => {
  it('refuses bad options with a typed error naming each field', async () => {
    const { createBot } = await import('../../src/bot/index.ts')
    const { createContext } = await import('../../src/core/context.ts')
    const context = createContext({ appId: 'cli_x', appSecret: 's' })
    expect(() => createBot({ context, onMessage: 'no' as never, policy: { chats: 'oc_1' as never, maxAge: -1 }, queue: { orderWindow: Infinity }, botOpenId: '' })).toThrow(
      expect.objectContaining({
        name: 'LarkValidationError',
        issues: [
          { path: 'onMessage', message: 'must be a function' },
          { path: 'botOpenId', message: 'must be a non-empty string' },
          { path: 'policy.chats', message: 'must be an array of strings' },
          { path: 'policy.maxAge', message: 'must be a number ≥ 0' },
          { path: 'queue.orderWindow', message: 'must be a finite number ≥ 0' },
        ],
      }),
    )
    expect(() => createBot({ context: {} as never, onMessage: () => {} })).toThrow(/createBot.*context/s)
  })
})
