/**
 * The runtime matrix's smoke: one user's day with larkfn, written once and run unchanged inside
 * every runtime (Node 20 and 24, Bun, Deno, workerd, Vercel's edge runtime, Chromium). It imports
 * the built package by its public names (`larkfn`, `larkfn/contact/v3`, …) as a user would, talks
 * to the fake Feishu server over loopback, and returns one named result per step. A step that throws
 * is reported with its error instead of a value, so one refusal does not hide the other steps.
 *
 * Runtime-neutral: no `node:*`, no runtime globals beyond the Web platform (fetch, Web Crypto,
 * streams, FormData); what the runtime is, it only reads to report.
 *
 * @module
 */
import { createContext, paginateItems, type Middleware } from 'larkfn'
import { batchGetUserId, listUser } from 'larkfn/contact/v3'
import { createImage, createMessage, getImage, getMessage, replyMessage } from 'larkfn/im/v1'
import {
  appFor,
  ENCRYPT_KEY,
  eventIdFor,
  imageFor,
  imageNameFor,
  lookupUser,
  PAGE_SIZE,
  RUNTIMES,
  sha256Hex,
  VERIFICATION_TOKEN,
  type Runtime,
} from './matrix.ts'

/** The steps, in the order they run. */
export const STEPS = ['contact', 'paginate', 'files', 'events', 'messages', 'cards', 'bot', 'sheets'] as const
export type Step = (typeof STEPS)[number]

/** One step's outcome: its value, or the error it threw (`Name: message (cause: …)`). */
export type StepResult =
  | { readonly step: Step; readonly ok: true; readonly value: Record<string, unknown>; readonly ms: number }
  | { readonly step: Step; readonly ok: false; readonly error: string; readonly ms: number }

/** What one run of the smoke gives back (JSON-serialisable: it crosses process and page borders). */
export interface SmokeReport {
  readonly runtime: Runtime
  /** What the runtime says it is (`node 24.21.0`, `bun 1.4.5`, `Cloudflare-Workers`, a user agent…). */
  readonly detected: string
  readonly results: readonly StepResult[]
}

/** Input of {@link runSmoke}. */
export interface SmokeInput {
  /** Base URL of the fake Feishu server, e.g. `http://127.0.0.1:41234`. */
  readonly apiUrl: string
  /** Which runtime this is: picks the runtime's own fake app, tenant and data. */
  readonly runtime: Runtime
}

