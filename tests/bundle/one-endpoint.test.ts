import { describe, expect, it } from 'vitest'
import { bundle, splitBundle } from './bundle.ts'

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
    // A JSON endpoint carries no multipart or download code (file endpoints bring it with them).
    expect(code).not.toContain('FormData')
    expect(code).not.toContain('content-disposition')
    expect(Object.keys(metafile.inputs).some((f) => f.startsWith('node:'))).toBe(false)
    console.log(`createContext + batchGetUserId: ${gzip} B gzip`)
    // Budget: 10 KB gzip for createContext + one endpoint (issue: runs everywhere, proven).
    expect(gzip).toBeLessThanOrEqual(10 * 1024)
  })

  it('paging a JSON endpoint brings no form or download code either', async () => {
    const { code } = await bundle(`
      import { createContext, paginateItems } from 'larkfn'
      import { listUser } from 'larkfn/contact/v3'
      export const run = (ctx) => paginateItems(listUser, ctx, {})
    `)
    expect(code).not.toContain('FormData')
    expect(code).not.toContain('content-disposition')
  })

  it('a file endpoint brings the form and download code with it', async () => {
    const { code } = await bundle(`
      import { createContext } from 'larkfn'
      import { createImage, getImage } from 'larkfn/im/v1'
      export const run = (ctx) => [createImage, getImage]
    `)
    expect(code).toContain('FormData')
    expect(code).toContain('content-disposition')
  })

  it('loads no chunk at call time: a retry during a redeploy must not need a file that is gone', async () => {
    // With code splitting, a dynamic import in the call path becomes a chunk fetched on first use
    // (p-retry was one, loaded on the first retry): one file means nothing is loaded later.
    const files = await splitBundle(`
      import { createContext, request } from 'larkfn'
      import { batchGetUserId } from 'larkfn/contact/v3'
      export const run = (ctx) => Promise.all([batchGetUserId(ctx, { body: { emails: [] } }), request(ctx, { method: 'GET', path: '/x' })])
      export const make = createContext
    `)
    expect(files).toEqual(['entry.js'])
  })
})
