import { describe, expect, it } from 'vitest'
import { runExample } from './run-example.ts'

describe('examples/bot (createBot over the long connection)', () => {
  it('node.ts: answers a mention and a direct message with markdown, and leaves a group message without a mention alone', async () => {
    expect(await runExample('examples/bot/node.ts')).toEqual([
      'group, mentioned: {"zh_cn":{"content":[[{"tag":"md","text":"**you said:** hello bot"}]]}}',
      'group, not mentioned: no reply',
      'direct message: {"zh_cn":{"content":[[{"tag":"md","text":"**you said:** hi in private"}]]}}',
    ])
  }, 90_000)
})
