/**
 * The fake's group custom bots (src/testing/routes/custom-bot.ts) through raw posts over
 * `fake.fetch`: what each check answers, where an accepted post is stored, and `reset()`.
 */
import { createHmac } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import * as im from '../../src/api/im/v1/index.ts'
import { createContext } from '../../src/core/context.ts'
import { CUSTOM_BOT_PATH, FAKE_APP_ID, FAKE_APP_SECRET, createFakeFeishu, type FakeFeishu } from '../../src/testing/index.ts'

let fake: FakeFeishu
beforeEach(() => {
  fake = createFakeFeishu()
})

async function postTo(url: string, body: unknown): Promise<{ status: number; answer: Record<string, unknown> }> {
  const res = await fake.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) })
  return { status: res.status, answer: (await res.json()) as Record<string, unknown> }
}
const sign = (timestamp: number | string, secret: string) => createHmac('sha256', `${timestamp}\n${secret}`).digest('base64')

describe('fake custom bots', () => {
  it('takes no access token, answers success in both shapes, and stores the post in the chat', async () => {
    const bot = fake.addCustomBot({ name: 'Ops' })
    expect(bot.url('http://127.0.0.1:1234/')).toBe(`http://127.0.0.1:1234${CUSTOM_BOT_PATH}/${bot.token}`)
    const { status, answer } = await postTo(bot.url(fake.baseUrl), { msg_type: 'text', content: { text: 'hello' } })
    expect([status, answer]).toEqual([200, { code: 0, msg: 'success', data: {}, Extra: null, StatusCode: 0, StatusMessage: 'success' }])
    expect(fake.requests.at(-1)?.caller).toBeUndefined()

    const [stored] = fake.messages
    expect(fake.customBotMessages(bot.token)).toEqual([{ message_id: stored!.message_id, chat_id: bot.chatId, msg_type: 'text', content: { text: 'hello' }, signed: false, create_time: fake.now() * 1000 }])
    expect(fake.chats.find((c) => c.chat_id === bot.chatId)?.name).toBe('Ops chat')
    // The chat has the fake's app's bot, so its tenant token reads the post back.
    const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: fake.baseUrl, fetch: fake.fetch, logLevel: 'silent', retry: false })
    const got = await im.getMessage(ctx, { path: { message_id: stored!.message_id } })
    expect(got.items?.[0]).toMatchObject({ chat_id: bot.chatId, msg_type: 'text', body: { content: '{"text":"hello"}' }, sender: { sender_type: 'app', id: bot.botId } })
  })

  it('posts to a given chat, adding it when the fake has none', async () => {
    const [chat] = fake.seedChats([{ name: 'existing' }])
    expect(fake.addCustomBot({ chatId: chat!.chat_id }).chatId).toBe(chat!.chat_id)
    expect(fake.addCustomBot({ chatId: 'oc_new_one' }).chatId).toBe('oc_new_one')
    expect(fake.chats.map((c) => c.chat_id)).toEqual([chat!.chat_id, 'oc_new_one'])
  })

  it('checks timestamp and sign against the fake clock', async () => {
    const bot = fake.addCustomBot({ secret: 'k' })
    const url = bot.url(fake.baseUrl)
    const now = fake.now()
    const text = { msg_type: 'text', content: { text: 'x' } }
    expect((await postTo(url, text)).answer.code).toBe(19021)
    expect((await postTo(url, { ...text, timestamp: String(now), sign: sign(now, 'other') })).answer.code).toBe(19021)
    expect((await postTo(url, { ...text, timestamp: String(now - 3601), sign: sign(now - 3601, 'k') })).answer.code).toBe(19021)
    expect((await postTo(url, { ...text, timestamp: String(now - 3600), sign: sign(now - 3600, 'k') })).answer.code).toBe(0)
    fake.advance(7200)
    expect((await postTo(url, { ...text, timestamp: String(now), sign: sign(now, 'k') })).answer).toEqual({
      code: 19021,
      msg: 'sign match fail or timestamp is not within one hour from current time',
      data: {},
    })
    expect(fake.customBotMessages(bot.token).map((m) => m.signed)).toEqual([true])
  })

  it('refuses bad shapes, oversized bodies, missing keywords and unknown tokens with the platform codes', async () => {
    const bot = fake.addCustomBot({ keywords: ['alert'] })
    const url = bot.url(fake.baseUrl)
    const codes = async (...bodies: unknown[]) => Promise.all(bodies.map(async (b) => (await postTo(url, b)).answer.code))
    expect(
      await codes(
        'not json',
        { msg_type: 'file', content: { file_key: 'f' } },
        { msg_type: 'text', content: '{"text":"alert as a string"}' },
        { msg_type: 'post', content: { zh_cn: { content: [[]] } } },
        { msg_type: 'image', content: {} },
        { msg_type: 'share_chat', content: { chat_id: 'oc_x' } },
        { msg_type: 'interactive', content: { elements: [] } },
      ),
    ).toEqual([9499, 9499, 9499, 9499, 9499, 9499, 9499])
    expect((await postTo(url, { msg_type: 'text', content: { text: `alert ${'x'.repeat(20 * 1024)}` } })).answer).toEqual({ code: 9499, msg: 'Bad Request', data: {} })
    expect((await postTo(url, { msg_type: 'text', content: { text: 'quiet' } })).answer).toEqual({ code: 19024, msg: 'Key Words Not Found', data: {} })
    expect(
      await codes(
        { msg_type: 'post', content: { post: { en_us: { title: 'alert', content: [[{ tag: 'text', text: 'x' }]] } } } },
        { msg_type: 'interactive', card: { elements: [{ tag: 'markdown', content: 'alert' }] } },
        { msg_type: 'image', content: { image_key: 'img_alert' } },
      ),
    ).toEqual([0, 0, 0])
    expect(fake.customBotMessages(bot.token).map((m) => m.msg_type)).toEqual(['post', 'interactive', 'image'])
    expect((await postTo(`${fake.baseUrl}${CUSTOM_BOT_PATH}/nope`, { msg_type: 'text', content: { text: 'alert' } })).answer.code).toBe(19001)
    expect(fake.customBotMessages('nope')).toEqual([])
  })

  it('reset() forgets the bots', async () => {
    const bot = fake.addCustomBot()
    fake.reset()
    expect((await postTo(bot.url(fake.baseUrl), { msg_type: 'text', content: { text: 'x' } })).answer.code).toBe(19001)
    expect(fake.customBotMessages(bot.token)).toEqual([])
  })
})
