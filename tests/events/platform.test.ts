/**
 * Deliveries built here with Node's own crypto, exactly as the protocol sheet (§6.3, §6.4, §6.7)
 * describes the platform's, not with larkfn's helpers: they must reach the handlers over HTTP.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { createEventDispatcher, type AnyLarkEvent } from '../../src/events/index.ts'
import { listen } from '../../src/node/index.ts'
import { captureLogger } from '../helpers.ts'

const encryptKey = 'platform-encrypt-key'
const verificationToken = 'platform-verification-token'
const seen: AnyLarkEvent[] = []
const dispatch = createEventDispatcher({
  encryptKey,
  verificationToken,
  logger: captureLogger(),
  handlers: {
    'im.message.receive_v1': (e) => void seen.push(e),
    'card.action.trigger_v1': (e) => ({ toast: { type: 'info', content: `pressed ${String(e.event.action?.tag)}` } }),
  },
})
const server = await listen(dispatch)
afterAll(() => server.close())

function platformEncrypt(plaintext: string, key: string): string {
  const aesKey = createHash('sha256').update(key, 'utf8').digest()
  const iv = randomBytes(16)
  const cipher = createCipheriv('aes-256-cbc', aesKey, iv)
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64')
}

function headers(timestamp: string, nonce: string, signature: string): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'X-Lark-Request-Timestamp': timestamp,
    'X-Lark-Request-Nonce': nonce,
    'X-Lark-Signature': signature,
  }
}

describe('a delivery built independently with node:crypto', () => {
  it('an encrypted, SHA-256 signed v2 event reaches its handler', async () => {
    const payload = {
      schema: '2.0',
      header: {
        event_id: 'f7984f25108f8137722bb63cee927e66',
        event_type: 'im.message.receive_v1',
        create_time: String(Date.now()),
        token: verificationToken,
        app_id: 'cli_a1b2c3d4e5f60718',
        tenant_key: '2ca1d211f64f6438',
      },
      event: { message: { message_id: 'om_x', chat_id: 'oc_x', content: '{"text":"ni hao"}' } },
    }
    const body = JSON.stringify({ encrypt: platformEncrypt(JSON.stringify(payload), encryptKey) })
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = randomBytes(8).toString('hex')
    const signature = createHash('sha256').update(timestamp + nonce + encryptKey + body, 'utf8').digest('hex')
    const res = await fetch(`${server.url}/lark/events`, { method: 'POST', headers: headers(timestamp, nonce, signature), body })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({})
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ type: 'im.message.receive_v1', eventId: 'f7984f25108f8137722bb63cee927e66', tenantKey: '2ca1d211f64f6438' })
    expect(seen[0]?.event).toEqual(payload.event)
  })

  it('an old card callback signed with SHA-1 and the verification token gets the handler reply', async () => {
    const body = JSON.stringify({ open_id: 'ou_1', open_message_id: 'om_1', token: 'c-1', action: { tag: 'button', value: { k: 'v' } } })
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = 'n0nce'
    const signature = createHash('sha1').update(timestamp + nonce + verificationToken + body, 'utf8').digest('hex')
    const res = await fetch(`${server.url}/lark/card`, { method: 'POST', headers: headers(timestamp, nonce, signature), body })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ toast: { type: 'info', content: 'pressed button' } })
  })
})
