/**
 * Group custom bots: `signWebhook` against an HMAC computed here with node:crypto, and
 * `sendWebhookMessage` against the fake's custom bot route over loopback HTTP.
 *
 * @module
 */
import { createHmac } from 'node:crypto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { sendWebhookMessage, signWebhook, WEBHOOK_MAX_BODY_BYTES } from '../../src/bot/webhook.ts'
import { isLarkApiError, isLarkHttpError, isLarkValidationError } from '../../src/core/errors.ts'
import { card, file, markdown, post, shareChat, text } from '../../src/messages/builders.ts'
import { dumpError, startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())

const SECRET = 'hook-secret-Zq81'
const hookRequests = () => fake.requests.filter((r) => r.path.startsWith('/open-apis/bot/v2/hook/'))

/** The rejection of `promise`, checked to show neither the token nor the secret anywhere. */
async function rejection(promise: Promise<unknown>, token: string): Promise<Record<string, unknown> & Error> {
  const error = await promise.then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e,
  )
  const dump = dumpError(error)
  expect(dump).not.toContain(token)
  expect(dump).not.toContain(SECRET)
  return error as Record<string, unknown> & Error
}

describe('signWebhook', () => {
  it('is base64 of HMAC-SHA256 keyed with "<timestamp>\\n<secret>" over an empty message', async () => {
    const expected = createHmac('sha256', `1700000000\n${SECRET}`).update('').digest('base64')
    expect(await signWebhook(SECRET, 1700000000)).toBe(expected)
    expect(await signWebhook(SECRET, '1700000000')).toBe(expected)
    expect(await signWebhook(SECRET, 1700000001)).not.toBe(expected)
  })
})

