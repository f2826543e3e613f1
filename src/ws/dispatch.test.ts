import { describe, expect, it } from 'vitest'
import { createContext } from '../core/context.ts'
import { createMemoryStore } from '../core/token/memory-store.ts'
import { createDeduper } from '../events/dedupe.ts'
import type { LarkEvent } from '../events/types.ts'
import { createDispatcher } from './dispatch.ts'

const ctx = createContext({ appId: 'cli_a1b2c3d4e5f60718', appSecret: 's', domain: 'https://open.test', logLevel: 'silent' })
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
const v2 = (id: string, type = 'im.message.receive_v1') => ({ schema: '2.0', header: { event_id: id, event_type: type, token: 'vt' }, event: { n: 1 } })
const deduper = () => createDeduper({ store: createMemoryStore(), ttl: 60_000, settle: 0, warn: () => {} })
type Handlers = Parameters<typeof createDispatcher>[1]

describe('createDispatcher', () => {
  it('hands v2 and v1 deliveries to their handler as a LarkEvent, without the verification token', async () => {
    const seen: LarkEvent[] = []
    const handlers: Handlers = { 'im.message.receive_v1': (e) => void seen.push(e), app_open: (e) => void seen.push(e) }
    const dispatch = createDispatcher(ctx, handlers, undefined)
    expect(await dispatch(bytes(v2('e1')))).toEqual({ code: 200 })
    const v1 = { uuid: 'u1', ts: '1700000000.5', token: 'vt', type: 'event_callback', event: { type: 'app_open', app_id: 'cli_x' } }
    expect(await dispatch(bytes(v1))).toEqual({ code: 200 })
    expect(seen).toEqual([
      { type: 'im.message.receive_v1', schema: '2.0', eventId: 'e1', appId: undefined, tenantKey: undefined, createTime: undefined, event: { n: 1 } },
      { type: 'app_open', schema: '1.0', eventId: 'u1', appId: 'cli_x', tenantKey: undefined, createTime: 1_700_000_000_500, event: v1.event },
    ])
  })

  it('ignores what an event handler returns, and sends a callback reply as base64 JSON', async () => {
    const dispatch = createDispatcher(ctx, { x: () => ({ ignored: true }), 'card.action.trigger': () => ({ toast: { type: 'info', content: 'ok' } }) }, deduper())
    expect(await dispatch(bytes(v2('e1', 'x')))).toEqual({ code: 200 })
    // The recorded exchange's ACK for a toast reply.
    expect(await dispatch(bytes(v2('c1', 'card.action.trigger')))).toEqual({ code: 200, data: 'eyJ0b2FzdCI6eyJ0eXBlIjoiaW5mbyIsImNvbnRlbnQiOiJvayJ9fQ==' })
  })

  it('ACKs an event without a handler and does not look up inherited keys', async () => {
    const dispatch = createDispatcher(ctx, {}, undefined)
    expect(await dispatch(bytes(v2('e1', 'constructor')))).toEqual({ code: 200 })
  })

  it('answers 500 for a throwing handler and for a payload that is not an event', async () => {
    const dispatch = createDispatcher(ctx, { x: () => Promise.reject(new Error('boom')) }, undefined)
    expect(await dispatch(bytes(v2('e1', 'x')))).toEqual({ code: 500 })
    expect(await dispatch(new TextEncoder().encode('[1]'))).toEqual({ code: 500 })
    expect(await dispatch(bytes({ schema: '2.0', header: {} }))).toEqual({ code: 500 })
  })

  it('runs an event id once: a concurrent re-push waits for the first outcome, a later one is ACKed at once', async () => {
    let calls = 0
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => (release = r))
    const dispatch = createDispatcher(ctx, { x: async () => void (calls++, await gate) }, deduper())
    const first = dispatch(bytes(v2('e1', 'x')))
    const concurrent = dispatch(bytes(v2('e1', 'x')))
    release()
    expect(await first).toEqual({ code: 200 })
    expect(await concurrent).toEqual({ code: 200 })
    expect(await dispatch(bytes(v2('e1', 'x')))).toEqual({ code: 200 })
    expect(calls).toBe(1)
  })

  it('gives a concurrent re-push the failure of the first run, and runs a later re-push again', async () => {
    let calls = 0
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => (release = r))
    const dispatch = createDispatcher(ctx, { x: async () => { calls++; await gate; if (calls === 1) throw new Error('first fails') } }, deduper())
    const first = dispatch(bytes(v2('e1', 'x')))
    const concurrent = dispatch(bytes(v2('e1', 'x')))
    release()
    expect((await first).code).toBe(500)
    expect((await concurrent).code).toBe(500)
    expect((await dispatch(bytes(v2('e1', 'x')))).code).toBe(200)
    expect(calls).toBe(2)
  })

  it('goes on without de-duplication when the store fails', async () => {
    const broken = { get: () => Promise.reject(new Error('down')), set: () => Promise.reject(new Error('down')), delete: () => true }
    let calls = 0
    const dispatch = createDispatcher(ctx, { x: () => void calls++ }, createDeduper({ store: broken, ttl: 1, settle: 0, warn: () => {} }))
    expect(await dispatch(bytes(v2('e1', 'x')))).toEqual({ code: 200 })
    expect(calls).toBe(1)
  })
})
