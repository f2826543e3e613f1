/**
 * Hostile webhook input, over real loopback HTTP where the answer is what matters: hanging stores
 * and handlers, malformed bodies, signature games, replays. Each `it` names its cases; the count of
 * cases is the number of hostile inputs asserted.
 */
import { afterAll, describe, expect, it } from 'vitest'
import type { TokenStore } from '../../src/core/types.ts'
import type { AtomicStore } from '../../src/events/index.ts'
import { buildV1Event, buildV2Event, createEventDelivery, pushEvent } from '../../src/testing/index.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, messageEvent, serveDispatcher } from './helpers.ts'

const open: Array<{ close(): Promise<void> }> = []
afterAll(() => Promise.all(open.map((s) => s.close())))

async function serve(options: Parameters<typeof serveDispatcher>[0] = {}) {
  const s = await serveDispatcher(options)
  open.push(s)
  return s
}

const never = () => new Promise<never>(() => {})
/** A Keyv-like store whose every call hangs forever. */
const hangingStore: TokenStore = { get: never, set: never, delete: never }
/** An atomic store whose every call hangs forever. */
const hangingAtomic: AtomicStore = { setIfAbsent: never, delete: never }

const v2 = (type = 'im.message.receive_v1', event: Record<string, unknown> = messageEvent(), eventId?: string) =>
  buildV2Event(type, event, { token: VERIFICATION_TOKEN, eventId })
const signed = (url: string, event: Record<string, unknown>, extra = {}) => createEventDelivery({ url, event, encryptKey: ENCRYPT_KEY, ...extra })

/** One push as the platform makes it: no answer within its 3 s deadline counts as status 0. */
async function platformPush(url: string, request: Request) {
  const { attempts } = await pushEvent(url, request, { retries: 0 })
  return attempts[0]!
}

describe('deadlines: one budget from arrival for app_ticket, claim and handler', () => {
  it('a Keyv store whose get/set never resolve, with a handler that never resolves: answered 200 within the platform deadline', async () => {
    const s = await serve({ store: hangingStore, ackAfter: 1000, handlers: { 'im.message.receive_v1': never } })
    const answer = await platformPush(s.url, await signed(s.url, v2()))
    expect(answer).toEqual({ status: 200, body: '{}' })
  })

  it('the same with the default budget', async () => {
    const s = await serve({ store: hangingStore, handlers: { 'im.message.receive_v1': never } })
    expect(await platformPush(s.url, await signed(s.url, v2()))).toEqual({ status: 200, body: '{}' })
  })

  it('an atomic store whose setIfAbsent never resolves: answered in time, and the handler still runs (at least once)', async () => {
    let ran = 0
    let background: Promise<unknown> | undefined
    const s = await serve({ store: hangingAtomic, ackAfter: 1000, handlers: { 'im.message.receive_v1': () => void ran++ } })
    const answer = await pushEvent((r) => s.dispatch(r, { waitUntil: (p) => (background = p) }), await signed(s.url, v2()), { retries: 0 })
    expect(answer.attempts).toEqual([{ status: 200, body: '{}' }])
    expect(background).toBeDefined()
    await background
    expect(ran).toBe(1)
    expect(s.logger.lines.some((l) => l.includes('de-dup store setIfAbsent failed'))).toBe(true)
  })

  it('an app_ticket whose token store never answers, with a handler that never resolves: answered in time', async () => {
    const { createContext } = await import('../../src/core/context.ts')
    const context = createContext({ appId: 'cli_hang', appSecret: 'x', tokenStore: hangingStore, logLevel: 'silent' })
    const s = await serve({ context, store: undefined, ackAfter: 1000, handlers: { app_ticket: never } })
    const ticket = buildV1Event('app_ticket', { app_id: 'cli_hang', app_ticket: 't-1' }, { token: VERIFICATION_TOKEN, appId: 'cli_hang' })
    expect(await platformPush(s.url, await signed(s.url, ticket))).toEqual({ status: 200, body: '{}' })
  })

  it('a card callback whose handler never resolves is answered {} in time, with a warning', async () => {
    const s = await serve({ ackAfter: 1000, handlers: { 'card.action.trigger': never } })
    const card = v2('card.action.trigger', { action: { tag: 'button', value: { k: 1 } }, token: 'c-upd' })
    expect(await platformPush(s.url, await signed(s.url, card))).toEqual({ status: 200, body: '{}' })
    expect(s.logger.lines.some((l) => l.startsWith('warn [larkfn] callback handler did not answer in time'))).toBe(true)
  })

  it('a card callback behind a hanging store with a hanging handler, default budget: answered {} in time', async () => {
    const s = await serve({ store: hangingStore, handlers: { 'card.action.trigger': never } })
    const card = v2('card.action.trigger', { action: { tag: 'button' } })
    expect(await platformPush(s.url, await signed(s.url, card))).toEqual({ status: 200, body: '{}' })
  })
})
