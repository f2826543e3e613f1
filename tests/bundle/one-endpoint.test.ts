import { describe, expect, it } from 'vitest'
import { bundle } from './bundle.ts'

describe('tree shaking', () => {
  it('bundles createContext + batchGetUserId with exactly one endpoint path and no Node built-ins', async () => {
    const { code, gzip, metafile } = await bundle(`
      import { createContext } from 'larkfn'
      import { batchGetUserId } from 'larkfn/contact/v3'
      export const run = (appId, appSecret) => batchGetUserId(createContext({ appId, appSecret }), { body: { emails: ['a@example.com'] } })
    `)
    const paths = code.match(/\/open-apis\/[a-z0-9_/:.-]+/gi) ?? []
    const endpointPaths = paths.filter((p) => !p.startsWith('/open-apis/auth/v3'))
    expect(endpointPaths).toEqual(['/open-apis/contact/v3/users/batch_get_id'])
    expect(code).not.toContain('listUser')
    expect(code).not.toContain('OutputSchema')
    expect(Object.keys(metafile.inputs).some((f) => f.startsWith('node:'))).toBe(false)
    console.log(`createContext + batchGetUserId: ${gzip} B gzip`)
    // Budget: 10 KB gzip for createContext + one endpoint (issue: runs everywhere, proven).
    expect(gzip).toBeLessThanOrEqual(10 * 1024)
  })
})
