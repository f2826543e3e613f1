/**
 * Messages per second through `bot.fetch` (signature check, decryption, de-dup, normalize, policy,
 * queue, a text reply) against the same work written by hand on `createEventDispatcher` +
 * `normalizeMessage` + `replyMessage`, side by side in one process, alternating. Both call an
 * in-process fake server (its `fetch`, no socket), so both pay the same server work; the ratio shows
 * the bot's own work. Deliveries are encrypted and signed before the clock starts (that is the
 * platform's work), 20 chats at a time.
 *
 * CPU (`process.cpuUsage`, user + system, the fake included) per message and wall-clock messages
 * per second are reported; the bot's queue waits its order window (50 ms) before an idle chat's
 * first message, which bounds wall-clock throughput per chat, not CPU.
 *
 * Run alone: npx tsx bench/bot.ts [rounds]
 */
import { createContext } from '../dist/index.js'
import { createBot } from '../dist/bot/index.js'
import { createEventDispatcher } from '../dist/events/index.js'
import { createMessage, replyMessage } from '../dist/api/im/v1/index.js'
import { normalizeMessage, text } from '../dist/messages/index.js'
import { buildV2Event, createEventDelivery, createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from '../dist/testing/index.js'
import { median, ratio, table } from './lib.ts'

const KEYS = { encryptKey: 'bench-encrypt-key', verificationToken: 'bench-verification-token' }
const BOT = 'ou_bench_bot'
const CHATS = 20
const PER_ROUND = 200

type Handler = (request: Request) => Promise<Response>

export async function measureBot(rounds: number) {
  const fake = createFakeFeishu()
  const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: fake.baseUrl, fetch: fake.fetch, logLevel: 'silent' })
  const chats = fake.seedChats(Array.from({ length: CHATS }, (_, i) => ({ name: `bench ${i}`, members: [FAKE_USER.open_id] })))

  const bot = createBot({ context: ctx, ...KEYS, botOpenId: BOT, onMessage: (message, reply) => reply.text(`echo: ${message.text}`) })
  const byBot: Handler = (request) => bot.fetch(request)
  const byHand: Handler = createEventDispatcher({
    ...KEYS,
    context: ctx,
    handlers: {
      'im.message.receive_v1': async ({ event }) => {
        const message = await normalizeMessage(event, { botOpenId: BOT })
        if (message.chatType !== 'p2p' && !message.mentionsBot) return
        await replyMessage(ctx, { path: { message_id: message.messageId }, body: { ...text(`echo: ${message.text}`), uuid: crypto.randomUUID() } })
      },
    },
  })

  /** `count` deliveries of group messages that mention the bot, ready to send. */
  async function deliveries(count: number): Promise<Request[][]> {
    const batches: Request[][] = []
    for (let i = 0; i < count; i += CHATS) {
      const batch: Request[] = []
      for (const chat of chats.slice(0, Math.min(CHATS, count - i))) {
        const sent = await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chat.chat_id, ...text('question') } })
        const event = buildV2Event(
          'im.message.receive_v1',
          {
            sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user', tenant_key: FAKE_USER.tenant_key },
            message: {
              message_id: sent.message_id,
              chat_id: chat.chat_id,
              chat_type: 'group',
              message_type: 'text',
              content: JSON.stringify({ text: '@_user_1 what is new?' }),
              mentions: [{ key: '@_user_1', id: { open_id: BOT }, name: 'Bot', tenant_key: FAKE_USER.tenant_key }],
              create_time: String(Date.now()),
            },
          },
          { token: KEYS.verificationToken },
        )
        batch.push(await createEventDelivery({ url: 'https://bot.bench/', event, ...KEYS }))
      }
      batches.push(batch)
    }
    return batches
  }

  async function run(handler: Handler, settle: () => Promise<void>, count: number) {
    const batches = await deliveries(count)
    fake.clearRequests()
    const started = performance.now()
    const before = process.cpuUsage()
    for (const batch of batches) {
      const answers = await Promise.all(batch.map((r) => handler(r)))
      if (answers.some((a) => a.status !== 200)) throw new Error('a delivery was refused')
    }
    await settle()
    const used = process.cpuUsage(before)
    const ms = performance.now() - started
    const replies = fake.requests.filter((r) => r.path.endsWith('/reply')).length
    if (replies !== count) throw new Error(`expected ${count} replies, saw ${replies}`)
    return { cpuMs: (used.user + used.system) / 1000 / count, perSecond: (count * 1000) / ms }
  }

  await run(byBot, () => bot.idle(), 40)
  await run(byHand, async () => {}, 40)
  const botRuns: Array<{ cpuMs: number; perSecond: number }> = []
  const handRuns: Array<{ cpuMs: number; perSecond: number }> = []
  for (let i = 0; i < rounds; i++) {
    const pair = [() => run(byBot, () => bot.idle(), PER_ROUND), () => run(byHand, async () => {}, PER_ROUND)] as const
    if (i % 2) {
      handRuns.push(await pair[1]())
      botRuns.push(await pair[0]())
    } else {
      botRuns.push(await pair[0]())
      handRuns.push(await pair[1]())
    }
  }
  const b = { cpu: median(botRuns.map((r) => r.cpuMs)), rate: median(botRuns.map((r) => r.perSecond)) }
  const h = { cpu: median(handRuns.map((r) => r.cpuMs)), rate: median(handRuns.map((r) => r.perSecond)) }
  const markdown = table(
    ['', 'CPU per message (median)', 'messages / s (median)'],
    [
      ['createBot: bot.fetch (verify, decrypt, de-dup ×2, normalize, policy, queue, reply)', `${b.cpu.toFixed(3)} ms`, b.rate.toFixed(0)],
      ['by hand: createEventDispatcher + normalizeMessage + replyMessage', `${h.cpu.toFixed(3)} ms`, h.rate.toFixed(0)],
      ['bot / by hand', `${ratio(b.cpu / h.cpu)} (${b.cpu >= h.cpu ? '+' : ''}${((b.cpu / h.cpu - 1) * 100).toFixed(0)} %)`, ''],
    ],
  )
  return { botCpuMs: b.cpu, handCpuMs: h.cpu, botRate: b.rate, handRate: h.rate, markdown }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureBot(Number(process.argv[2] ?? 6))
  console.log(result.markdown)
}
