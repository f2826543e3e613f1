/**
 * parseContent over the received content shapes documented in "Receive message content"
 * (https://open.feishu.cn/document/server-docs/im-v1/message-content-description/message_content),
 * one case per message type, then hostile input: it never throws and every walk is bounded.
 */
import { describe, expect, it } from 'vitest'
import { MAX_CONTENT_CHARS, MAX_CONTENT_DEPTH, MAX_POST_ELEMENTS, parseContent, type ParsedContent } from './content.ts'

const j = (value: unknown) => JSON.stringify(value)

// One received content per documented message type, and what it parses to.
const CASES: Array<[string, string, ParsedContent]> = [
  ['text', j({ text: '@_user_1 hello' }), { type: 'text', text: '@_user_1 hello' }],
  [
    'post',
    j({
      title: 'Weekly',
      content: [
        [
          { tag: 'text', text: 'Read ', style: ['bold'] },
          { tag: 'a', text: 'this', href: 'https://example.com/doc', style: [] },
          { tag: 'at', user_id: '@_user_1', user_name: 'Alice' },
        ],
        [{ tag: 'img', image_key: 'img_v3_1' }],
        [{ tag: 'media', file_key: 'file_v3_m', image_key: 'img_v3_cover' }],
        [{ tag: 'emotion', emoji_type: 'SMILE' }, { tag: 'hr' }],
        [{ tag: 'code_block', language: 'GO', text: 'fmt.Println(1)' }],
        [{ tag: 'md', text: '**bold**' }, { tag: 'sparkle', text: 'x' }, 'not an element'],
      ],
    }),
    {
      type: 'post',
      title: 'Weekly',
      paragraphs: [
        [
          { tag: 'text', text: 'Read ', style: ['bold'] },
          { tag: 'a', text: 'this', href: 'https://example.com/doc' },
          { tag: 'at', userId: '@_user_1', userName: 'Alice' },
        ],
        [{ tag: 'img', imageKey: 'img_v3_1' }],
        [{ tag: 'media', fileKey: 'file_v3_m', imageKey: 'img_v3_cover' }],
        [{ tag: 'emotion', emojiType: 'SMILE' }, { tag: 'hr' }],
        [{ tag: 'code_block', language: 'GO', text: 'fmt.Println(1)' }],
        [{ tag: 'md', text: '**bold**' }, { tag: 'unknown', rawTag: 'sparkle', text: 'x' }],
      ],
    },
  ],
  ['image', j({ image_key: 'img_v3_1' }), { type: 'image', imageKey: 'img_v3_1' }],
  ['file', j({ file_key: 'file_v3_1', file_name: 'a.pdf' }), { type: 'file', fileKey: 'file_v3_1', fileName: 'a.pdf' }],
  ['audio', j({ file_key: 'file_v3_a', duration: 2000 }), { type: 'audio', fileKey: 'file_v3_a', duration: 2000 }],
  [
    'media',
    j({ file_key: 'file_v3_v', image_key: 'img_v3_c', file_name: 'clip.mp4', duration: 9000 }),
    { type: 'media', fileKey: 'file_v3_v', imageKey: 'img_v3_c', fileName: 'clip.mp4', duration: 9000 },
  ],
  ['sticker', j({ file_key: 'file_v3_s' }), { type: 'sticker', fileKey: 'file_v3_s' }],
  [
    'interactive',
    j({ title: 'Card', elements: [[{ tag: 'text', text: 'hi' }]] }),
    { type: 'interactive', card: { title: 'Card', elements: [[{ tag: 'text', text: 'hi' }]] } },
  ],
  ['share_chat', j({ chat_id: 'oc_1' }), { type: 'share_chat', chatId: 'oc_1' }],
  ['share_user', j({ user_id: 'ou_1' }), { type: 'share_user', userId: 'ou_1' }],
  [
    'system',
    j({ template: '{from_user} invited {to_chatters} to this chat.', from_user: ['Bot'], to_chatters: ['Ann', 'Bo'], divider_text: { x: 1 } }),
    {
      type: 'system',
      template: '{from_user} invited {to_chatters} to this chat.',
      variables: { from_user: ['Bot'], to_chatters: ['Ann', 'Bo'] },
    },
  ],
  [
    'location',
    j({ name: 'Cafe', longitude: '116.40', latitude: '39.90' }),
    { type: 'location', name: 'Cafe', latitude: '39.90', longitude: '116.40' },
  ],
  ['merge_forward', j({ content: 'Merged and Forwarded Message' }), { type: 'merge_forward', content: 'Merged and Forwarded Message' }],
  [
    'todo',
    j({ task_id: 't-1', summary: { title: 'Ship', content: [[{ tag: 'text', text: 'v1' }]] }, due_time: '1700000000000' }),
    { type: 'todo', taskId: 't-1', title: 'Ship', paragraphs: [[{ tag: 'text', text: 'v1' }]], dueTime: '1700000000000' },
  ],
  ['vote', j({ topic: 'Lunch?', options: ['Noodles', 'Rice', 3] }), { type: 'vote', topic: 'Lunch?', options: ['Noodles', 'Rice'] }],
  ['hongbao', j({ text: '[Red Packet]' }), { type: 'hongbao', text: '[Red Packet]' }],
  [
    'share_calendar_event',
    j({ summary: 'Sync', start_time: '1700000000000', end_time: '1700003600000' }),
    { type: 'share_calendar_event', summary: 'Sync', startTime: '1700000000000', endTime: '1700003600000' },
  ],
  [
    'calendar',
    j({ summary: 'Invite', start_time: 1700000000000, end_time: '1700003600000' }),
    { type: 'calendar', summary: 'Invite', startTime: '1700000000000', endTime: '1700003600000' },
  ],
  ['general_calendar', j({ summary: 'Event', start_time: '1700000000000' }), { type: 'general_calendar', summary: 'Event', startTime: '1700000000000' }],
  ['video_chat', j({ topic: 'Standup', start_time: '1700000000000' }), { type: 'video_chat', topic: 'Standup', startTime: '1700000000000' }],
  ['folder', j({ file_key: 'file_v3_f', file_name: 'Specs' }), { type: 'folder', fileKey: 'file_v3_f', fileName: 'Specs' }],
]

