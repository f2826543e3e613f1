/**
 * Unit tests of the message builders (pure logic). Every content shape is compared, field by field,
 * with the send-content page of the platform's documentation:
 * https://open.feishu.cn/document/server-docs/im-v1/message-content-description/create_json
 * (cards by id and by template: https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/im-v1/message/create_json,
 * section "卡片 interactive"; the round trip against the fake server is tests/messages/roundtrip.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { isLarkValidationError } from '../core/errors.ts'
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
  type PostElement,
} from './builders.ts'

const parsed = (m: { content: string }) => JSON.parse(m.content) as unknown

/** The error a builder throws, checked to be a LarkValidationError naming `field`. */
function refused(run: () => unknown, field: string): string {
  try {
    run()
  } catch (error) {
    expect(isLarkValidationError(error)).toBe(true)
    if (!isLarkValidationError(error)) throw error
    expect(error.issues.map((i) => i.path)).toEqual([field])
    expect(error.message).toContain(field)
    return error.endpoint
  }
  throw new Error('expected the builder to throw')
}

describe('shapes (create_json page)', () => {
  it('text: {"text"}', () => {
    const m = text('hello')
    expect(m.msg_type).toBe('text')
    expect(m.content).toBe('{"text":"hello"}')
  })

  it('post: {"zh_cn": {"title", "content": [[elements]]}} with every element tag', () => {
    const row: PostElement[] = [
      { tag: 'text', text: 'bold ', style: ['bold'] },
      { tag: 'a', text: 'site', href: 'https://example.com' },
      { tag: 'at', user_id: 'ou_1' },
      { tag: 'emotion', emoji_type: 'SMILE' },
    ]
    const blocks: PostElement[][] = [
      [{ tag: 'img', image_key: 'img_1' }],
      [{ tag: 'media', file_key: 'file_1', image_key: 'img_2' }],
      [{ tag: 'hr' }],
      [{ tag: 'code_block', language: 'GO', text: 'package main' }],
      [{ tag: 'md', text: '**b**' }],
    ]
    const m = post({ zh_cn: { title: 'T', content: [row, ...blocks] }, en_us: { content: [[{ tag: 'text', text: 'x' }]] } })
    expect(m.msg_type).toBe('post')
    const c = parsed(m) as Record<string, { title?: string; content: unknown[][] }>
    expect(Object.keys(c)).toEqual(['zh_cn', 'en_us'])
    expect(c.zh_cn!.title).toBe('T')
    expect(c.zh_cn!.content[0]).toEqual([
      { tag: 'text', text: 'bold ', style: ['bold'] },
      { tag: 'a', text: 'site', href: 'https://example.com' },
      { tag: 'at', user_id: 'ou_1' },
      { tag: 'emotion', emoji_type: 'SMILE' },
    ])
    expect(c.zh_cn!.content.slice(1)).toEqual([
      [{ tag: 'img', image_key: 'img_1' }],
      [{ tag: 'media', file_key: 'file_1', image_key: 'img_2' }],
      [{ tag: 'hr' }],
      [{ tag: 'code_block', language: 'GO', text: 'package main' }],
      [{ tag: 'md', text: '**b**' }],
    ])
    expect(c.en_us).toEqual({ content: [[{ tag: 'text', text: 'x' }]] })
  })

  it('markdown: a post whose only paragraph is one md element', () => {
    expect(parsed(markdown('# hi\n- a'))).toEqual({ zh_cn: { content: [[{ tag: 'md', text: '# hi\n- a' }]] } })
    expect(parsed(markdown('x', { title: 'T', locale: 'en_us' }))).toEqual({ en_us: { title: 'T', content: [[{ tag: 'md', text: 'x' }]] } })
    expect(markdown('x').msg_type).toBe('post')
  })

  it('image, file, audio, media, sticker: their keys', () => {
    expect([image('img_1').msg_type, parsed(image('img_1'))]).toEqual(['image', { image_key: 'img_1' }])
    expect([file('f_1').msg_type, parsed(file('f_1'))]).toEqual(['file', { file_key: 'f_1' }])
    expect([audio('f_2').msg_type, parsed(audio('f_2'))]).toEqual(['audio', { file_key: 'f_2' }])
    expect([media('f_3').msg_type, parsed(media('f_3'))]).toEqual(['media', { file_key: 'f_3' }])
    expect(parsed(media('f_3', 'img_3'))).toEqual({ file_key: 'f_3', image_key: 'img_3' })
    expect([sticker('f_4').msg_type, parsed(sticker('f_4'))]).toEqual(['sticker', { file_key: 'f_4' }])
  })

  it('share_chat {"chat_id"} and share_user {"user_id"}', () => {
    expect([shareChat('oc_1').msg_type, shareChat('oc_1').content]).toEqual(['share_chat', '{"chat_id":"oc_1"}'])
    expect([shareUser('ou_1').msg_type, shareUser('ou_1').content]).toEqual(['share_user', '{"user_id":"ou_1"}'])
  })

  it('card: JSON 1.0 and 2.0 sent as given; JSON text passed through unchanged', () => {
    const v1 = { config: { wide_screen_mode: true }, header: { title: { tag: 'plain_text', content: 'T' } }, elements: [{ tag: 'markdown', content: 'x' }] }
    const v2 = { schema: '2.0', header: { title: { tag: 'plain_text', content: 'T' } }, body: { elements: [{ tag: 'markdown', content: 'x' }] } }
    expect(card(v1).msg_type).toBe('interactive')
    expect(parsed(card(v1))).toEqual(v1)
    expect(parsed(card(v2))).toEqual(v2)
    const textual = ' {"schema":"2.0","body":{"elements":[]}} '
    expect(card(textual).content).toBe(textual)
  })

  it('cardRef: {"type":"card","data":{"card_id"}}', () => {
    expect(cardRef('7355372766134157313').content).toBe('{"type":"card","data":{"card_id":"7355372766134157313"}}')
    expect(cardRef('c').msg_type).toBe('interactive')
  })

  it('template: {"type":"template","data":{template_id, template_variable, template_version_name}}', () => {
    expect(parsed(template('AAq1', { name: 'Ann', n: 3 }, '1.0.0'))).toEqual({
      type: 'template',
      data: { template_id: 'AAq1', template_variable: { name: 'Ann', n: 3 }, template_version_name: '1.0.0' },
    })
    expect(parsed(template('AAq1'))).toEqual({ type: 'template', data: { template_id: 'AAq1' } })
  })

  it('at / atAll: the text mention tags', () => {
    expect(at('ou_1', 'Ann')).toBe('<at user_id="ou_1">Ann</at>')
    expect(at('ou_1')).toBe('<at user_id="ou_1"></at>')
    expect(atAll()).toBe('<at user_id="all"></at>')
    expect(parsed(text(`hi ${at('ou_1', 'Ann')} and ${atAll()}`))).toEqual({ text: 'hi <at user_id="ou_1">Ann</at> and <at user_id="all"></at>' })
  })
})

