import { describe, expect, it } from 'vitest'
import { bundle, initialLoad } from '../bundle/bundle.ts'

const BOT = `import { createContext } from 'larkfn'; import { createBot } from 'larkfn/bot'; export const f = [createContext, createBot]`

describe('larkfn/bot size', () => {
  it('a webhook bot (createBot with createContext) loads at most 26 KB gzip: the long connection is a lazy chunk', async () => {
    const { gzip, lazyGzip, code } = await initialLoad(BOT)
    const whole = await bundle(BOT)
    console.log(`createBot + createContext: ${gzip} B gzip at start, ${lazyGzip} B gzip lazy (bot.connect); one file: ${whole.gzip} B gzip`)
    expect(code).toContain('/open-apis/bot/v3/info')
    expect(code).not.toContain('/callback/ws/endpoint')
    expect(Object.keys(whole.metafile.inputs).some((f) => f.startsWith('node:'))).toBe(false)
    // The floor is 20 KB; docs/bot.md "Size" says what the rest is made of; this is a ratchet.
    expect(gzip).toBeLessThanOrEqual(26 * 1024)
    expect(gzip).toBeGreaterThan(10 * 1024)
    expect(lazyGzip).toBeGreaterThan(2 * 1024)
  })

  it('the custom-bot sender alone is small: no dispatcher, no long connection', async () => {
    const { gzip, code } = await bundle(`import { sendWebhookMessage } from 'larkfn/bot'; import { text } from 'larkfn/messages'; export const f = [sendWebhookMessage, text]`)
    console.log(`sendWebhookMessage + text: ${gzip} B gzip`)
    expect(code).not.toContain('/callback/ws/endpoint')
    expect(code).not.toContain('x-lark-signature')
    expect(gzip).toBeLessThanOrEqual(4 * 1024)
  })
})