/** The platform's published sample for the event crypto: this blob, decrypted with `test key`. */
const PLATFORM_SAMPLE = { encrypt: 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', key: 'test key', plain: 'hello world' }

type Globals = {
  Bun?: { version: string }
  Deno?: { version: { deno: string } }
  EdgeRuntime?: string
  process?: { versions?: { node?: string } }
  navigator?: { userAgent?: string }
}

/** What the runtime says it is; checked by the tests so a harness cannot run the wrong runtime. */
export function detectRuntime(): string {
  const g = globalThis as unknown as Globals
  if (g.Bun) return `bun ${g.Bun.version}`
  if (g.Deno) return `deno ${g.Deno.version.deno}`
  if (typeof g.EdgeRuntime === 'string') return g.EdgeRuntime
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return 'Cloudflare-Workers'
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`
  return g.navigator?.userAgent ?? 'unknown'
}

function describeError(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? `${current.name}: ${current.message}` : String(current))
    current = current instanceof Error ? current.cause : undefined
  }
  return parts.join(' (cause: ') + ')'.repeat(parts.length - 1)
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array<ArrayBuffer>; chunks: number }> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return { bytes, chunks: chunks.length }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Runs every step against the fake server and reports each one.
 *
 * @param input The fake's base URL and the runtime's name.
 * @returns One result per step, in {@link STEPS} order.
 * @throws {Error} Only when the input is unusable (an unknown runtime, no URL).
 */
export async function runSmoke(input: SmokeInput): Promise<SmokeReport> {
  const { apiUrl, runtime } = input
  if (!(RUNTIMES as readonly string[]).includes(runtime)) throw new Error(`runSmoke: unknown runtime ${JSON.stringify(runtime)}`)
  if (!/^https?:\/\//.test(apiUrl)) throw new Error(`runSmoke: apiUrl must be an http(s) URL, got ${JSON.stringify(apiUrl)}`)
  const app = appFor(runtime)
  const listCalls: string[] = []
  const countLists: Middleware = (req, next) => {
    if (req.spec.id === listUser.spec.id) listCalls.push(new URL(req.url).searchParams.get('page_token') ?? '(first)')
    return next(req)
  }
  const ctx = createContext({ appId: app.appId, appSecret: app.appSecret, domain: apiUrl, logLevel: 'silent', middleware: [countLists] })

  const steps: Record<Step, () => Promise<Record<string, unknown>>> = {
    // createContext + one endpoint: tenant token fetched, JSON body, envelope unwrapped.
    async contact() {
      const user = lookupUser(runtime)
      const missing = `nobody.${runtime}@example.com`
      const data = await batchGetUserId(ctx, { body: { emails: [user.email, missing] } })
      const list = data.user_list ?? []
      return {
        found: { email: list[0]?.email, userId: list[0]?.user_id },
        missing: { email: list[1]?.email, userId: list[1]?.user_id },
        // Which fetch the root entry chose: `nodeFetch` under the `node` export condition.
        transport: ctx.fetch.name === 'nodeFetch' ? 'nodeFetch' : 'global fetch',
      }
    },
    // paginateItems over a list that really pages: page_token followed until has_more is false.
    async paginate() {
      const openIds: string[] = []
      for await (const user of paginateItems(listUser, ctx, { query: { page_size: PAGE_SIZE } })) openIds.push(user.open_id ?? '?')
      return { openIds, requests: listCalls.length }
    },
    // Multipart upload of bytes, then the same bytes back through a stream-first Download.
    async files() {
      const image = imageFor(runtime)
      const { image_key: imageKey } = await createImage(ctx, {
        body: { image_type: 'message', image: { name: imageNameFor(runtime), data: image } },
      })
      if (imageKey === undefined) throw new Error('createImage answered no image_key')
      const download = await getImage(ctx, { path: { image_key: imageKey } })
      const streamFirst = typeof download.body?.getReader === 'function'
      const { bytes, chunks } = await readAll(download.body)
      return {
        imageKey,
        streamFirst,
        filename: download.filename,
        contentType: download.contentType,
        contentLength: download.contentLength,
        size: bytes.length,
        chunks,
        sha256: await sha256Hex(bytes),
        equal: sameBytes(bytes, image),
      }
    },
    // The webhook dispatcher: a delivery encrypted and signed as the platform sends it, decrypted,
    // verified and handed to the handler; a forged signature and a replayed event id are refused.
    // Imported lazily so a runtime (or a build) without larkfn/events fails this step alone.
    async events() {
      const { createEventDispatcher, decryptEvent } = await import('larkfn/events')
      const { buildV2Event, createEventDelivery } = await import('larkfn/testing')
      const sample = await decryptEvent(PLATFORM_SAMPLE.encrypt, PLATFORM_SAMPLE.key)
      const handled: Record<string, unknown>[] = []
      const dispatch = createEventDispatcher({
        encryptKey: ENCRYPT_KEY,
        verificationToken: VERIFICATION_TOKEN,
        logLevel: 'silent',
        handlers: {
          'im.message.receive_v1': ({ type, eventId, appId, tenantKey, event }) => {
            const content = JSON.parse(event.message.content) as { text?: string }
            handled.push({ type, eventId, appId, tenantKey, chatId: event.message.chat_id, text: content.text })
          },
        },
      })
      const deliver = (eventId: string) =>
        createEventDelivery({
          url: 'https://bot.example.com/lark/events',
          encryptKey: ENCRYPT_KEY,
          verificationToken: VERIFICATION_TOKEN,
          event: buildV2Event(
            'im.message.receive_v1',
            {
              sender: { sender_id: { open_id: lookupUser(runtime).open_id }, sender_type: 'user', tenant_key: app.tenantKey },
              message: {
                message_id: `om_${eventId}`,
                chat_id: `oc_${eventId}`,
                chat_type: 'group',
                message_type: 'text',
                create_time: String(Date.now()),
                content: JSON.stringify({ text: `hello from ${runtime}` }),
              },
            },
            { appId: app.appId, tenantKey: app.tenantKey, eventId },
          ),
        })
      const delivery = await deliver(eventIdFor(runtime))
      const wire = await delivery.clone().text()
      const replay = delivery.clone()
      const first = await dispatch(delivery)
      const firstBody = await first.text()
      const again = await dispatch(replay)
      await again.text()
      const forged = await deliver(`${eventIdFor(runtime)}_forged`)
      const headers = new Headers(forged.headers)
      const signature = headers.get('x-lark-signature') ?? ''
      headers.set('x-lark-signature', (signature[0] === '0' ? '1' : '0') + signature.slice(1))
      const refused = await dispatch(new Request(forged.url, { method: 'POST', headers, body: await forged.text() }))
      return {
        platformSample: sample,
        encryptedOnTheWire: Object.keys(JSON.parse(wire) as object).join(',') === 'encrypt' && !wire.includes('hello from'),
        status: first.status,
        reply: firstBody,
        handled,
        replayStatus: again.status,
        forgedStatus: refused.status,
        forgedReply: await refused.text(),
      }
    },
    // larkfn/messages: builders sent with createMessage / replyMessage, read back with getMessage,
    // normalized; long markdown split with its code fence closed and reopened.
    async messages() {
      const { at, markdown, normalizeMessage, parseContent, splitMarkdown, text } = await import('larkfn/messages')
      const user = lookupUser(runtime)
      const sent = await createMessage(ctx, {
        query: { receive_id_type: 'open_id' },
        body: { receive_id: user.open_id, ...text(`hi ${at(user.open_id, user.name)} from ${runtime}`) },
      })
      const replied = await replyMessage(ctx, {
        path: { message_id: sent.message_id ?? '' },
        body: markdown('**done**: `ok`', { title: runtime }),
      })
      const read = async (id: string | undefined) => {
        const item = (await getMessage(ctx, { path: { message_id: id ?? '' } })).items?.[0]
        if (item === undefined) throw new Error(`getMessage answered no item for ${String(id)}`)
        return normalizeMessage(item)
      }
      const first = await read(sent.message_id)
      const second = await read(replied.message_id)
      const code = '```ts\n' + Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') + '\n```'
      const chunks = splitMarkdown(`intro\n\n${code}`, 120)
      return {
        first: { msgType: first.msgType, text: first.text, chatType: first.chatType, resources: first.resources.length },
        reply: { msgType: second.msgType, text: second.text, parentIsFirst: second.parentId === first.messageId },
        parsed: parseContent('image', '{"image_key":"img_x"}'),
        chunks: chunks.length,
        fitting: chunks.every((c) => c.length <= 120),
        fenced: chunks.slice(1).every((c) => c.startsWith('```ts\n') && c.endsWith('```')),
      }
    },
    // larkfn/cards: a short answer streamed into a card sent to the runtime's user, then the
    // message read back: it refers to the card by id.
    async cards() {
      const { streamMarkdown } = await import('larkfn/cards')
      const user = lookupUser(runtime)
      async function* answer() {
        for (const word of `streamed in ${runtime}: one two three four five`.split(' ')) {
          yield `${word} `
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
      }
      const result = await streamMarkdown(ctx, { receiveId: user.open_id, receiveIdType: 'open_id' }, answer())
      const item = (await getMessage(ctx, { path: { message_id: result.messageId } })).items?.[0]
      return {
        cards: result.cards.length,
        text: result.text,
        sentByReference: JSON.parse(item?.body?.content ?? '{}').data?.card_id === result.cardId,
      }
    },
    // larkfn/bot: a webhook bot answers a direct message once (the same delivery twice), with a
    // markdown reply to it, and leaves a group message that does not mention it.
    async bot() {
      const { createBot } = await import('larkfn/bot')
      const { buildV2Event, createEventDelivery } = await import('larkfn/testing')
      const { normalizeMessage, text } = await import('larkfn/messages')
      const user = lookupUser(runtime)
      const app = appFor(runtime)
      const asked = await createMessage(ctx, { query: { receive_id_type: 'open_id' }, body: { receive_id: user.open_id, ...text(`question from ${runtime}`) } })
      const handled: string[] = []
      const replies: string[] = []
      const rejected: string[] = []
      const bot = createBot({
        context: ctx,
        encryptKey: ENCRYPT_KEY,
        verificationToken: VERIFICATION_TOKEN,
        botOpenId: `ou_bot_${runtime}`,
        onMessage: async (message, reply) => {
          handled.push(message.text)
          replies.push(...(await reply.markdown(`**${runtime}** got: ${message.text}`)))
        },
        onReject: (_message, reason) => void rejected.push(reason),
      })
      const deliver = (eventId: string, message: Record<string, unknown>) =>
        createEventDelivery({
          url: 'https://bot.example.com/lark/bot',
          encryptKey: ENCRYPT_KEY,
          verificationToken: VERIFICATION_TOKEN,
          event: buildV2Event(
            'im.message.receive_v1',
            {
              sender: { sender_id: { open_id: user.open_id }, sender_type: 'user', tenant_key: app.tenantKey },
              message: { message_type: 'text', create_time: String(Date.now()), ...message },
            },
            { appId: app.appId, tenantKey: app.tenantKey, eventId },
          ),
        })
      const direct = await deliver(`${eventIdFor(runtime)}_bot`, {
        message_id: asked.message_id,
        chat_id: asked.chat_id,
        chat_type: 'p2p',
        content: JSON.stringify({ text: `hello bot from ${runtime}` }),
      })
      const again = direct.clone()
      const statuses = [(await bot.fetch(direct)).status, (await bot.fetch(again)).status]
      const group = await deliver(`${eventIdFor(runtime)}_group`, { message_id: `om_group_${runtime}`, chat_id: `oc_group_${runtime}`, chat_type: 'group', content: '{"text":"not for the bot"}' })
      statuses.push((await bot.fetch(group)).status)
      await bot.idle()
      const item = (await getMessage(ctx, { path: { message_id: replies[0] ?? '' } })).items?.[0]
      const read = item ? await normalizeMessage(item) : undefined
      return { statuses, handled, rejected, reply: read?.text, replyIsToQuestion: read?.parentId === asked.message_id }
    },
    // larkfn/sheets + the list-only sheets v2 endpoints: cells written, appended and read back,
    // the sheet id (a space and a slash in it) percent-encoded into one path segment.
    async sheets() {
      const { formula, valueRange } = await import('larkfn/sheets')
      const { appendSpreadsheetValues, batchGetSpreadsheetValues, getSpreadsheetValues, updateSpreadsheetValues } = await import('larkfn/sheets/v2')
      const path = { spreadsheet_token: `sht_${runtime}` }
      const sheet = `Q ${runtime}/1`
      const written = await updateSpreadsheetValues(ctx, { path, body: { valueRange: valueRange(`${sheet}!A1`, [[runtime, 1], ['total', formula('=B1')]]) } })
      const appended = await appendSpreadsheetValues(ctx, { path, body: { valueRange: { range: `${sheet}!A1:B1`, values: [['more', 2]] } } })
      const read = await getSpreadsheetValues(ctx, { path: { ...path, range: `${sheet}!A1:B3` } })
      const batch = await batchGetSpreadsheetValues(ctx, { path, query: { ranges: `${sheet}!A3:B3,${sheet}!B1` } })
      return {
        written: written.updatedRange,
        appended: appended.updates?.updatedRange,
        values: read.valueRange?.values,
        batch: batch.valueRanges?.map((v) => v.values),
        revision: read.revision,
      }
    },
  }

  const results: StepResult[] = []
  for (const step of STEPS) {
    const started = Date.now()
    try {
      const value = await steps[step]()
      results.push({ step, ok: true, value, ms: Date.now() - started })
    } catch (error) {
      results.push({ step, ok: false, error: describeError(error), ms: Date.now() - started })
    }
  }
  return { runtime, detected: detectRuntime(), results }
}
