/**
 * Round trips over real HTTP against the fake Feishu server: send content with `createMessage`, read
 * it back with `getMessage` / `listMessage`, normalize the items, then download a listed resource
 * with `getMessageResource` using the key `resources` gives. The received shapes follow "Receive
 * message content" (https://open.feishu.cn/document/server-docs/im-v1/message-content-description/message_content).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as im from '../../src/api/im/v1/index.ts'
import type { Context } from '../../src/core/types.ts'
import type { SendMsgType } from '../../src/messages/builders.ts'
import { normalizeMessage } from '../../src/messages/normalize.ts'
import { FAKE_APP_ID } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
const PDF = new TextEncoder().encode('%PDF-1.4 fake')

let served: Awaited<ReturnType<typeof startFake>>
let ctx: Context
let chatId: string

beforeAll(async () => {
  served = await startFake()
  ctx = served.context()
  served.fake.seedUsers([{ open_id: 'ou_ann', user_id: 'ann', name: 'Ann' }])
  chatId = served.fake.seedChats([{ name: 'team', members: ['ou_ann'] }])[0]?.chat_id ?? ''
})
afterAll(() => served.close())

const send = (msg_type: SendMsgType, content: unknown) =>
  im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, msg_type, content: JSON.stringify(content) } })

async function roundTrip(msgType: SendMsgType, content: unknown) {
  const sent = await send(msgType, content)
  const got = await im.getMessage(ctx, { path: { message_id: sent.message_id ?? '' } })
  const item = got.items?.[0]
  if (!item) throw new Error('getMessage returned no item')
  return { sent, normalized: await normalizeMessage(item) }
}

describe('build → send → fetch → normalize, over HTTP', () => {
  it('text: ids, sender and text survive the trip', async () => {
    const { sent, normalized } = await roundTrip('text', { text: 'ship it' })
    expect(normalized).toMatchObject({
      messageId: sent.message_id,
      chatId,
      msgType: 'text',
      text: 'ship it',
      resources: [],
      createTime: Number(sent.create_time),
      senderType: 'app',
    })
    // The bot sent it: an app sender, so no open_id.
    expect(normalized.senderOpenId).toBeUndefined()
    expect(sent.sender?.id).toBe(FAKE_APP_ID)
  })

  it('post: heading, link, code block, image resource', async () => {
    const { image_key = '' } = await im.createImage(ctx, { body: { image_type: 'message', image: PNG } })
    const { normalized } = await roundTrip('post', {
      zh_cn: {
        title: 'Notes',
        content: [
          [{ tag: 'text', text: 'see ' }, { tag: 'a', text: 'docs', href: 'https://example.com/d' }],
          [{ tag: 'img', image_key }],
          [{ tag: 'code_block', language: 'sh', text: 'npm test' }],
        ],
      },
    })
    expect(normalized.text).toBe(`# Notes\n\nsee [docs](https://example.com/d)\n[image: ${image_key}]\n\`\`\`sh\nnpm test\n\`\`\``)
    expect(normalized.resources).toEqual([{ type: 'image', key: image_key }])
  })

  it('file: the listed resource key downloads the bytes that were uploaded', async () => {
    const { file_key = '' } = await im.createFile(ctx, { body: { file_type: 'pdf', file_name: 'report.pdf', file: PDF } })
    const { sent, normalized } = await roundTrip('file', { file_key, file_name: 'report.pdf' })
    expect(normalized.text).toBe('[file: report.pdf]')
    const [resource] = normalized.resources
    expect(resource).toEqual({ type: 'file', key: file_key, name: 'report.pdf' })
    const download = await im.getMessageResource(ctx, {
      path: { message_id: sent.message_id ?? '', file_key: resource?.key ?? '' },
      query: { type: 'file' },
    })
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF)
  })

  it('interactive (card JSON 1.0) and share_chat', async () => {
    const card = await roundTrip('interactive', {
      header: { title: { tag: 'plain_text', content: 'Build' } },
      elements: [{ tag: 'markdown', content: 'all **green**' }, { tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'Open' } }] }],
    })
    expect(card.normalized.text).toBe('# Build\nall **green**\n[Open]')
    const share = await roundTrip('share_chat', { chat_id: chatId })
    expect(share.normalized.text).toBe(`[shared chat: ${chatId}]`)
  })

  it('listMessage items normalize the same way as getMessage items', async () => {
    const page = await im.listMessage(ctx, { query: { container_id_type: 'chat', container_id: chatId, page_size: 50 } })
    const texts = await Promise.all((page.items ?? []).map(async (item) => (await normalizeMessage(item)).text))
    expect(texts[0]).toBe('ship it')
    expect(texts).toContain('[file: report.pdf]')
    expect(texts.every((t) => typeof t === 'string' && t.length > 0)).toBe(true)
  })

  it('merge_forward: the fetcher wraps getMessage; a failing fetch (unknown id) gives the summary', async () => {
    const event = {
      message: { message_id: 'om_missing', chat_id: chatId, chat_type: 'group', message_type: 'merge_forward', content: '{"content":"Merged and Forwarded Message"}', create_time: '1' },
    }
    const calls: string[] = []
    const n = await normalizeMessage(event, {
      fetchMessage: (id, signal) => {
        calls.push(id)
        return im.getMessage(ctx, { path: { message_id: id } }, { signal })
      },
    })
    expect(calls).toEqual(['om_missing'])
    expect(n.text).toBe('[merged and forwarded messages]')
  })

  it('merge_forward: the signal reaches the fetcher; an aborted one fetches nothing', async () => {
    const seen: Array<AbortSignal | undefined> = []
    const fetchMessage = (id: string, signal?: AbortSignal) => {
      seen.push(signal)
      return im.getMessage(ctx, { path: { message_id: id } }, { signal })
    }
    const event = { message: { message_id: 'om_x', message_type: 'merge_forward', content: '{}' } }
    const live = new AbortController()
    await normalizeMessage(event, { fetchMessage, signal: live.signal })
    expect(seen).toEqual([live.signal])
    const aborted = new AbortController()
    aborted.abort()
    const n = await normalizeMessage(event, { fetchMessage, signal: aborted.signal })
    expect(seen).toHaveLength(1)
    expect(n.text).toBe('[merged and forwarded messages]')
  })
})
