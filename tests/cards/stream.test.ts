/**
 * Streaming into CardKit cards against the fake server over real HTTP: the fake keeps card entities,
 * refuses a sequence that does not rise, and limits updates per card (see docs/fake-server.md,
 * CardKit). Lifecycle facts: https://open.feishu.cn/document/cardkit-v1/streaming-updates-openapi-overview
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { STALE_SEQUENCE_CODE, STREAM_MAX_BYTES, startCardStream, streamMarkdown } from '../../src/cards/index.ts'
import { isLarkApiError, isLarkHttpError, isLarkValidationError } from '../../src/core/errors.ts'
import type { Context } from '../../src/core/types.ts'
import { FAKE_USER } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

let served: Awaited<ReturnType<typeof startFake>>
let ctx: Context
let chatId: string

beforeAll(async () => {
  served = await startFake()
  ctx = served.context()
})
afterAll(() => served.close())
beforeEach(() => {
  served.fake.reset()
  chatId = served.fake.seedChats([{ name: 'stream', members: [FAKE_USER.open_id] }])[0]?.chat_id ?? ''
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function* deltas(parts: readonly string[], everyMs: number, failAt?: number) {
  for (let i = 0; i < parts.length; i++) {
    if (i === failAt) throw new Error('model went away')
    yield parts[i]!
    if (everyMs) await sleep(everyMs)
  }
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i} `)

/** Most accepted updates of one card inside any 1,000 ms. */
function peakRate(times: readonly number[]): number {
  let peak = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++
    peak = Math.max(peak, i - j + 1)
  }
  return peak
}

const card = (id: string) => {
  const found = served.fake.card(id)
  if (!found) throw new Error(`no card ${id}`)
  return found
}