describe('parseContent', () => {
  it.each(CASES)('%s', (msgType, content, expected) => {
    expect(parseContent(msgType, content)).toEqual(expected)
  })

  it('covers every documented received type', () => {
    expect(CASES.map(([type]) => type).sort()).toEqual(
      [
        'text', 'post', 'image', 'file', 'audio', 'media', 'sticker', 'interactive', 'share_chat', 'share_user',
        'system', 'location', 'merge_forward', 'todo', 'vote', 'hongbao', 'share_calendar_event', 'calendar',
        'general_calendar', 'video_chat', 'folder',
      ].sort(),
    )
  })

  it('reads a post wrapped per locale (the sent shape) too', () => {
    const content = j({ zh_cn: { title: 'T', content: [[{ tag: 'text', text: 'x' }]] } })
    expect(parseContent('post', content)).toEqual({ type: 'post', title: 'T', paragraphs: [[{ tag: 'text', text: 'x' }]] })
  })

  it('accepts content that is already parsed', () => {
    expect(parseContent('image', { image_key: 'img_1' })).toEqual({ type: 'image', imageKey: 'img_1' })
  })

  it('gives unknown, with the raw input, for a type it does not know', () => {
    expect(parseContent('hologram', '{"a":1}')).toEqual({ type: 'unknown', msgType: 'hologram', raw: '{"a":1}' })
  })

  // Hostile input: each case is one input the parser must survive with `unknown` (or an empty but typed result).
  const HOSTILE: Array<[string, string, unknown]> = [
    ['not JSON', 'text', '{"text": "unterminated'],
    ['JSON array', 'text', '["text"]'],
    ['JSON null', 'image', 'null'],
    ['number', 'file', 42],
    ['undefined', 'post', undefined],
    ['wrong field type', 'image', '{"image_key": 7}'],
    ['missing key', 'sticker', '{}'],
    ['empty key', 'share_chat', '{"chat_id": ""}'],
    ['post without body', 'post', '{"zh_cn": 3}'],
    ['system without template', 'system', '{"from_user": ["x"]}'],
    ['too long', 'text', `{"text":"${'a'.repeat(MAX_CONTENT_CHARS)}"}`],
    ['too deep', 'interactive', '['.repeat(MAX_CONTENT_DEPTH + 1) + ']'.repeat(MAX_CONTENT_DEPTH + 1)],
    ['too deep in an object', 'post', `{"content":${'['.repeat(100_000)}`],
  ]
  it.each(HOSTILE)('hostile: %s → unknown', (_, msgType, content) => {
    expect(parseContent(msgType, content)).toEqual({ type: 'unknown', msgType, raw: content })
  })

  it('hostile: brackets inside strings do not count as depth', () => {
    const text = '['.repeat(MAX_CONTENT_DEPTH * 4)
    expect(parseContent('text', j({ text }))).toEqual({ type: 'text', text })
  })

  it('hostile: escaped quotes and closing brackets inside strings neither hide nor add depth', () => {
    const tricky = `"\\"${']'.repeat(200)}\\\\"`
    const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
    const deep = `{"text":${tricky},"x":${nest(MAX_CONTENT_DEPTH)}}`
    expect(parseContent('text', deep)).toEqual({ type: 'unknown', msgType: 'text', raw: deep })
    const fits = `{"text":${tricky},"x":${nest(MAX_CONTENT_DEPTH - 1)}}`
    expect(parseContent('text', fits)).toEqual({ type: 'text', text: `"${']'.repeat(200)}\\` })
  })

  it('hostile: a post with more elements than the bound keeps the first MAX_POST_ELEMENTS', () => {
    const row = Array.from({ length: MAX_POST_ELEMENTS * 3 }, (_, i) => ({ tag: 'text', text: String(i) }))
    const parsed = parseContent('post', j({ title: '', content: [row, row] }))
    expect(parsed.type).toBe('post')
    if (parsed.type !== 'post') return
    expect(parsed.paragraphs.flat()).toHaveLength(MAX_POST_ELEMENTS)
    expect(parsed.paragraphs[0]?.[MAX_POST_ELEMENTS - 1]).toEqual({ tag: 'text', text: String(MAX_POST_ELEMENTS - 1) })
  })

  it('hostile: wrong-typed fields inside elements become empty strings, not crashes', () => {
    const parsed = parseContent('post', j({ title: 5, content: [[{ tag: 'a', text: 1, href: {} }, { tag: 'at' }, { tag: 7 }, null]] }))
    expect(parsed).toEqual({
      type: 'post',
      title: '',
      paragraphs: [[{ tag: 'a', text: '', href: '' }, { tag: 'at', userId: '' }, { tag: 'unknown', rawTag: '' }]],
    })
  })

  it('hostile: a time that is not a number or string is dropped', () => {
    expect(parseContent('video_chat', j({ topic: 'x', start_time: { $gt: 1 } }))).toEqual({ type: 'video_chat', topic: 'x' })
  })
})
