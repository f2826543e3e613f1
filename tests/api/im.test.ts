import { safeParse } from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import * as im from '../../src/api/im/v1/index.ts'
import * as schemas from '../../src/api/im/v1/schemas.ts'
import { isLarkApiError, isLarkValidationError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import type { Context } from '../../src/core/types.ts'
import { createFakeFeishu, FAKE_APP_ID, FAKE_TENANT_KEY, FAKE_USER, type FakeFeishu } from '../../src/testing/index.ts'
import { inProcessContext } from './helpers.ts'

let fake: FakeFeishu
let ctx: Context
let chatId: string

beforeEach(() => {
  fake = createFakeFeishu()
  ctx = inProcessContext(fake)
  fake.seedUsers([{ open_id: 'ou_ann', user_id: 'ann', name: 'Ann', email: 'Ann@Example.com' }])
  chatId = fake.seedChats([{ name: 'team', members: ['ou_ann'] }])[0]?.chat_id ?? ''
})

type MsgType = im.CreateMessageInput['body']['msg_type']
const text = (t: string) => ({ msg_type: 'text' as const, content: JSON.stringify({ text: t }) })
const toChat = (id: string, body: { msg_type: MsgType; content: string } = text('hi'), uuid?: string) =>
  im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: id, ...body, ...(uuid ? { uuid } : {}) } })

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e)
  return isLarkApiError(error) ? [error.code, error.httpStatus] : error
}

describe('im.v1.message.create', () => {
  it('stores a message sent by the bot to a chat and answers it in the catalog’s shape', async () => {
    const sent = await toChat(chatId)
    expect(safeParse(schemas.CreateMessageOutputSchema, sent).success).toBe(true)
    expect(sent).toMatchObject({
      message_id: expect.stringMatching(/^om_/),
      chat_id: chatId,
      msg_type: 'text',
      body: { content: '{"text":"hi"}' },
      sender: { id: FAKE_APP_ID, id_type: 'app_id', sender_type: 'app', tenant_key: FAKE_TENANT_KEY },
      create_time: String(fake.now() * 1000),
    })
    expect(fake.messages.map((m) => m.message_id)).toEqual([sent.message_id])
  })

  it('sends to a user through one p2p chat, by open_id, user_id or email', async () => {
    const send = (type: 'open_id' | 'user_id' | 'email', id: string) =>
      im.createMessage(ctx, { query: { receive_id_type: type }, body: { receive_id: id, ...text('dm') } })
    const chats = [await send('open_id', 'ou_ann'), await send('user_id', 'ann'), await send('email', 'ann@example.com')].map((m) => m.chat_id)
    expect(new Set(chats).size).toBe(1)
    expect(fake.chats.find((c) => c.chat_id === chats[0])).toMatchObject({ chat_mode: 'p2p', members: ['ou_ann'], bots: [FAKE_APP_ID] })
    expect(await failure(send('open_id', 'ou_nobody'))).toEqual([230013, 400])
  })

  it('checks the content: JSON object text (230001), size limits (230025)', async () => {
    expect(await failure(toChat(chatId, { msg_type: 'text', content: 'hi' }))).toEqual([230001, 400])
    // An unknown msg_type is refused before sending (the catalog's enum); the fake refuses it too.
    expect(isLarkValidationError(await failure(toChat(chatId, { msg_type: 'nope' as MsgType, content: '{}' })))).toBe(true)
    const raw = { method: 'POST', path: '/open-apis/im/v1/messages', query: { receive_id_type: 'chat_id' } } as const
    expect(await failure(request(ctx, { ...raw, body: { receive_id: chatId, msg_type: 'nope', content: '{}' } }))).toEqual([230001, 400])
    const big = (type: MsgType, kb: number) => ({ msg_type: type, content: JSON.stringify({ text: 'x'.repeat(kb * 1024) }) })
    expect(await failure(toChat(chatId, big('text', 150)))).toEqual([230025, 400])
    expect(await failure(toChat(chatId, big('post', 30)))).toEqual([230025, 400])
    await expect(toChat(chatId, big('text', 100))).resolves.toMatchObject({ msg_type: 'text' })
    expect(fake.messages).toHaveLength(1)
  })

  it('sends a uuid once per hour: the same uuid answers the first message', async () => {
    const first = await toChat(chatId, text('once'), 'u-1')
    const again = await toChat(chatId, text('twice'), 'u-1')
    expect(again.message_id).toBe(first.message_id)
    expect(fake.messages).toHaveLength(1)
    fake.advance(3600)
    expect((await toChat(chatId, text('later'), 'u-1')).message_id).not.toBe(first.message_id)
    expect(await failure(toChat(chatId, text('x'), 'u'.repeat(51)))).toEqual([99992402, 400])
  })

  it('answers 230002 when the bot is not in the chat, 230001 for an unknown chat', async () => {
    const [outside] = fake.seedChats([{ name: 'no bots', bots: [] }])
    expect(await failure(toChat(outside?.chat_id ?? ''))).toEqual([230002, 400])
    expect(await failure(toChat('oc_unknown'))).toEqual([230001, 400])
  })
})

