/**
 * Build → send → fetch, for every builder, against the fake server over real HTTP. The content read
 * back is compared, field by field, with the shapes of the platform's send-content page:
 * https://open.feishu.cn/document/server-docs/im-v1/message-content-description/create_json
 * (msg_type values: the same page and https://open.feishu.cn/document/server-docs/im-v1/message/create;
 * the edit endpoint takes text and post: https://open.feishu.cn/document/server-docs/im-v1/message/update).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as cardkit from '../../src/api/cardkit/v1/index.ts'
import * as im from '../../src/api/im/v1/index.ts'
import { isLarkApiError, isLarkValidationError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import type { Context } from '../../src/core/types.ts'
import {
  at,
  atAll,
  audio,
  card,
  cardRef,
  file,
  image,
  markdown,
  media,
  post,
  shareChat,
  shareUser,
  sticker,
  template,
  text,
  type OutgoingMessage,
} from '../../src/messages/builders.ts'
import { normalizeMessage } from '../../src/messages/normalize.ts'
import { FAKE_TENANT_KEY, FAKE_USER } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
let served: Awaited<ReturnType<typeof startFake>>
let ctx: Context
let chatId: string

beforeAll(async () => {
  served = await startFake()
  ctx = served.context({ retry: false })
})
afterAll(() => served.close())
beforeEach(() => {
  served.fake.reset()
  chatId = served.fake.seedChats([{ name: 'round trip', members: [FAKE_USER.open_id] }])[0]?.chat_id ?? ''
})

/** The one mention of FAKE_USER, as getMessage lists it. */
const USER_MENTION = { key: '@_user_1', id: FAKE_USER.open_id, id_type: 'open_id', name: FAKE_USER.name, tenant_key: FAKE_TENANT_KEY }

/**
 * Sends `m` to the chat, reads it back with getMessage, checks msg_type, the exact content text (as
 * sent, or as the platform stores it when `mentions` are expected: placeholders instead of mentions)
 * and the mentions listed.
 */
async function roundTrip(m: OutgoingMessage, mentions: readonly object[] = []): Promise<unknown> {
  const sent = await im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...m } })
  const got = await im.getMessage(ctx, { path: { message_id: sent.message_id ?? '' } })
  const item = got.items?.[0]
  expect(item?.msg_type).toBe(m.msg_type)
  if (mentions.length === 0) expect(item?.body?.content).toBe(m.content)
  expect(item?.mentions ?? []).toEqual(mentions)
  expect(item?.chat_id).toBe(chatId)
  return JSON.parse(item?.body?.content ?? 'null')
}

async function upload(kind: 'image'): Promise<string>
async function upload(kind: 'opus' | 'mp4' | 'pdf'): Promise<string>
async function upload(kind: 'image' | 'opus' | 'mp4' | 'pdf'): Promise<string> {
  if (kind === 'image') return (await im.createImage(ctx, { body: { image_type: 'message', image: PNG } })).image_key ?? ''
  return (await im.createFile(ctx, { body: { file_type: kind, file_name: `f.${kind}`, file: PNG } })).file_key ?? ''
}

