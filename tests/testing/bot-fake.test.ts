/**
 * The fake's side of bots: identity (`bot/v3/info`, flat), reactions with state, recall, and
 * `deliverMessage` over a real webhook dispatcher and a real long connection.
 */
import { WebSocket } from 'ws'
import { afterAll, describe, expect, it } from 'vitest'
import { createMessageReaction, deleteMessageReaction, listMessageReaction } from '../../src/api/im/v1/message.reaction.ts'
import { createMessage, deleteMessage, getMessage, replyMessage } from '../../src/api/im/v1/message.ts'
import { getBotInfo } from '../../src/bot/identity.ts'
import { createEventDispatcher } from '../../src/events/dispatcher.ts'
import { text } from '../../src/messages/builders.ts'
import { listen } from '../../src/node/index.ts'
import { buildMessageEvent, deliverMessage, FAKE_USER, type PushResult } from '../../src/testing/index.ts'
import { startLongConnection } from '../../src/ws/connection.ts'
import { startFake } from '../helpers.ts'
import { startFakeWs } from '../ws/setup.ts'

const served = await startFake()
const { fake } = served
const ctx = served.context()
afterAll(() => served.close())
const [chat] = fake.seedChats([{ name: 'bots', members: [FAKE_USER.open_id] }])
const chatId = chat!.chat_id

describe('the fake bot identity', () => {
  it('answers flat, with a stable open id per app and a name that can be set', async () => {
    const answer = await getBotInfo(ctx)
    expect(answer).toMatchObject({ code: 0, bot: { open_id: fake.bot().openId, app_name: 'Fake Bot', activate_status: 2 } })
    expect(answer).not.toHaveProperty('data')
    expect(fake.bot().openId).toMatch(/^ou_[0-9a-f]{32}$/)
    fake.setBotName('Helper')
    expect((await getBotInfo(ctx)).bot?.app_name).toBe('Helper')
    fake.setBotName('Fake Bot')
  })
})

describe('the fake reactions', () => {
  it('adds, lists and removes reactions, and keeps a log of both', async () => {
    const message = fake.receiveMessage({ chatId, text: 'react to me' })
    const path = { message_id: message.message_id }
    const added = await createMessageReaction(ctx, { path, body: { reaction_type: { emoji_type: 'Typing' } } })
    expect(added).toMatchObject({ reaction_type: { emoji_type: 'Typing' }, operator: { operator_type: 'app' } })
    await createMessageReaction(ctx, { path, body: { reaction_type: { emoji_type: 'THUMBSUP' } } })
    expect((await listMessageReaction(ctx, { path, query: { reaction_type: 'Typing' } })).items?.map((r) => r.reaction_id)).toEqual([added.reaction_id])
    await deleteMessageReaction(ctx, { path: { ...path, reaction_id: added.reaction_id! } })
    expect(fake.reactions(message.message_id).map((r) => r.reaction_type.emoji_type)).toEqual(['THUMBSUP'])
    expect(fake.reactionLog().filter((e) => e.messageId === message.message_id).map((e) => `${e.action} ${e.emojiType}`)).toEqual(['added Typing', 'added THUMBSUP', 'removed Typing'])
  })

  it('answers the platform codes for a bad type, an unknown message, an unknown or misplaced reaction', async () => {
    const message = fake.receiveMessage({ chatId, text: 'x' })
    const other = fake.receiveMessage({ chatId, text: 'y' })
    const path = { message_id: message.message_id }
    await expect(createMessageReaction(ctx, { path, body: { reaction_type: { emoji_type: ' ' } } })).rejects.toMatchObject({ code: 231001 })
    await expect(createMessageReaction(ctx, { path: { message_id: 'om_missing' }, body: { reaction_type: { emoji_type: 'OK' } } })).rejects.toMatchObject({ code: 231003 })
    await expect(deleteMessageReaction(ctx, { path: { ...path, reaction_id: 'rc_missing' } })).rejects.toMatchObject({ code: 231011 })
    const onOther = await createMessageReaction(ctx, { path: { message_id: other.message_id }, body: { reaction_type: { emoji_type: 'OK' } } })
    await expect(deleteMessageReaction(ctx, { path: { ...path, reaction_id: onOther.reaction_id! } })).rejects.toMatchObject({ code: 231010 })
  })
})