describe('streamMarkdown', () => {
  it('500 deltas in about 2 s: the card ends with the joined text, updates within the rate, streaming off', async () => {
    const parts = words(500)
    const result = await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(parts, 4))
    const c = card(result.cardId)
    expect(result.cards).toEqual([result.cardId])
    expect(c.content()).toBe(parts.join(''))
    expect(c.streaming).toBe(false)
    expect(c.summary).toMatch(/^w0 w1 w2/)
    expect(c.messageIds).toEqual([result.messageId])
    // A rising sequence: the fake refuses any other, and every update counted was accepted.
    expect(c.updates).toBeGreaterThan(3)
    expect(c.updates).toBeLessThan(parts.length)
    // Every call on the card (content and settings) as the fake saw it arrive, in real time.
    const calls = served.fake.requests.filter((r) => r.path.startsWith(`/open-apis/cardkit/v1/cards/${result.cardId}/`)).map((r) => r.time)
    expect(served.fake.requests.filter((r) => r.path.includes('/cardkit/') && r.status !== 200)).toEqual([])
    expect(calls).toHaveLength(c.updates + 1)
    expect(c.sequence).toBe(calls.length)
    expect(peakRate(calls)).toBeLessThanOrEqual(10)
    const sent = served.fake.messages.find((m) => m.message_id === result.messageId)
    expect(sent?.chat_id).toBe(chatId)
    expect(JSON.parse(sent?.content ?? '{}')).toEqual({ type: 'card', data: { card_id: result.cardId } })
  })

  it('cumulative snapshots, as a reply', async () => {
    const first = await startCardStream(ctx, { receiveId: chatId, receiveIdType: 'chat_id' })
    await first.finish()
    const snapshots = ['Hel', 'Hello', 'Hello, wor', 'Hello, world.']
    const result = await streamMarkdown(ctx, { replyTo: first.messageId }, deltas(snapshots, 0), { cumulative: true, title: 'Answer' })
    expect(card(result.cardId).content()).toBe('Hello, world.')
    expect(card(result.cardId).json).toMatchObject({ header: { title: { content: 'Answer' } } })
    const reply = served.fake.messages.find((m) => m.message_id === result.messageId)
    expect(reply?.parent_id).toBe(first.messageId)
  })

  it('rolls over at maxChars: a 3x answer spans cards and messages, complete, fences balanced per card', async () => {
    const block = ['Intro paragraph with some words.', '', '```ts', ...Array.from({ length: 60 }, (_, i) => `const v${i} = ${i} // line`), '```', '']
    const answer = Array.from({ length: 3 }, () => block.join('\n')).join('\n')
    const limit = Math.ceil(answer.length / 3)
    const chunks = answer.match(/[\s\S]{1,37}/g) ?? []
    const result = await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(chunks, 0), { maxChars: limit })
    expect(result.cards.length).toBeGreaterThanOrEqual(3)
    expect(result.messages).toHaveLength(result.cards.length)
    const contents = result.cards.map((id) => card(id).content() ?? '')
    for (const [i, content] of contents.entries()) {
      expect(content.length).toBeLessThanOrEqual(limit)
      expect((content.match(/^```/gm) ?? []).length % 2).toBe(0)
      expect(card(result.cards[i]!).streaming).toBe(false)
    }
    // Without the fence lines added at the cuts, the cards hold the answer, in order.
    const strip = (s: string) => s.replace(/\s+/g, '')
    const fences = (s: string) => (s.match(/```/g) ?? []).length
    expect(strip(contents.join('')).replace(/```(ts)?/g, '')).toBe(strip(answer).replace(/```(ts)?/g, ''))
    expect(contents.reduce((n, c) => n + fences(c), 0)).toBeGreaterThanOrEqual(fences(answer))
  })

  it('callOptions reach every call the stream makes (headers here; tenantKey for marketplace apps)', async () => {
    served.fake.clearRequests()
    await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(['a ', 'b'], 0), {
      callOptions: { headers: { 'x-request-tag': 'stream-1' } },
    })
    const calls = served.fake.requests.filter((r) => r.path.includes('/cardkit/') || r.path.includes('/im/'))
    expect(calls.every((r) => r.headers['x-request-tag'] === 'stream-1')).toBe(true)
    // (A 400 may come first: reset() forgot the cached token, which the SDK renews and replays.)
    const answered = calls.filter((r) => r.status === 200).map((r) => `${r.method} ${r.path.replace(/\d{10,}/, ':id')}`)
    expect(answered[0]).toBe('POST /open-apis/cardkit/v1/cards')
    expect(answered[1]).toBe('POST /open-apis/im/v1/messages')
    expect(answered.at(-1)).toBe('PATCH /open-apis/cardkit/v1/cards/:id/settings')
    expect(answered.slice(2, -1).length).toBeGreaterThan(0)
    expect(answered.slice(2, -1).every((c) => c === 'PUT /open-apis/cardkit/v1/cards/:id/elements/larkfn_stream/content')).toBe(true)
  })

  it('an empty source ends with a placeholder, not an empty card', async () => {
    const result = await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas([], 0))
    expect(card(result.cardId).content()).toBe('(no answer)')
    expect(card(result.cardId).streaming).toBe(false)
  })
})

