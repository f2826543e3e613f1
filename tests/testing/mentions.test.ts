/**
 * How the fake keeps mentions (pure logic: the placement itself; the HTTP round trip is in
 * tests/messages/roundtrip.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { placeMentions } from '../../src/testing/routes/im-mentions.ts'

const names: Record<string, string> = { ou_a: 'Ann', ou_b: 'Bob' }
const place = (msgType: string, content: object) => {
  const out = placeMentions(msgType, JSON.stringify(content), (id) => names[id], 't1')
  return { content: JSON.parse(out.content) as unknown, keys: out.mentions.map((m) => `${m.key}=${m.id}:${m.name}`) }
}

describe('placeMentions', () => {
  it('numbers people in order of first appearance, one number each; quoted or bare user_id', () => {
    const got = place('text', { text: '<at user_id="ou_b">B</at> <at user_id=ou_a></at> <at user_id="ou_b">again</at>' })
    expect(got).toEqual({ content: { text: '@_user_1 @_user_2 @_user_1' }, keys: ['@_user_1=ou_b:Bob', '@_user_2=ou_a:Ann'] })
  })

  it('an open_id outside the directory keeps the written name; everyone is @_all, not listed', () => {
    expect(place('text', { text: '<at user_id="ou_x">Xavier</at><at user_id="all">everyone</at>' })).toEqual({
      content: { text: '@_user_1@_all' },
      keys: ['@_user_1=ou_x:Xavier'],
    })
  })

  it('leaves what is not a whole tag, other fields and other types alone', () => {
    const odd = { text: '</at><at user_id="ou_a">unclosed <at user_id="">empty</at> <at user_id="a b">x</at>' }
    expect(place('text', odd)).toEqual({ content: { text: '</at><at user_id="ou_a">unclosed <at user_id="">empty</at> <at user_id="a b">x</at>' }, keys: [] })
    expect(place('image', { image_key: '<at user_id="ou_a"></at>' })).toEqual({ content: { image_key: '<at user_id="ou_a"></at>' }, keys: [] })
    const kept = placeMentions('text', '{"text":"plain","extra":1}', () => undefined, 't1')
    expect(kept).toEqual({ content: '{"text":"plain","extra":1}', mentions: [] })
  })

  it('rewrites every locale of a post; the element gets the placeholder and the name', () => {
    const got = place('post', {
      zh_cn: { title: 'T', content: [[{ tag: 'at', user_id: 'ou_a' }, { tag: 'text', text: 'x' }]] },
      en_us: { content: [[{ tag: 'at', user_id: 'ou_a' }, { tag: 'at', user_id: 'all' }]] },
    })
    expect(got).toEqual({
      content: {
        zh_cn: { title: 'T', content: [[{ tag: 'at', user_id: '@_user_1', user_name: 'Ann' }, { tag: 'text', text: 'x' }]] },
        en_us: { content: [[{ tag: 'at', user_id: '@_user_1', user_name: 'Ann' }, { tag: 'at', user_id: 'all' }]] },
      },
      keys: ['@_user_1=ou_a:Ann'],
    })
  })

  it('numbers at most 100 people; later tags stay as sent', () => {
    const text = Array.from({ length: 102 }, (_, i) => `<at user_id="ou_${i}">n${i}</at>`).join(' ')
    const out = placeMentions('text', JSON.stringify({ text }), () => undefined, 't1')
    expect(out.mentions).toHaveLength(100)
    expect((JSON.parse(out.content) as { text: string }).text.endsWith('@_user_100 <at user_id="ou_100">n100</at> <at user_id="ou_101">n101</at>')).toBe(true)
  })
})
