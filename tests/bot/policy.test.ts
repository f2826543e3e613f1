import { describe, expect, it } from 'vitest'
import { checkPolicy, DEFAULT_MAX_MESSAGE_AGE_MS, type BotPolicy } from '../../src/bot/policy.ts'
import type { NormalizedMessage } from '../../src/messages/normalize.ts'

const now = 1_800_000_000_000
function msg(over: Partial<NormalizedMessage> = {}): NormalizedMessage {
  return {
    messageId: 'om_1',
    chatId: 'oc_group',
    chatType: 'group',
    msgType: 'text',
    text: 'hi',
    content: { type: 'text', text: 'hi' },
    mentions: [],
    mentionsBot: false,
    mentionsAll: false,
    resources: [],
    senderOpenId: 'ou_alice',
    senderType: 'user',
    createTime: now - 1000,
    ...over,
  } as NormalizedMessage
}
const check = (over: Partial<NormalizedMessage>, policy?: BotPolicy) => checkPolicy(msg(over), policy, now)

describe('checkPolicy', () => {
  it('groups need a mention of the bot by default; with one, the message is handled', () => {
    expect(check({})).toBe('not-mentioned')
    expect(check({ mentionsBot: true })).toBeUndefined()
    expect(check({ chatType: 'topic_group', mentionsBot: true })).toBeUndefined()
    // An unknown chat type is a group: it needs a mention too.
    expect(check({ chatType: '' })).toBe('not-mentioned')
    expect(check({}, { requireMention: false })).toBeUndefined()
  })

  it('@all counts as a mention only when the policy says so', () => {
    expect(check({ mentionsAll: true })).toBe('not-mentioned')
    expect(check({ mentionsAll: true }, { mentionAll: true })).toBeUndefined()
    expect(check({ mentionsAll: true, mentionsBot: true })).toBeUndefined()
  })

  it('direct messages are open by default and can be turned off', () => {
    expect(check({ chatType: 'p2p' })).toBeUndefined()
    expect(check({ chatType: 'p2p' }, { directMessages: false })).toBe('direct-messages-off')
  })

  it('allowlists: chats apply to groups only, users to every message', () => {
    expect(check({ mentionsBot: true }, { chats: ['oc_other'] })).toBe('chat-not-allowed')
    expect(check({ mentionsBot: true }, { chats: ['oc_group'] })).toBeUndefined()
    expect(check({ chatType: 'p2p', chatId: 'oc_dm' }, { chats: ['oc_group'] })).toBeUndefined()
    expect(check({ chatType: 'p2p' }, { users: ['ou_bob'] })).toBe('user-not-allowed')
    expect(check({ mentionsBot: true }, { users: ['ou_alice'] })).toBeUndefined()
    expect(check({ mentionsBot: true, senderOpenId: undefined }, { users: ['ou_alice'] })).toBe('user-not-allowed')
  })

  it('messages of other bots are ignored unless the policy allows them', () => {
    expect(check({ senderType: 'app', mentionsBot: true })).toBe('from-bot')
    expect(check({ senderType: 'app', mentionsBot: true }, { ignoreBots: false })).toBeUndefined()
  })

  it('messages older than maxAge (30 min by default) are dropped', () => {
    expect(check({ mentionsBot: true, createTime: now - DEFAULT_MAX_MESSAGE_AGE_MS - 1 })).toBe('too-old')
    expect(check({ mentionsBot: true, createTime: now - DEFAULT_MAX_MESSAGE_AGE_MS + 1 })).toBeUndefined()
    expect(check({ mentionsBot: true, createTime: now - 5000 }, { maxAge: 1000 })).toBe('too-old')
  })
})