describe('failure modes', () => {
  it('a source that throws: the text so far stays with a note, streaming off, the error rejects', async () => {
    const parts = words(30)
    const stream = streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(parts, 2, 20))
    await expect(stream).rejects.toThrow('model went away')
    const [c] = served.fake.cards
    expect(c?.streaming).toBe(false)
    expect(served.fake.card(c!.card_id)?.content()).toBe(`${parts.slice(0, 20).join('')}\n\n*(interrupted)*`)
  })

  it('an abort mid-stream rejects with the reason and leaves the card settled', async () => {
    const controller = new AbortController()
    async function* endless() {
      for (let i = 0; ; i++) {
        if (i === 10) controller.abort(new Error('user pressed stop'))
        yield `x${i} `
        await sleep(5)
      }
    }
    await expect(streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, endless(), { signal: controller.signal })).rejects.toThrow(
      'user pressed stop',
    )
    const [c] = served.fake.cards
    const view = served.fake.card(c!.card_id)!
    expect(view.streaming).toBe(false)
    expect(view.content()).toMatch(/^x0 x1 [\s\S]*\*\(interrupted\)\*$/)
  })

  it('an update refused once for its sequence is sent again with a higher one', async () => {
    served.fake.fault({
      kind: 'status',
      status: 400,
      path: /\/elements\/[^/]+\/content$/,
      body: { code: STALE_SEQUENCE_CODE, msg: 'sequence number compare failed' },
    })
    const result = await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(['a ', 'b ', 'c'], 0))
    const c = card(result.cardId)
    expect(c.content()).toBe('a b c')
    expect(c.streaming).toBe(false)
    const refused = served.fake.requests.filter((r) => r.fault && r.path.endsWith('/content'))
    expect(refused).toHaveLength(1)
  })

  it('rate limited (429, 99991400 with a reset header): waits and still ends complete', async () => {
    served.fake.rateLimit({ path: /\/elements\/[^/]+\/content$/, times: 1, reset: 0 })
    const result = await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(words(20), 3))
    expect(card(result.cardId).content()).toBe(words(20).join(''))
    expect(served.fake.requests.some((r) => r.status === 429)).toBe(true)
  })

  it('the platform unreachable while finishing: finish rejects with a network error naming the host', async () => {
    const stream = await startCardStream(served.context({ retry: false }), { receiveId: chatId, receiveIdType: 'chat_id' })
    stream.append('almost done')
    served.fake.fault({ kind: 'drop', path: /\/settings$/, times: Infinity })
    const error = await stream.finish().catch((e: unknown) => e)
    expect(isLarkHttpError(error)).toBe(true)
    expect(String((error as Error).message)).toContain('127.0.0.1')
  })
})

describe('bounds', () => {
  it('maxChars under 100 is refused before anything is sent, naming the field', async () => {
    served.fake.clearRequests()
    const error = await startCardStream(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, { maxChars: 99 }).catch((e: unknown) => e)
    expect(isLarkValidationError(error)).toBe(true)
    expect(String((error as Error).message)).toContain('maxChars')
    expect(served.fake.requests.filter((r) => r.path.includes('/cardkit/') || r.path.includes('/im/'))).toEqual([])
  })

  it('a throttleMs under the floor still spaces calls: at most 10 a second on the card', async () => {
    const result = await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(words(200), 3), { throttleMs: 10 })
    const calls = served.fake.requests.filter((r) => r.path.startsWith(`/open-apis/cardkit/v1/cards/${result.cardId}/`)).map((r) => r.time)
    expect(calls.length).toBeGreaterThan(3)
    expect(peakRate(calls)).toBeLessThanOrEqual(10)
    expect(card(result.cardId).content()).toBe(words(200).join(''))
  })

  it('rolls over by UTF-8 size: Chinese text under maxChars but over the byte limit spans cards', async () => {
    const answer = Array.from({ length: 100 }, (_, i) => `第${i}段：${'流式卡片'.repeat(25)}`).join('\n\n')
    expect(answer.length).toBeLessThan(30_000)
    expect(new TextEncoder().encode(answer).length).toBeGreaterThan(STREAM_MAX_BYTES)
    const result = await streamMarkdown(ctx, { receiveId: chatId, receiveIdType: 'chat_id' }, deltas(answer.match(/[\s\S]{1,2000}/g) ?? [], 0))
    expect(result.cards.length).toBeGreaterThanOrEqual(2)
    const contents = result.cards.map((id) => card(id).content() ?? '')
    for (const content of contents) expect(new TextEncoder().encode(content).length).toBeLessThanOrEqual(STREAM_MAX_BYTES)
    expect(contents.join('').replace(/\s+/g, '')).toBe(answer.replace(/\s+/g, ''))
  })

  it('a sequence refused more than three times in a row is not resent forever: finish rejects with it', async () => {
    const stream = await startCardStream(ctx, { receiveId: chatId, receiveIdType: 'chat_id' })
    served.fake.fault({ kind: 'status', status: 400, path: /\/settings$/, times: 4, body: { code: STALE_SEQUENCE_CODE, msg: 'stale' } })
    const error = await stream.finish().catch((e: unknown) => e)
    expect(isLarkApiError(error) && error.code).toBe(STALE_SEQUENCE_CODE)
    expect(served.fake.requests.filter((r) => r.path.endsWith('/settings'))).toHaveLength(4)
  })
})