describe('sendWebhookMessage', () => {
  it('posts unsigned text, post, markdown and card messages in the shapes the webhook takes', async () => {
    const bot = fake.addCustomBot({ name: 'Deploys' })
    const sent = [
      text('build 42 passed'),
      post({ zh_cn: { title: 'Release', content: [[{ tag: 'text', text: 'v1.2.0 is out' }]] } }),
      markdown('**done** in 3 min', { title: 'CI' }),
      card({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'card body' }] } }),
    ]
    for (const message of sent) expect(await sendWebhookMessage(bot.url(server.url), message)).toEqual({})

    const got = fake.customBotMessages(bot.token)
    expect(got.map((m) => [m.msg_type, m.signed])).toEqual([
      ['text', false],
      ['post', false],
      ['post', false],
      ['interactive', false],
    ])
    expect(got[0]!.content).toEqual({ text: 'build 42 passed' })
    expect(got[1]!.content).toEqual({ post: { zh_cn: { title: 'Release', content: [[{ tag: 'text', text: 'v1.2.0 is out' }]] } } })
    expect(got[2]!.content).toEqual({ post: { zh_cn: { title: 'CI', content: [[{ tag: 'md', text: '**done** in 3 min' }]] } } })
    expect(got[3]!.content).toEqual({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'card body' }] } })
    // The card goes as the body's `card`, everything else as `content` (an object, not JSON text).
    const bodies = hookRequests().map((r) => r.body as Record<string, unknown>)
    expect(bodies.map((b) => Object.keys(b).sort())).toEqual([
      ['content', 'msg_type'],
      ['content', 'msg_type'],
      ['content', 'msg_type'],
      ['card', 'msg_type'],
    ])
    // Stored in the bot's chat like any message.
    expect(fake.messages.map((m) => [m.chat_id, m.msg_type, m.message_id])).toEqual(got.map((m) => [bot.chatId, m.msg_type, m.message_id]))
    expect(JSON.parse(fake.messages[0]!.content)).toEqual({ text: 'build 42 passed' })
  })

  it('signs with the secret: timestamp in seconds as a string and its sign', async () => {
    const bot = fake.addCustomBot({ secret: SECRET })
    const at = fake.now() * 1000 + 250
    await sendWebhookMessage(bot.url(server.url), text('signed hello'), { secret: SECRET, now: () => at })
    await sendWebhookMessage(bot.url(server.url), markdown('signed _md_'), { secret: SECRET })
    const [first] = hookRequests()
    const body = first!.body as Record<string, unknown>
    expect(body.timestamp).toBe(String(fake.now()))
    expect(body.sign).toBe(createHmac('sha256', `${fake.now()}\n${SECRET}`).digest('base64'))
    expect(fake.customBotMessages(bot.token).map((m) => [m.msg_type, m.signed])).toEqual([
      ['text', true],
      ['post', true],
    ])
  })

  it('maps shareChat to share_chat_id', async () => {
    const bot = fake.addCustomBot()
    await sendWebhookMessage(bot.url(server.url), shareChat('oc_abc'))
    expect(fake.customBotMessages(bot.token)[0]!.content).toEqual({ share_chat_id: 'oc_abc' })
  })

  it('a wrong secret, no signature and a stale timestamp answer 19021', async () => {
    const bot = fake.addCustomBot({ secret: SECRET })
    const url = bot.url(server.url)
    const wrong = await rejection(sendWebhookMessage(url, text('x'), { secret: 'not-the-secret' }), bot.token)
    expect(isLarkApiError(wrong)).toBe(true)
    expect([wrong.code, wrong.endpoint, wrong.httpStatus]).toEqual([19021, 'sendWebhookMessage', 200])
    expect(dumpError(wrong)).not.toContain('not-the-secret')

    const unsigned = await rejection(sendWebhookMessage(url, text('x')), bot.token)
    expect(unsigned.code).toBe(19021)

    const twoHoursAgo = (fake.now() - 7200) * 1000
    const stale = await rejection(sendWebhookMessage(url, text('x'), { secret: SECRET, now: () => twoHoursAgo }), bot.token)
    expect(stale.code).toBe(19021)
    const ahead = (fake.now() + 3500) * 1000
    await sendWebhookMessage(url, text('within the hour'), { secret: SECRET, now: () => ahead })
    expect(fake.customBotMessages(bot.token).map((m) => m.content)).toEqual([{ text: 'within the hour' }])
  })

  it('a message without any keyword answers 19024', async () => {
    const bot = fake.addCustomBot({ keywords: ['[alert]', '[deploy]'] })
    const error = await rejection(sendWebhookMessage(bot.url(server.url), text('nothing to see')), bot.token)
    expect(isLarkApiError(error)).toBe(true)
    expect(error.code).toBe(19024)
    await sendWebhookMessage(bot.url(server.url), text('[deploy] v3 is live'))
    expect(fake.customBotMessages(bot.token)).toHaveLength(1)
  })

  it('an unknown token is refused by the platform, and the error does not show it', async () => {
    const url = `${server.url}/open-apis/bot/v2/hook/0000-unknown-token-9999`
    const error = await rejection(sendWebhookMessage(url, text('x')), '0000-unknown-token-9999')
    expect(isLarkApiError(error)).toBe(true)
    expect(error.code).toBe(19001)
  })

  it('an older answer with StatusCode is read too', async () => {
    const fetchOld = async () => new Response(JSON.stringify({ StatusCode: 19024, StatusMessage: 'Key Words Not Found' }), { headers: { 'content-type': 'application/json' } })
    const error = await rejection(sendWebhookMessage('https://open.feishu.cn/open-apis/bot/v2/hook/tok-old', text('x'), { fetch: fetchOld }), 'tok-old')
    expect([error.code, error.msg]).toEqual([19024, 'Key Words Not Found'])
    const ok = async () => new Response(JSON.stringify({ StatusCode: 0, StatusMessage: 'success' }))
    expect(await sendWebhookMessage('https://open.feishu.cn/open-apis/bot/v2/hook/tok-old', text('x'), { fetch: ok })).toEqual({})
  })

  it('refuses an oversized message locally: nothing is sent', async () => {
    const bot = fake.addCustomBot({ secret: SECRET })
    const error = await rejection(sendWebhookMessage(bot.url(server.url), text('x'.repeat(WEBHOOK_MAX_BODY_BYTES)), { secret: SECRET }), bot.token)
    expect(isLarkValidationError(error)).toBe(true)
    expect(error.message).toMatch(/^sendWebhookMessage: invalid input: content: the request body is \d+ bytes; custom bots take at most 20480$/)
    expect(hookRequests()).toHaveLength(0)
    // Just under the limit goes through (and the fake agrees it is small enough).
    await sendWebhookMessage(bot.url(server.url), text('y'.repeat(WEBHOOK_MAX_BODY_BYTES - 200)), { secret: SECRET })
    expect(fake.customBotMessages(bot.token)).toHaveLength(1)
  })

  it('refuses message types custom bots do not post, naming the field', async () => {
    const bot = fake.addCustomBot()
    const error = await rejection(sendWebhookMessage(bot.url(server.url), file('file_v3_x')), bot.token)
    expect(isLarkValidationError(error)).toBe(true)
    expect(error.issues).toEqual([{ path: 'content.msg_type', message: "'file' is not a type custom bots post (text, post, image, share_chat, interactive)" }])
    expect(hookRequests()).toHaveLength(0)
  })

  it('refuses a bad URL without repeating it', async () => {
    for (const url of ['not a url', 'ftp://open.feishu.cn/open-apis/bot/v2/hook/tok-secret', 'https://open.feishu.cn/open-apis/im/v1/messages', 'https://open.feishu.cn/open-apis/bot/v2/hook/', '/open-apis/bot/v2/hook/tok-secret']) {
      const error = await rejection(sendWebhookMessage(url, text('x')), 'tok-secret')
      expect(isLarkValidationError(error), url).toBe(true)
      expect(error.issues).toEqual([expect.objectContaining({ path: 'url' })])
      expect(dumpError(error)).not.toContain(url)
    }
    expect(fake.requests).toHaveLength(0)
  })

  it('a non-JSON answer rejects with a LarkHttpError', async () => {
    const bot = fake.addCustomBot({ secret: SECRET })
    fake.fault({ kind: 'non-json', path: /hook/ })
    const error = await rejection(sendWebhookMessage(bot.url(server.url), text('x'), { secret: SECRET }), bot.token)
    expect(isLarkHttpError(error)).toBe(true)
    expect(error.message).toMatch(/^sendWebhookMessage: HTTP \d+: the answer is not JSON/)
  })

  it('an answer over 64 KB is not read', async () => {
    const big = async () => new Response(JSON.stringify({ code: 0, data: { pad: 'x'.repeat(70_000) } }))
    const error = await rejection(sendWebhookMessage('https://open.feishu.cn/open-apis/bot/v2/hook/tok-big', text('x'), { fetch: big }), 'tok-big')
    expect(isLarkHttpError(error)).toBe(true)
    expect(error.message).toContain('larger than 65536 bytes')
  })

  it('times out with a LarkHttpError, and the caller abort rejects with its reason', async () => {
    const bot = fake.addCustomBot({ secret: SECRET })
    fake.fault({ kind: 'slow', path: /hook/, delay: 2000 })
    const late = await rejection(sendWebhookMessage(bot.url(server.url), text('x'), { secret: SECRET, timeout: 100 }), bot.token)
    expect(isLarkHttpError(late)).toBe(true)
    expect([late.httpStatus, late.message]).toEqual([0, 'sendWebhookMessage: timed out after 100 ms (log id none)'])

    fake.fault({ kind: 'slow', path: /hook/, delay: 2000 })
    const controller = new AbortController()
    const reason = new Error('caller gave up')
    setTimeout(() => controller.abort(reason), 50)
    await expect(sendWebhookMessage(bot.url(server.url), text('x'), { secret: SECRET, signal: controller.signal })).rejects.toBe(reason)
  })

  it('a network failure names the host only', async () => {
    const url = 'http://127.0.0.1:9/open-apis/bot/v2/hook/tok-net-1234'
    const failing = async (input: RequestInfo | URL) => {
      throw new TypeError(`fetch failed for ${String(input)}`)
    }
    const error = await rejection(sendWebhookMessage(url, text('x'), { fetch: failing }), 'tok-net-1234')
    expect(isLarkHttpError(error)).toBe(true)
    expect(error.message).toContain('network error reaching 127.0.0.1:9')
  })

  it('answers the rate limit with 11232 after 5 posts in a second', async () => {
    const bot = fake.addCustomBot()
    for (let i = 0; i < 5; i++) await sendWebhookMessage(bot.url(server.url), text(`n${i}`))
    const error = await rejection(sendWebhookMessage(bot.url(server.url), text('n5')), bot.token)
    expect(error.code).toBe(11232)
  })
})