describe('the fake recall', () => {
  it('lets the sending app recall its message; then it reads deleted, and replies and reactions are refused', async () => {
    const sent = await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...text('oops') } })
    await deleteMessage(ctx, { path: { message_id: sent.message_id! } })
    expect((await getMessage(ctx, { path: { message_id: sent.message_id! } })).items?.[0]?.deleted).toBe(true)
    await expect(replyMessage(ctx, { path: { message_id: sent.message_id! }, body: text('re') })).rejects.toMatchObject({ code: 230011, msg: 'The message was withdrawn.' })
    await expect(createMessageReaction(ctx, { path: { message_id: sent.message_id! }, body: { reaction_type: { emoji_type: 'OK' } } })).rejects.toMatchObject({ code: 231003 })
  })

  it("refuses to recall a user's message (230026); fake.recall plays the user", async () => {
    const theirs = fake.receiveMessage({ chatId, text: 'mine' })
    await expect(deleteMessage(ctx, { path: { message_id: theirs.message_id } })).rejects.toMatchObject({ code: 230026 })
    expect(fake.recall(theirs.message_id)).toBe(true)
    expect(fake.messages.find((m) => m.message_id === theirs.message_id)?.deleted).toBe(true)
    expect(fake.recall('om_missing')).toBe(false)
  })
})

describe('deliverMessage', () => {
  const keys = { encryptKey: 'deliver-key', verificationToken: 'deliver-token' }

  it('stores the message from the user and delivers the event, mention included, to a webhook dispatcher', async () => {
    const seen: unknown[] = []
    const dispatch = createEventDispatcher({ ...keys, context: ctx, handlers: { 'im.message.receive_v1': ({ event }) => void seen.push(event) } })
    const bot = await listen(dispatch)
    try {
      const delivered = await deliverMessage(fake, { chatId, text: 'hi @bot there', mentionBot: true, to: { url: bot.url, ...keys } })
      expect((delivered.pushed as PushResult).delivered).toBe(true)
      const stored = fake.messages.find((m) => m.message_id === delivered.messageId)
      expect([stored?.sender.id, stored?.sender.sender_type]).toEqual([FAKE_USER.open_id, 'user'])
      expect(seen).toHaveLength(1)
      expect(seen[0]).toMatchObject({
        sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user' },
        message: { message_id: delivered.messageId, chat_id: chatId, chat_type: 'group', content: JSON.stringify({ text: 'hi @_user_1 there' }), mentions: [{ key: '@_user_1', id: { open_id: fake.bot().openId } }] },
      })
      // A reply to it works: the message is in the fake.
      expect((await replyMessage(ctx, { path: { message_id: delivered.messageId }, body: text('hello') })).parent_id).toBe(delivered.messageId)
    } finally {
      await bot.close()
    }
  })

  it('delivers over the fake long connection', async () => {
    const env = await startFakeWs()
    const wsCtx = env.context()
    const seen: string[] = []
    const connection = await startLongConnection(wsCtx, { WebSocket: WebSocket as never, handlers: { 'im.message.receive_v1': ({ event }) => void seen.push(event.message.content) } })
    try {
      const [dm] = env.fake.seedChats([{ name: 'dm', chat_mode: 'p2p', members: [FAKE_USER.open_id] }])
      const delivered = await deliverMessage(env.fake, { chatId: dm!.chat_id, text: 'over the socket', to: { longConnection: env.fakeWs } })
      expect((await (delivered.pushed as { acked: Promise<{ code: number }> }).acked).code).toBe(200)
      expect(seen).toEqual([JSON.stringify({ text: 'over the socket' })])
      expect((delivered.event['event'] as { message: { chat_type: string } }).message.chat_type).toBe('p2p')
    } finally {
      await connection.close()
      await env.close()
    }
  })

  it('buildMessageEvent: an earlier message again under a new event id stores nothing; an unknown one is refused', () => {
    const first = buildMessageEvent(fake, { chatId, text: 'once', verificationToken: keys.verificationToken })
    const count = fake.messages.length
    const again = buildMessageEvent(fake, { chatId, text: 'once', messageId: first.messageId })
    expect(fake.messages.length).toBe(count)
    expect([again.messageId, again.eventId === first.eventId]).toEqual([first.messageId, false])
    expect((first.event['header'] as { token: string }).token).toBe(keys.verificationToken)
    expect(() => buildMessageEvent(fake, { chatId, text: 'x', messageId: 'om_missing' })).toThrow(/no message om_missing/)
  })

  it('refuses an unknown chat before anything is sent', async () => {
    await expect(deliverMessage(fake, { chatId: 'oc_missing', text: 'x', to: { url: 'http://127.0.0.1:9/' } })).rejects.toThrow(/no chat oc_missing/)
  })
})
