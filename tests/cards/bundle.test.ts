import { describe, expect, it } from 'vitest'
import { bundle } from '../bundle/bundle.ts'

describe('larkfn/cards size', () => {
  it('streamMarkdown with createContext stays within 14 KB gzip for the browser', async () => {
    const { gzip, bytes, metafile, code } = await bundle(
      `import { createContext } from 'larkfn'; import { streamMarkdown } from 'larkfn/cards'; export const f = [createContext, streamMarkdown]`,
    )
    console.log(`streamMarkdown + createContext: ${bytes} B minified, ${gzip} B gzip`)
    expect(Object.keys(metafile.inputs).some((f) => f.startsWith('node:'))).toBe(false)
    expect(code).toContain('/open-apis/cardkit/v1/cards')
    expect(gzip).toBeLessThanOrEqual(14 * 1024)
  })
})
