import { describe, expect, it } from 'vitest'
import { bundle } from '../bundle/bundle.ts'

describe('larkfn/messages size', () => {
  it('the text builder alone adds at most 0.5 KB gzip to a bundle', async () => {
    const base = await bundle(`import { createContext } from 'larkfn'; export const f = createContext`)
    const withText = await bundle(`import { createContext } from 'larkfn'; import { text } from 'larkfn/messages'; export const f = [createContext, text]`)
    console.log(`text builder: +${withText.gzip - base.gzip} B gzip`)
    expect(withText.code).toContain('"text"')
    expect(withText.code).not.toContain('splitMarkdown')
    expect(withText.gzip - base.gzip).toBeLessThanOrEqual(512)
  })

  it('the whole subpath has no Node built-in and does not grow past its measured size', async () => {
    const { gzip, bytes, metafile } = await bundle(`export * from 'larkfn/messages'`)
    console.log(`larkfn/messages: ${bytes} B minified, ${gzip} B gzip`)
    expect(Object.keys(metafile.inputs).some((f) => f.startsWith('node:'))).toBe(false)
    // Measured 6,178 B gzip; the goal is 5 KB (docs/messages.md, Size). Until then this ceiling
    // only stops growth: lower it with every cut, never raise it.
    expect(gzip).toBeLessThanOrEqual(6_200)
  })
})