describe('every builder round-trips through createMessage and getMessage', () => {
  it('text, with mentions', async () => {
    // Sent as `<at>` tags; kept (and given back) as placeholders, the person listed once with the
    // directory's name: https://open.feishu.cn/document/server-docs/im-v1/message/intro (mentions).
    const s = `hi ${at(FAKE_USER.open_id, 'Written Name')} and ${atAll()}, ${at(FAKE_USER.open_id)} again`
    expect(s).toBe(`hi <at user_id="${FAKE_USER.open_id}">Written Name</at> and <at user_id="all"></at>, <at user_id="${FAKE_USER.open_id}"></at> again`)
    expect(await roundTrip(text(s), [USER_MENTION])).toEqual({ text: 'hi @_user_1 and @_all, @_user_1 again' })
  })

  it('post, with title and each element tag', async () => {
    const img = await upload('image')
    const mp4 = await upload('mp4')
    const body = {
      title: 'Title',
      content: [
        [
          { tag: 'text', text: 'plain ', style: ['bold', 'italic'] },
          { tag: 'a', text: 'link', href: 'https://example.com/x?y=1' },
          { tag: 'at', user_id: FAKE_USER.open_id },
          { tag: 'emotion', emoji_type: 'SMILE' },
        ],
        [{ tag: 'img', image_key: img }],
        [{ tag: 'media', file_key: mp4, image_key: img }],
        [{ tag: 'hr' }],
        [{ tag: 'code_block', language: 'TypeScript', text: 'const a = 1\n' }],
        [{ tag: 'md', text: '**bold** and `code`' }],
      ],
    } as const
    const content = (await roundTrip(post({ zh_cn: body, en_us: { content: [[{ tag: 'text', text: 'en' }]] } }), [USER_MENTION])) as Record<string, unknown>
    // The `at` element is kept with the placeholder and the person's name.
    const stored = { ...body, content: [[body.content[0][0], body.content[0][1], { tag: 'at', user_id: '@_user_1', user_name: FAKE_USER.name }, body.content[0][3]], ...body.content.slice(1)] }
    expect(content.zh_cn).toEqual(stored)
    expect(content.en_us).toEqual({ content: [[{ tag: 'text', text: 'en' }]] })
  })

  it('markdown: a post with one md element', async () => {
    expect(await roundTrip(markdown('# Heading\n\n- item', { title: 'T' }))).toEqual({ zh_cn: { title: 'T', content: [[{ tag: 'md', text: '# Heading\n\n- item' }]] } })
  })

  it('image, file, audio, media (with and without cover), sticker', async () => {
    const img = await upload('image')
    const pdf = await upload('pdf')
    const opus = await upload('opus')
    const mp4 = await upload('mp4')
    expect(await roundTrip(image(img))).toEqual({ image_key: img })
    expect(await roundTrip(file(pdf))).toEqual({ file_key: pdf })
    expect(await roundTrip(audio(opus))).toEqual({ file_key: opus })
    expect(await roundTrip(media(mp4))).toEqual({ file_key: mp4 })
    expect(await roundTrip(media(mp4, img))).toEqual({ file_key: mp4, image_key: img })
    expect(await roundTrip(sticker('file_v3_sticker'))).toEqual({ file_key: 'file_v3_sticker' })
  })

  it('share_chat and share_user', async () => {
    expect(await roundTrip(shareChat(chatId))).toEqual({ chat_id: chatId })
    expect(await roundTrip(shareUser(FAKE_USER.open_id))).toEqual({ user_id: FAKE_USER.open_id })
  })

  it('card JSON 1.0 and 2.0, card by id, card by template', async () => {
    const v1 = { header: { title: { tag: 'plain_text', content: 'T' } }, elements: [{ tag: 'div', text: { tag: 'lark_md', content: '**x**' } }] }
    const v2 = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x' }] } }
    expect(await roundTrip(card(v1))).toEqual(v1)
    expect(await roundTrip(card(v2))).toEqual(v2)
    // A card sent by id must be a card entity of the app, sent once (routes/cardkit.ts).
    const { card_id } = await cardkit.createCard(ctx, { body: { type: 'card_json', data: JSON.stringify(v2) } })
    expect(await roundTrip(cardRef(card_id))).toEqual({ type: 'card', data: { card_id } })
    expect(await roundTrip(template('AAqk1', { name: 'Ann' }, '1.0.2'))).toEqual({
      type: 'template',
      data: { template_id: 'AAqk1', template_variable: { name: 'Ann' }, template_version_name: '1.0.2' },
    })
  })

  it('replies and lists carry the built content too', async () => {
    const root = await im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...text('root') } })
    const reply = markdown('**re**')
    await im.replyMessage(ctx, { path: { message_id: root.message_id ?? '' }, body: { ...reply, reply_in_thread: true } })
    const page = await im.listMessage(ctx, { query: { container_id_type: 'chat', container_id: chatId } })
    expect(page.items?.map((m) => [m.msg_type, m.body?.content])).toEqual([
      ['text', text('root').content],
      ['post', reply.content],
    ])
  })
})

describe('build → send → fetch → normalize', () => {
  it('a text and a post with mentions read back as @Name, the mentioned person listed', async () => {
    for (const m of [
      text(`ping ${at(FAKE_USER.open_id)} and ${atAll()}`),
      post({ en_us: { content: [[{ tag: 'text', text: 'ping ' }, { tag: 'at', user_id: FAKE_USER.open_id }, { tag: 'text', text: ' and ' }, { tag: 'at', user_id: 'all' }]] } }),
    ]) {
      const sent = await im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...m } })
      const item = (await im.getMessage(ctx, { path: { message_id: sent.message_id ?? '' } })).items?.[0]
      const n = await normalizeMessage(item ?? {})
      expect([n.msgType, n.text, n.mentionsAll, n.messageId]).toEqual([m.msg_type, `ping @${FAKE_USER.name} and @all`, true, sent.message_id])
      expect(n.mentions).toEqual([{ key: '@_user_1', name: FAKE_USER.name, openId: FAKE_USER.open_id, isBot: false }])
      // The bot's own mention is removed when it is the one mentioned.
      expect((await normalizeMessage(item ?? {}, { botOpenId: FAKE_USER.open_id })).text).toBe('ping and @all')
    }
  })

  it('an edit into a text with a mention lists the new mention', async () => {
    const sent = await im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...text('plain') } })
    await im.updateMessage(ctx, { path: { message_id: sent.message_id ?? '' }, body: text(`now ${at(FAKE_USER.open_id)}`) })
    const item = (await im.getMessage(ctx, { path: { message_id: sent.message_id ?? '' } })).items?.[0]
    expect([item?.body?.content, item?.mentions]).toEqual([text('now @_user_1').content, [USER_MENTION]])
  })
})

