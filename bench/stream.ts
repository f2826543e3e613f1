/**
 * Per-update client overhead of `larkfn/cards`: one card streamed with `startCardStream` against the
 * same card lifecycle made by hand through the generated endpoints (`createCard`, `createMessage`,
 * `contentCardElement` × N, `settingsCard`), side by side in one process, alternating. Both talk to
 * an in-process fake server (its `fetch`, no socket), so both pay the same server work; what differs
 * is the stream's own work (throttle bookkeeping, rollover check, table sanitiser, ids).
 *
 * CPU time (`process.cpuUsage`, user + system) per update is compared, not wall time: the stream
 * waits its throttle between updates by design, while the hand-made loop does not wait.
 *
 * Run alone: npx tsx bench/stream.ts [rounds]
 */
import { createContext } from '../dist/index.js'
import { startCardStream } from '../dist/cards/index.js'
import { contentCardElement, createCard, settingsCard } from '../dist/api/cardkit/v1/index.js'
import { createMessage } from '../dist/api/im/v1/index.js'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from '../dist/testing/index.js'
import { median, ratio, table } from './lib.ts'

const UPDATES = 30

/** CPU microseconds spent by `work`, per call it made to the fake (token requests aside). */
async function cpuPerCall(fake: ReturnType<typeof createFakeFeishu>, work: () => Promise<void>): Promise<{ us: number; calls: number }> {
  fake.clearRequests()
  const before = process.cpuUsage()
  await work()
  const used = process.cpuUsage(before)
  const calls = fake.requests.filter((r) => !r.path.includes('access_token')).length
  return { us: (used.user + used.system) / calls, calls }
}

export async function measureStream(rounds: number) {
  const fake = createFakeFeishu()
  const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: fake.baseUrl, fetch: fake.fetch, logLevel: 'silent' })
  const [chat] = fake.seedChats([{ name: 'bench', members: [FAKE_USER.open_id] }])
  const target = { receiveId: chat!.chat_id, receiveIdType: 'chat_id' as const }
  const words = Array.from({ length: UPDATES }, (_, i) => `word${i} `)

  const byStream = async () => {
    const stream = await startCardStream(ctx, target)
    for (const word of words) {
      stream.append(word)
      // A little more than the throttle: each delta makes one update.
      await new Promise((resolve) => setTimeout(resolve, 105))
    }
    await stream.finish()
  }
  const byHand = async () => {
    const data = JSON.stringify({
      schema: '2.0',
      config: { streaming_mode: true },
      body: { elements: [{ tag: 'markdown', content: '…', element_id: 'md' }] },
    })
    const { card_id = '' } = await createCard(ctx, { body: { type: 'card_json', data } })
    await createMessage(ctx, {
      query: { receive_id_type: 'chat_id' },
      body: { receive_id: target.receiveId, msg_type: 'interactive', content: JSON.stringify({ type: 'card', data: { card_id } }) },
    })
    let text = ''
    let sequence = 1
    for (const word of words) {
      text += word
      await contentCardElement(ctx, { path: { card_id, element_id: 'md' }, body: { content: text, sequence: sequence++, uuid: `c_${sequence}` } })
      // The per-card rate allows 10 calls a second: wait as a careful hand-written loop would.
      await new Promise((resolve) => setTimeout(resolve, 105))
    }
    await settingsCard(ctx, { path: { card_id }, body: { settings: JSON.stringify({ config: { streaming_mode: false } }), sequence } })
  }

  // Warm-up: token cached, code compiled.
  await byHand()
  await byStream()
  const stream: Array<{ us: number; calls: number }> = []
  const hand: Array<{ us: number; calls: number }> = []
  for (let i = 0; i < rounds; i++) {
    if (i % 2) {
      hand.push(await cpuPerCall(fake, byHand))
      stream.push(await cpuPerCall(fake, byStream))
    } else {
      stream.push(await cpuPerCall(fake, byStream))
      hand.push(await cpuPerCall(fake, byHand))
    }
  }
  const s = median(stream.map((r) => r.us)) / 1000
  const h = median(hand.map((r) => r.us)) / 1000
  const calls = (rs: typeof stream) => String(median(rs.map((r) => r.calls)))
  const markdown = table(
    ['', 'CPU per call (median)', 'calls per card (median)'],
    [
      ['startCardStream (create, send, updates, settings)', `${s.toFixed(3)} ms`, calls(stream)],
      ['the same calls by hand through the generated endpoints', `${h.toFixed(3)} ms`, calls(hand)],
      ['stream / by hand', `${ratio(s / h)} (${s >= h ? '+' : ''}${((s / h - 1) * 100).toFixed(0)} %)`, ''],
    ],
  )
  return { streamMs: s, handMs: h, ratio: s / h, markdown }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureStream(Number(process.argv[2] ?? 6))
  console.log(result.markdown)
}
