import { afterAll, describe, expect, it } from 'vitest'
import { createEventDispatcher, type CardActionReply } from '../../src/events/index.ts'
import { listen } from '../../src/node/index.ts'
import { buildV2Event, createCardCallback, createChallenge, createEventDelivery } from '../../src/testing/index.ts'
import { captureLogger } from '../helpers.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, post } from './helpers.ts'

const pressed: unknown[] = []
const reply: CardActionReply = {
  toast: { type: 'success', content: 'saved', i18n: { en_us: 'saved' } },
  card: { type: 'raw', data: { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'done' }] } } },
}
const dispatch = createEventDispatcher({
  encryptKey: ENCRYPT_KEY,
  verificationToken: VERIFICATION_TOKEN,
  logger: captureLogger(),
  handlers: {
    'card.action.trigger': async (e) => {
      pressed.push(e.event.action?.value)
      if (e.event.action?.tag === 'boom') throw new Error('card handler bug')
      return e.event.action?.tag === 'quiet' ? undefined : reply
    },
    'card.action.trigger_v1': (e) => {
      pressed.push(e.event.action?.value)
      return { config: { wide_screen_mode: true }, elements: [{ tag: 'div', text: { tag: 'plain_text', content: `by ${e.event.open_id}` } }] }
    },
    'url.preview.get': () => ({ inline: { title: 'Preview' } }),
  },
})
const server = await listen(dispatch)
const url = `${server.url}/lark/card`
afterAll(() => server.close())

const cardV2 = (tag: string) =>
  createEventDelivery({
    url,
    encryptKey: ENCRYPT_KEY,
    event: buildV2Event(
      'card.action.trigger',
      { operator: { open_id: 'ou_1' }, token: 'c-upd', action: { tag, value: { id: 7 } }, host: 'im_message', context: { open_message_id: 'om_1' } },
      { token: VERIFICATION_TOKEN },
    ),
  })

describe('card.action.trigger (v2 callback)', () => {
  it('replies with the toast and card the handler returns', async () => {
    expect(await post(await cardV2('button'))).toEqual({ status: 200, body: reply })
  })

  it('replies {} when the handler returns nothing, and a generic 500 when it throws', async () => {
    expect(await post(await cardV2('quiet'))).toEqual({ status: 200, body: {} })
    expect(await post(await cardV2('boom'))).toEqual({ status: 500, body: { msg: 'internal error' } })
  })

  it('is de-duplicated: a replayed callback gets {} and does not run again', async () => {
    const request = await cardV2('button')
    pressed.length = 0
    expect((await post(request.clone())).body).toEqual(reply)
    expect(await post(request)).toEqual({ status: 200, body: {} })
    expect(pressed).toHaveLength(1)
  })

  it('url.preview.get replies with its inline preview', async () => {
    const req = await createEventDelivery({ url, encryptKey: ENCRYPT_KEY, event: buildV2Event('url.preview.get', { context: { url: 'https://x' } }, { token: VERIFICATION_TOKEN }) })
    expect(await post(req)).toEqual({ status: 200, body: { inline: { title: 'Preview' } } })
  })
})

describe('card.action.trigger_v1 (old message card, SHA-1 signature)', () => {
  const body = { open_id: 'ou_9', user_id: 'u9', open_message_id: 'om_9', open_chat_id: 'oc_9', tenant_key: 't9', token: 'c-9', action: { tag: 'button', value: { k: 'v' } } }

  it('verifies the SHA-1 signature and replies with the new card', async () => {
    const res = await post(await createCardCallback({ url, body, verificationToken: VERIFICATION_TOKEN }))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ elements: [{ text: { content: 'by ou_9' } }] })
  })

  it('refuses a callback signed with another token or with no signature', async () => {
    expect((await post(await createCardCallback({ url, body, verificationToken: 'other' }))).status).toBe(401)
    const unsigned = new Request(url, { method: 'POST', body: JSON.stringify(body) })
    expect(await post(unsigned)).toEqual({ status: 401, body: { msg: 'unauthorized' } })
  })

  it('the card URL also answers the URL check', async () => {
    expect((await post(await createChallenge({ url, challenge: 'card-c', verificationToken: VERIFICATION_TOKEN }))).body).toEqual({ challenge: 'card-c' })
  })

  it('without a verification token, an encrypt-key-only dispatcher refuses it (it cannot be verified)', async () => {
    const d = createEventDispatcher({ encryptKey: ENCRYPT_KEY, logger: captureLogger(), handlers: { 'card.action.trigger_v1': () => ({}) } })
    const res = await d(await createCardCallback({ url: 'http://x/', body, verificationToken: VERIFICATION_TOKEN }))
    expect(res.status).toBe(401)
  })
})
