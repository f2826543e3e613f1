/**
 * The fake's CardKit state (src/testing/routes/cardkit.ts), through the generated functions over
 * `fake.fetch`: create → send by card_id → stream the text → streaming off, and the refusals.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import * as cardkit from '../../src/api/cardkit/v1/index.ts'
import * as im from '../../src/api/im/v1/index.ts'
import { createContext } from '../../src/core/context.ts'
import { isLarkApiError } from '../../src/core/errors.ts'
import type { Context } from '../../src/core/types.ts'
import {
  CARD_INVALID,
  CARD_NOT_FOUND,
  CARD_SEND_INVALID,
  CONTENT_MAX,
  CONTENT_TOO_LONG,
  ELEMENT_INVALID,
  FAKE_APP_ID,
  FAKE_APP_SECRET,
  RATE_PER_SECOND,
  SEQUENCE_STALE,
  STREAMING_CLOSED,
  createFakeFeishu,
  type FakeFeishu,
} from '../../src/testing/index.ts'

let fake: FakeFeishu
let ctx: Context
let chatId: string

beforeEach(() => {
  fake = createFakeFeishu()
  ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: fake.baseUrl, fetch: fake.fetch, logLevel: 'silent', retry: false })
  chatId = fake.seedChats([{ name: 'team' }])[0]?.chat_id ?? ''
})

const streamingCard = (text = '') =>
  JSON.stringify({
    schema: '2.0',
    config: { streaming_mode: true, summary: { content: 'thinking…' } },
    body: { elements: [{ tag: 'markdown', element_id: 'answer', content: text }, { tag: 'button', element_id: 'stop' }] },
  })
const create = async (data = streamingCard()) => (await cardkit.createCard(ctx, { body: { type: 'card_json', data } })).card_id
const put = (cardId: string, content: string, sequence: number, uuid?: string, elementId = 'answer') =>
  cardkit.contentCardElement(ctx, { path: { card_id: cardId, element_id: elementId }, body: { content, sequence, ...(uuid ? { uuid } : {}) } })
const settings = (cardId: string, config: object, sequence: number) =>
  cardkit.settingsCard(ctx, { path: { card_id: cardId }, body: { settings: JSON.stringify({ config }), sequence } })
const sendCard = (cardId: string, uuid?: string) =>
  im.createMessage(ctx, {
    query: { receive_id_type: 'chat_id' },
    body: { receive_id: chatId, msg_type: 'interactive', content: JSON.stringify({ type: 'card', data: { card_id: cardId } }), ...(uuid ? { uuid } : {}) },
  })

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e)
  return isLarkApiError(error) ? [error.code, error.httpStatus] : error
}

describe('CardKit cards', () => {
  it('create → send by card_id → three content updates → streaming off', async () => {
    const cardId = await create()
    expect(cardId).toMatch(/^7\d{18}$/)
    const sent = await sendCard(cardId)
    await put(cardId, 'Hel', 1)
    await put(cardId, 'Hello', 2)
    await put(cardId, 'Hello, world', 3)
    await settings(cardId, { streaming_mode: false, summary: { content: 'Hello, world' } }, 4)
    const card = fake.card(cardId)
    expect(card).toMatchObject({ cardId, streaming: false, sequence: 4, summary: 'Hello, world', updates: 3, messageIds: [sent.message_id] })
    expect(card?.content()).toBe('Hello, world')
    expect(card?.content('answer')).toBe('Hello, world')
    expect(card?.content('stop')).toBeUndefined()
    expect(card?.json).toMatchObject({ config: { streaming_mode: false }, body: { elements: [{ content: 'Hello, world' }, {}] } })
    expect(fake.cards.map((c) => [c.card_id, c.updateTimes.length, c.app_id])).toEqual([[cardId, 3, FAKE_APP_ID]])
    expect(fake.messages.map((m) => m.msg_type)).toEqual(['interactive'])
    expect(fake.card('7000')).toBeUndefined()
  })

  it('refuses card JSON that does not parse or is not 2.0', async () => {
    expect(await failure(create('{'))).toEqual([CARD_INVALID, 400])
    expect(await failure(create('{"elements":[]}'))).toEqual([CARD_INVALID, 400])
    expect(await failure(cardkit.createCard(ctx, { body: { type: 'template', data: streamingCard() } }))).toEqual([CARD_INVALID, 400])
    expect(fake.cards).toHaveLength(0)
  })

  it('refuses a stale sequence (equal or lower) and unknown cards or elements', async () => {
    const cardId = await create()
    await put(cardId, 'a', 5)
    expect(await failure(put(cardId, 'b', 5))).toEqual([SEQUENCE_STALE, 400])
    expect(await failure(put(cardId, 'b', 3))).toEqual([SEQUENCE_STALE, 400])
    expect(await failure(settings(cardId, { streaming_mode: false }, 5))).toEqual([SEQUENCE_STALE, 400])
    expect(await failure(put('7123', 'b', 6))).toEqual([CARD_NOT_FOUND, 400])
    expect(await failure(put(cardId, 'b', 6, undefined, 'nope'))).toEqual([ELEMENT_INVALID, 400])
    expect(await failure(put(cardId, 'b', 6, undefined, 'stop'))).toEqual([ELEMENT_INVALID, 400])
    expect(fake.card(cardId)).toMatchObject({ sequence: 5, updates: 1 })
    expect(fake.card(cardId)?.content()).toBe('a')
  })

  it('refuses content updates once streaming is off', async () => {
    const cardId = await create()
    await settings(cardId, { streaming_mode: false }, 1)
    expect(await failure(put(cardId, 'late', 2))).toEqual([STREAMING_CLOSED, 400])
    expect(fake.card(cardId)).toMatchObject({ streaming: false, sequence: 1, updates: 0, summary: 'thinking…' })
  })

  it('refuses content over the limit', async () => {
    const cardId = await create()
    expect(await failure(put(cardId, 'x'.repeat(CONTENT_MAX + 1), 1))).toEqual([CONTENT_TOO_LONG, 400])
    await put(cardId, 'x'.repeat(CONTENT_MAX), 1)
    expect(fake.card(cardId)?.updates).toBe(1)
  })

  it('sends a card entity once, only a card of the app; a uuid resend answers the first message', async () => {
    const cardId = await create()
    const first = await sendCard(cardId, 'send-1')
    expect((await sendCard(cardId, 'send-1')).message_id).toBe(first.message_id)
    expect(await failure(sendCard(cardId))).toEqual([CARD_SEND_INVALID, 400])
    expect(await failure(sendCard('7999'))).toEqual([CARD_SEND_INVALID, 400])
    const other = fake.addApp({ appId: 'cli_other', appSecret: 'other-secret' })
    const otherCtx = createContext({ appId: other.appId, appSecret: other.appSecret, domain: fake.baseUrl, fetch: fake.fetch, logLevel: 'silent', retry: false })
    const foreign = (await cardkit.createCard(otherCtx, { body: { type: 'card_json', data: streamingCard() } })).card_id
    expect(await failure(sendCard(foreign))).toEqual([CARD_SEND_INVALID, 400])
    expect(await failure(put(foreign, 'x', 1))).toEqual([CARD_NOT_FOUND, 400])
    expect(fake.card(cardId)?.messageIds).toEqual([first.message_id])
    expect(fake.messages).toHaveLength(1)
  })

  it('replyMessage sends a card by card_id too, once', async () => {
    const parent = await im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, msg_type: 'text', content: '{"text":"q"}' } })
    const cardId = await create()
    const reply = (id: string) =>
      im.replyMessage(ctx, {
        path: { message_id: parent.message_id ?? '' },
        body: { msg_type: 'interactive', content: JSON.stringify({ type: 'card', data: { card_id: id } }) },
      })
    const answer = await reply(cardId)
    expect(answer.parent_id).toBe(parent.message_id)
    expect(fake.card(cardId)?.messageIds).toEqual([answer.message_id])
    expect(await failure(reply(cardId))).toEqual([CARD_SEND_INVALID, 400])
  })

  it(`answers 429 / 99991400 beyond ${RATE_PER_SECOND} content updates per card in a second`, async () => {
    const cardId = await create()
    const other = await create()
    for (let i = 1; i <= RATE_PER_SECOND; i++) await put(cardId, `t${i}`, i)
    const error = await put(cardId, 'too fast', 11).catch((e: unknown) => e)
    expect(isLarkApiError(error) && [error.code, error.httpStatus]).toEqual([99991400, 429])
    const raw = await fake.fetch(`${fake.baseUrl}/open-apis/cardkit/v1/cards/${cardId}/elements/answer/content`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${fake.issueToken({ kind: 'tenant' })}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'raw', sequence: 12 }),
    })
    expect([raw.status, raw.headers.get('x-ogw-ratelimit-reset'), raw.headers.get('x-ogw-ratelimit-limit')]).toEqual([429, '1', String(RATE_PER_SECOND)])
    expect(fake.card(cardId)).toMatchObject({ sequence: RATE_PER_SECOND, updates: RATE_PER_SECOND })
    expect(fake.card(cardId)?.content()).toBe(`t${RATE_PER_SECOND}`)
    await put(other, 'another card has its own budget', 1)
  })

  it('a repeated uuid with the same body succeeds and changes nothing', async () => {
    const cardId = await create()
    await put(cardId, 'once', 1, 'u-1')
    await put(cardId, 'once', 1, 'u-1')
    expect(fake.card(cardId)).toMatchObject({ sequence: 1, updates: 1 })
    expect(await failure(put(cardId, 'other', 1, 'u-1'))).toEqual([SEQUENCE_STALE, 400])
  })

  it('updateCard replaces the card: elements, streaming and summary; the sequence rule holds', async () => {
    const cardId = await create()
    await put(cardId, 'draft', 1)
    const data = JSON.stringify({ schema: '2.0', config: { streaming_mode: false }, body: { elements: [{ tag: 'markdown', element_id: 'final', content: 'Done' }] } })
    await cardkit.updateCard(ctx, { path: { card_id: cardId }, body: { card: { type: 'card_json', data }, sequence: 2 } })
    expect(fake.card(cardId)).toMatchObject({ streaming: false, sequence: 2, summary: undefined })
    expect(fake.card(cardId)?.content()).toBe('Done')
    expect(await failure(cardkit.updateCard(ctx, { path: { card_id: cardId }, body: { card: { type: 'card_json', data }, sequence: 2 } }))).toEqual([SEQUENCE_STALE, 400])
    expect(await failure(cardkit.updateCard(ctx, { path: { card_id: cardId }, body: { card: { type: 'card_json', data: '{}' }, sequence: 3 } }))).toEqual([CARD_INVALID, 400])
    expect(fake.card(cardId)?.sequence).toBe(2)
  })

  it('reset() forgets cards', async () => {
    await create()
    fake.reset()
    expect(fake.cards).toEqual([])
  })
})