describe('hostile input', () => {
  it('text keeps quotes, backslashes, newlines, control characters and astral characters exactly', () => {
    const nasty = 'a"b\\c\n\t\u0000\u2028😀</at>{"text":1}'
    const m = text(nasty)
    expect(JSON.parse(m.content)).toEqual({ text: nasty })
  })

  it('at: a name cannot close the tag or open another mention', () => {
    const tag = at('ou_1', '</at><at user_id="all">x')
    expect(tag).toBe('<at user_id="ou_1">/atat user_id="all"x</at>')
    expect(tag.match(/<at /g)).toHaveLength(1)
  })

  it('at: ids with quotes, angle brackets or spaces are refused', () => {
    for (const id of ['ou_1" x="y', 'ou<1>', 'ou 1', '']) expect(refused(() => at(id), 'user_id')).toBe('messages.at')
  })

  it('empty, blank or non-string keys are refused with the field named', () => {
    expect(refused(() => image(''), 'image_key')).toBe('messages.image')
    expect(refused(() => file('  '), 'file_key')).toBe('messages.file')
    expect(refused(() => audio(undefined as unknown as string), 'file_key')).toBe('messages.audio')
    expect(refused(() => media('f', ''), 'image_key')).toBe('messages.media')
    expect(refused(() => sticker(42 as unknown as string), 'file_key')).toBe('messages.sticker')
    expect(refused(() => shareChat(''), 'chat_id')).toBe('messages.shareChat')
    expect(refused(() => shareUser(''), 'user_id')).toBe('messages.shareUser')
    expect(refused(() => cardRef(''), 'card_id')).toBe('messages.cardRef')
    expect(refused(() => template(''), 'template_id')).toBe('messages.template')
    expect(refused(() => template('t', {}, ''), 'template_version_name')).toBe('messages.template')
  })

  it('post without locales, or with paragraphs that are not arrays, is refused', () => {
    expect(refused(() => post({}), 'content')).toBe('messages.post')
    expect(refused(() => post(null as never), 'content')).toBe('messages.post')
    expect(refused(() => post({ zh_cn: { content: 'x' } as never }), 'zh_cn.content')).toBe('messages.post')
    expect(refused(() => post({ en_us: { content: [{ tag: 'text', text: 'x' }] } as never }), 'en_us.content')).toBe('messages.post')
  })

  it('cyclic cards, BigInt template variables and cyclic posts are refused with a typed error, not a TypeError', () => {
    const cyclic: Record<string, unknown> = { header: {} }
    cyclic.self = cyclic
    expect(refused(() => card(cyclic), 'content')).toBe('messages.card')
    expect(refused(() => template('t', { n: 10n }), 'content')).toBe('messages.template')
    const row: unknown[] = []
    row.push({ tag: 'text', text: 'x', loop: row })
    expect(refused(() => post({ zh_cn: { content: [row as never] } }), 'content')).toBe('messages.post')
  })

  it('card: arrays, null, and text that is not a JSON object are refused', () => {
    for (const bad of [[], null, 'not json', '[1]', '"s"', 'null']) expect(refused(() => card(bad as never), 'content')).toBe('messages.card')
  })
})