describe('im.v1.message reply, get and list', () => {
  it('replies in the same chat, linking root and parent, and in a thread when asked', async () => {
    const root = await toChat(chatId, text('root'))
    const reply = await im.replyMessage(ctx, { path: { message_id: root.message_id ?? '' }, body: text('re') })
    expect(reply).toMatchObject({ chat_id: chatId, root_id: root.message_id, parent_id: root.message_id })
    const nested = await im.replyMessage(ctx, { path: { message_id: reply.message_id ?? '' }, body: { ...text('re2'), reply_in_thread: true } })
    expect(nested).toMatchObject({ root_id: root.message_id, parent_id: reply.message_id, thread_id: expect.stringMatching(/^omt_/) })
    expect(await failure(im.replyMessage(ctx, { path: { message_id: 'om_missing' }, body: text('x') }))).toEqual([230001, 400])
  })

  it('gets one message and lists a chat’s messages in a time range', async () => {
    const first = await toChat(chatId, text('a'))
    fake.advance(10)
    await toChat(chatId, text('b'))
    const got = await im.getMessage(ctx, { path: { message_id: first.message_id ?? '' } })
    expect(got.items?.map((m) => m.message_id)).toEqual([first.message_id])
    expect(safeParse(schemas.GetMessageOutputSchema, got).success).toBe(true)
    const later = await im.listMessage(ctx, { query: { container_id_type: 'chat', container_id: chatId, start_time: String(fake.now()) } })
    expect(later.items?.map((m) => JSON.parse(m.body?.content ?? '{}').text)).toEqual(['b'])
    expect(safeParse(schemas.ListMessageOutputSchema, later).success).toBe(true)
    expect(await failure(im.listMessage(ctx, { query: { container_id_type: 'chat', container_id: 'oc_unknown' } }))).toEqual([230001, 400])
  })
})

describe('im.v1.chat', () => {
  it('creates a chat the bot is in, with members read by user_id_type', async () => {
    const created = await im.createChat(ctx, { query: { user_id_type: 'user_id' }, body: { name: 'new', user_id_list: ['ann'], owner_id: 'ann' } })
    expect(safeParse(schemas.CreateChatOutputSchema, created).success).toBe(true)
    expect(fake.chats.find((c) => c.chat_id === created.chat_id)).toMatchObject({ name: 'new', members: ['ou_ann'], bots: [FAKE_APP_ID], owner_id: 'ou_ann' })
    const got = await im.getChat(ctx, { path: { chat_id: created.chat_id ?? '' } })
    expect(got).toMatchObject({ name: 'new', chat_mode: 'group', user_count: '1', bot_count: '1' })
    const bad = await im.createChat(ctx, { body: { user_id_list: ['ou_nobody'] } }).catch((e: unknown) => e)
    expect(isLarkApiError(bad) && bad.detail?.field_violations).toEqual([{ field: 'user_id_list.0', value: 'ou_nobody', description: 'unknown open_id' }])
  })

  it('lists the group chats of the caller, in pages; a user token sees the user’s chats', async () => {
    fake.seedChats([{ name: 'b' }, { name: 'c' }, { name: 'hidden', bots: [] }])
    await im.createMessage(ctx, { query: { receive_id_type: 'open_id' }, body: { receive_id: 'ou_ann', ...text('p2p') } })
    const first = await im.listChat(ctx, { query: { page_size: 2 } })
    expect([first.items?.map((c) => c.name), first.has_more]).toEqual([['team', 'b'], true])
    const second = await im.listChat(ctx, { query: { page_size: 2, page_token: first.page_token } })
    expect([second.items?.map((c) => c.name), second.has_more]).toEqual([['c'], false])
    expect(safeParse(schemas.ListChatOutputSchema, second).success).toBe(true)
    const ann = fake.issueUserToken({ openId: 'ou_ann' }).accessToken
    expect((await im.listChat(ctx, {}, { userAccessToken: ann })).items?.map((c) => c.name)).toEqual(['team'])
    const me = fake.issueUserToken({ openId: FAKE_USER.open_id }).accessToken
    expect(await failure(im.getChat(ctx, { path: { chat_id: chatId } }, { userAccessToken: me }))).toEqual([230002, 400])
  })

  it('forgets chats, messages and files on reset()', async () => {
    await toChat(chatId)
    fake.reset()
    expect([fake.chats, fake.messages, fake.files]).toEqual([[], [], []])
  })
})
