import { describe, expect, it } from 'vitest'
import { runExample } from './run-example.ts'

describe('examples/bot (webhook bot)', () => {
  it('node.ts: an encrypted, signed message event reaches the bot, which replies once through createMessage', async () => {
    expect(await runExample('examples/bot/node.ts')).toEqual(['delivered: true, HTTP 200', 'replies in chat: 1: {"text":"you said: hello bot"}'])
  }, 90_000)
})