describe('editing (updateMessage) stores the new content', () => {
  const send = async (m: OutgoingMessage) =>
    (await im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...m } })).message_id ?? ''
  const code = (error: unknown) => (isLarkApiError(error) ? [error.code, error.httpStatus] : error)

  it('text → markdown post → text: getMessage returns the latest, marked updated', async () => {
    const id = await send(text('first'))
    served.fake.advance(5)
    const edited = await im.updateMessage(ctx, { path: { message_id: id }, body: markdown('**second**') })
    expect([edited.msg_type, edited.body?.content, edited.updated]).toEqual(['post', markdown('**second**').content, true])
    await im.updateMessage(ctx, { path: { message_id: id }, body: text('third') })
    const item = (await im.getMessage(ctx, { path: { message_id: id } })).items?.[0]
    expect([item?.msg_type, item?.body?.content, item?.updated]).toEqual(['text', text('third').content, true])
    expect(Number(item?.update_time) - Number(item?.create_time)).toBe(5000)
    expect(served.fake.messages).toHaveLength(1)
  })

  it('a message never edited says updated: false', async () => {
    const id = await send(text('once'))
    expect((await im.getMessage(ctx, { path: { message_id: id } })).items?.[0]?.updated).toBe(false)
  })

  it('refuses to edit an image or card message, or into one (230001); the client refuses the type first', async () => {
    const img = await send(image(await upload('image')))
    expect(code(await im.updateMessage(ctx, { path: { message_id: img }, body: text('x') }).catch((e: unknown) => e))).toEqual([230001, 400])
    const entity = await cardkit.createCard(ctx, { body: { type: 'card_json', data: JSON.stringify({ schema: '2.0', body: { elements: [] } }) } })
    const cardId = await send(cardRef(entity.card_id))
    expect(code(await im.updateMessage(ctx, { path: { message_id: cardId }, body: text('x') }).catch((e: unknown) => e))).toEqual([230001, 400])
    const plain = await send(text('plain'))
    const local = await im.updateMessage(ctx, { path: { message_id: plain }, body: cardRef('c1') as never }).catch((e: unknown) => e)
    expect(isLarkValidationError(local)).toBe(true)
    const raw = { method: 'PUT', path: `/open-apis/im/v1/messages/${plain}`, body: cardRef('c1') } as const
    expect(code(await request(ctx, raw).catch((e: unknown) => e))).toEqual([230001, 400])
    const item = (await im.getMessage(ctx, { path: { message_id: plain } })).items?.[0]
    expect([item?.msg_type, item?.body?.content]).toEqual(['text', text('plain').content])
  })

  it('refuses the 21st edit and unknown message ids', async () => {
    const id = await send(text('0'))
    for (let i = 1; i <= 20; i++) await im.updateMessage(ctx, { path: { message_id: id }, body: text(String(i)) })
    expect(code(await im.updateMessage(ctx, { path: { message_id: id }, body: text('21') }).catch((e: unknown) => e))).toEqual([230001, 400])
    expect((await im.getMessage(ctx, { path: { message_id: id } })).items?.[0]?.body?.content).toBe(text('20').content)
    expect(code(await im.updateMessage(ctx, { path: { message_id: 'om_missing' }, body: text('x') }).catch((e: unknown) => e))).toEqual([230001, 400])
  })

  it('refuses content that is not JSON object text', async () => {
    const id = await send(text('ok'))
    const bad = { msg_type: 'text', content: '"just a string"' } as const
    expect(code(await im.updateMessage(ctx, { path: { message_id: id }, body: bad }).catch((e: unknown) => e))).toEqual([230001, 400])
  })
})

describe('hostile content', () => {
  it('text with quotes, escapes, control and astral characters comes back byte for byte', async () => {
    const nasty = 'q"uote \\ back\nnew\u0000nul \u2028 😀 </at><at user_id="all">'
    expect(await roundTrip(text(nasty))).toEqual({ text: nasty })
  })

  it('a key the builder refuses is never sent', async () => {
    const before = served.fake.requests.length
    for (const run of [() => image(''), () => file(' '), () => shareChat(''), () => cardRef('')]) {
      let thrown: unknown
      try {
        run()
      } catch (error) {
        thrown = error
      }
      expect(isLarkValidationError(thrown)).toBe(true)
    }
    expect(served.fake.requests.length).toBe(before)
  })

  it('an image key that was never uploaded is refused by the fake like the platform (230001)', async () => {
    const error = await im
      .createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...image('img_v3_never_uploaded') } })
      .catch((e: unknown) => e)
    expect(isLarkApiError(error) && [error.code, error.httpStatus]).toEqual([230001, 400])
    expect(served.fake.messages).toHaveLength(0)
  })
})
