/**
 * `createReply` alone against the fake on loopback, and the bot's other events (card actions,
 * reactions, bot added) and bounds (queue full, old messages) through `bot.fetch`.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { createMessage, replyMessage } from '../../src/api/im/v1/message.ts'
import { createBot, createReply, isReplyTargetGone } from '../../src/bot/index.ts'
import { createLarkApiError } from '../../src/core/errors.ts'
import { text } from '../../src/messages/builders.ts'
import { normalizeMessage } from '../../src/messages/normalize.ts'
import { buildV2Event, createEventDelivery, FAKE_APP_ID, FAKE_USER } from '../../src/testing/index.ts'
import { captureLogger, startFake } from '../helpers.ts'
import { KEYS } from './harness.ts'

const served = await startFake()
const { fake } = served
afterAll(() => served.close())
const ctx = served.context()
const [chat] = fake.seedChats([{ name: 'replies', members: [FAKE_USER.open_id] }])
const chatId = chat!.chat_id

async function received(content = 'question', inThread = false) {
  const sent = await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...text(content) } })
  if (!inThread) return normalizeMessage(sent)
  // A message in a thread: a reply made in thread to the first one.
  const threaded = await replyMessage(ctx, { path: { message_id: sent.message_id! }, body: { ...text(content), reply_in_thread: true } })
  return normalizeMessage(threaded)
}

async function* words(...parts: string[]) {
  for (const part of parts) yield part
}

describe('createReply', () => {
  it('text, markdown, card and send: each lands where it should, markdown split past 8,000 characters', async () => {
    const message = await received()
    const reply = createReply(ctx, message)
    const textId = await reply.text('plain')
    const mdIds = await reply.markdown(`${'word '.repeat(2000)}\n\n${'more '.repeat(1000)}`, { title: 'Long' })
    const cardId = await reply.card({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'a card' }] } })
    const sentId = await reply.send({ openId: FAKE_USER.open_id }, text('to you'))
    const byId = (id: string) => fake.messages.find((m) => m.message_id === id)!
    expect([textId, ...mdIds, cardId].map((id) => byId(id).parent_id)).toEqual(Array(2 + mdIds.length).fill(message.messageId))
    expect(mdIds.length).toBe(2)
    for (const id of mdIds) expect(JSON.parse(byId(id).content).title ?? JSON.parse(byId(id).content).zh_cn?.title).toBe('Long')
    expect(byId(cardId).msg_type).toBe('interactive')
    expect([byId(sentId).parent_id, byId(sentId).msg_type, JSON.parse(byId(sentId).content)]).toEqual([undefined, 'text', { text: 'to you' }])
    // Every call carried its own uuid.
    const uuids = fake.requests.filter((r) => r.method === 'POST' && /\/messages/.test(r.path)).map((r) => (r.body as { uuid?: string }).uuid)
    expect(new Set(uuids.filter(Boolean)).size).toBe(uuids.filter(Boolean).length)
  })

  it('replies in the thread when the message is in one, streamed answers included', async () => {
    const message = await received('in a thread', true)
    expect(message.threadId).toBeTruthy()
    const reply = createReply(ctx, message)
    const id = await reply.text('answer in thread')
    const streamed = await reply.stream(words('streamed ', 'in ', 'thread'))
    const inThread = (mid: string) => fake.messages.find((m) => m.message_id === mid)?.thread_id
    expect([inThread(id), inThread(streamed.messageId)]).toEqual([message.threadId, message.threadId])
    expect(fake.card(streamed.cardId)?.content()).toBe('streamed in thread')
  })

  it('a stream whose target is gone goes to the chat, and the source is read once', async () => {
    const logger = captureLogger()
    const quiet = served.context({ logger, logLevel: 'warn' })
    const message = await received()
    fake.fault({ kind: 'status', path: /\/reply$/, status: 400, body: { code: 230011, msg: 'The message was withdrawn.' } })
    let reads = 0
    async function* source() {
      reads++
      yield 'the answer'
    }
    const result = await createReply(quiet, message).stream(source())
    expect(reads).toBe(1)
    const sent = fake.messages.find((m) => m.message_id === result.messageId)!
    expect([sent.chat_id, sent.parent_id]).toEqual([chatId, undefined])
    expect(fake.card(result.cardId)?.content()).toBe('the answer')
    expect(logger.lines.join('\n')).toMatch(/streaming into a new message in the chat/)
  })

  it('a reaction on the message', async () => {
    const message = await received()
    const id = await createReply(ctx, message).react('THUMBSUP')
    expect(id).toMatch(/\S/)
    const call = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith(`/${message.messageId}/reactions`))
    expect(call?.body).toEqual({ reaction_type: { emoji_type: 'THUMBSUP' } })
  })

  it('other errors are not swallowed by the fallbacks', async () => {
    const message = await received()
    fake.fault({ kind: 'status', path: /\/reply$/, status: 400, body: { code: 230002, msg: 'Bot/User can NOT be out of the chat.' } })
    await expect(createReply(ctx, message).text('x')).rejects.toMatchObject({ name: 'LarkApiError', code: 230002 })
  })

  it('isReplyTargetGone reads the codes and the platform wording', () => {
    const api = (code: number, msg = 'x') => createLarkApiError({ endpoint: 'im.v1.message.reply', code, msg, logId: undefined, httpStatus: 400, detail: undefined })
    expect([230011, 230017, 230020, 230002].map((c) => isReplyTargetGone(api(c)))).toEqual([true, true, true, false])
    expect(isReplyTargetGone(api(231000, 'The message was withdrawn.'))).toBe(true)
    expect(isReplyTargetGone(new Error('withdrawn'))).toBe(false)
  })
})

describe('createBot events and bounds over bot.fetch', () => {
  const deliver = async (bot: ReturnType<typeof createBot>, type: string, event: Record<string, unknown>) => {
    const delivery = await createEventDelivery({ url: 'https://bot.test/', event: buildV2Event(type, event, { appId: FAKE_APP_ID, token: KEYS.verificationToken }), ...KEYS })
    const response = await bot.fetch(delivery)
    return { status: response.status, body: await response.text() }
  }
  const receive = (messageId: string, over: Record<string, unknown> = {}) => ({
    sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user', tenant_key: FAKE_USER.tenant_key },
    message: { message_id: messageId, chat_id: chatId, chat_type: 'p2p', message_type: 'text', content: '{"text":"hi"}', create_time: String(Date.now()), ...over },
  })

  it('card actions answer with what onCardAction returns; reactions by apps are skipped; bot added is passed on', async () => {
    const reactions: string[] = []
    const added: string[] = []
    const bot = createBot({
      context: ctx,
      ...KEYS,
      botOpenId: 'ou_bot',
      onMessage: () => {},
      onCardAction: (event) => ({ toast: { type: 'success', content: `clicked ${String(event.event.action?.value)}` } }),
      onReaction: (event) => void reactions.push(event.event.reaction_type?.emoji_type ?? ''),
      onBotAdded: (event) => void added.push(event.event.chat_id ?? ''),
    })
    const card = await deliver(bot, 'card.action.trigger', { operator: { open_id: FAKE_USER.open_id }, action: { tag: 'button', value: 'yes' } })
    expect(card).toEqual({ status: 200, body: JSON.stringify({ toast: { type: 'success', content: 'clicked yes' } }) })
    await deliver(bot, 'im.message.reaction.created_v1', { message_id: 'om_1', reaction_type: { emoji_type: 'Typing' }, operator_type: 'app', user_id: {} })
    await deliver(bot, 'im.message.reaction.created_v1', { message_id: 'om_1', reaction_type: { emoji_type: 'SMILE' }, operator_type: 'user', user_id: { open_id: FAKE_USER.open_id } })
    await deliver(bot, 'im.chat.member.bot.added_v1', { chat_id: 'oc_new', operator_id: { open_id: FAKE_USER.open_id } })
    expect(reactions).toEqual(['SMILE'])
    expect(added).toEqual(['oc_new'])
  })

  it('drops messages older than the policy allows, and refuses past a full chat queue', async () => {
    const reasons: string[] = []
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    let handled = 0
    const bot = createBot({
      context: ctx,
      ...KEYS,
      botOpenId: 'ou_bot',
      policy: { maxAge: 60_000 },
      queue: { orderWindow: 0, maxPerChat: 2 },
      onMessage: async () => {
        handled++
        await gate
      },
      onReject: (_m, reason) => void reasons.push(reason),
      webhook: { ackAfter: 20 },
    })
    await deliver(bot, 'im.message.receive_v1', receive('om_old', { create_time: String(Date.now() - 120_000) }))
    // One runs, two wait, the fourth finds the chat full.
    for (const id of ['om_q1', 'om_q2', 'om_q3', 'om_q4']) expect((await deliver(bot, 'im.message.receive_v1', receive(id))).status).toBe(200)
    // Acknowledged at 20 ms: the de-dup claims (100 ms settle on a shared store) finish after that.
    while (reasons.length < 2) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(reasons).toEqual(['too-old', 'queue-full'])
    open()
    await bot.idle()
    expect(handled).toBe(3)
  })

  it('a bot whose identity cannot be had answers the delivery with a failure, so the platform delivers it again', async () => {
    const logger = captureLogger()
    const unknown = createBot({ context: served.context({ logger, logLevel: 'error', retry: false }), ...KEYS, onMessage: () => {} })
    fake.fault({ kind: 'status', path: /\/bot\/v3\/info/, status: 503, times: 1 })
    const failed = await deliver(unknown, 'im.message.receive_v1', receive('om_identity'))
    expect(failed.status).toBe(500)
  })
})
