/**
 * Each adapter example in examples/events/ is started on a free loopback port and sent a signed,
 * encrypted delivery and a URL check, as the platform would.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp as createExpressApp } from '../../examples/events/express.ts'
import { createApp as createHonoApp } from '../../examples/events/hono.ts'
import { createApp as createKoaApp } from '../../examples/events/koa.ts'
import { listen } from '../../src/node/index.ts'
import { buildV2Event, createChallenge, createEventDelivery } from '../../src/testing/index.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, messageEvent } from './helpers.ts'

const closers: Array<() => Promise<void>> = []
afterAll(() => Promise.all(closers.map((c) => c())))

async function nodeServer(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.once('listening', resolve))
  closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

type Start = (onText: (text: string, chatId: string) => void) => Promise<string>

const apps: Array<[string, Start]> = [
  ['express', (onText) => nodeServer(createExpressApp({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, onText }).listen(0, '127.0.0.1'))],
  ['koa', (onText) => nodeServer(createKoaApp({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, onText }).listen(0, '127.0.0.1'))],
  [
    'hono',
    async (onText) => {
      const app = createHonoApp({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, onText })
      const server = await listen(async (request) => app.fetch(request))
      closers.push(() => server.close())
      return server.url
    },
  ],
]

describe.each(apps)('examples/events/%s.ts', (_, start) => {
  it('runs the handler for a signed, encrypted delivery and answers the URL check', async () => {
    const texts: string[] = []
    const base = await start((text, chatId) => texts.push(`${chatId}:${text}`))
    const url = `${base}/webhook/event`
    const event = buildV2Event('im.message.receive_v1', messageEvent('hello from the platform'), { token: VERIFICATION_TOKEN })
    const res = await fetch(await createEventDelivery({ url, event, encryptKey: ENCRYPT_KEY }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({})
    expect(texts).toEqual(['oc_1:hello from the platform'])
    const check = await fetch(await createChallenge({ url, challenge: 'ex-1', verificationToken: VERIFICATION_TOKEN, encryptKey: ENCRYPT_KEY }))
    expect(await check.json()).toEqual({ challenge: 'ex-1' })
    // Encrypted and signed with another key: refused on the signature, never decrypted.
    const forged = await fetch(await createEventDelivery({ url, event, encryptKey: 'not the key' }))
    expect(forged.status).toBe(401)
    expect(texts).toHaveLength(1)
  })
})

it('examples/events/express.ts answers a card action with the toast', async () => {
  const base = await apps[0]![1](() => {})
  const event = buildV2Event('card.action.trigger', { action: { tag: 'button', value: {} } }, { token: VERIFICATION_TOKEN })
  const res = await fetch(await createEventDelivery({ url: `${base}/webhook/event`, event, encryptKey: ENCRYPT_KEY }))
  expect(await res.json()).toEqual({ toast: { type: 'success', content: 'clicked button' } })
})