describe('exact content text', () => {
  it('optional fields left out are absent from the JSON text, and fields keep the documented order', () => {
    expect(markdown('x').content).toBe('{"zh_cn":{"content":[[{"tag":"md","text":"x"}]]}}')
    expect(markdown('x', { title: 'T' }).content).toBe('{"zh_cn":{"title":"T","content":[[{"tag":"md","text":"x"}]]}}')
    expect(media('f').content).toBe('{"file_key":"f"}')
    expect(media('f', 'i').content).toBe('{"file_key":"f","image_key":"i"}')
    expect(template('t').content).toBe('{"type":"template","data":{"template_id":"t"}}')
    expect(template('t', { a: 1 }, 'v').content).toBe(
      '{"type":"template","data":{"template_id":"t","template_variable":{"a":1},"template_version_name":"v"}}',
    )
    expect(template('t', undefined, 'v').content).toBe('{"type":"template","data":{"template_id":"t","template_version_name":"v"}}')
  })
})

describe('hostile input (more)', () => {
  it('post: an array, a string or a number in place of the locales is refused', () => {
    for (const bad of [[], [{ content: [] }], 'zh_cn', 7]) expect(refused(() => post(bad as never), 'content')).toBe('messages.post')
  })

  it('post: a null, string or array body of a locale is refused with that locale named', () => {
    for (const body of [null, 'x', [[]], { content: [[], 'x'] }]) {
      expect(refused(() => post({ ja_jp: body as never }), 'ja_jp.content')).toBe('messages.post')
    }
  })

  it('at: a blank or non-string id is refused', () => {
    for (const id of ['   ', '\t', undefined, 42, null]) expect(refused(() => at(id as never), 'user_id')).toBe('messages.at')
  })

  it('card: an object whose toJSON throws is refused with a typed error, not its Error', () => {
    const bad = { toJSON: () => { throw new Error('boom') } }
    expect(refused(() => card(bad), 'content')).toBe('messages.card')
  })
})

describe('tree shaking', () => {
  it('a bundle that imports only text holds none of the other builders, checks or errors', async () => {
    const { build } = await import('esbuild')
    const { gzipSync } = await import('node:zlib')
    const { fileURLToPath } = await import('node:url')
    const result = await build({
      stdin: { contents: `import { text } from './builders.ts'; console.log(text('x'))`, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]!.text
    for (const other of ['file_key', 'image_key', 'interactive', 'messages.', 'LarkValidationError']) expect(code).not.toContain(other)
    expect(gzipSync(code).length).toBeLessThanOrEqual(512)
  })
})
