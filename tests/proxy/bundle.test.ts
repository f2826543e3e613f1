/**
 * The proxy's bundle (from the built package: run `npm run build` first): what a Worker serving
 * `createProxy` with one allowed function ships. The sibling check costs a short list of literals,
 * never the manifest or the route table.
 *
 * @module
 */
import { describe, expect, it } from 'vitest'
import { bundle } from '../bundle/bundle.ts'

describe('larkfn/proxy bundle', () => {
  it('ships the allowed endpoint and the compact sibling list, not the manifest', async () => {
    const { code, gzip, bytes } = await bundle(`
      import { createContext } from 'larkfn'
      import { getUser } from 'larkfn/contact/v3'
      import { createProxy } from 'larkfn/proxy'
      const ctx = createContext({ appId: 'a', appSecret: 'b' })
      export default { fetch: createProxy(ctx, { allow: [getUser], cors: { origins: ['https://tool.example.com'] } }) }
    `)
    console.log(`createContext + createProxy + getUser: ${bytes} B minified, ${gzip} B gzip`)
    const paths = (code.match(/\/open-apis\/[a-z0-9_/:.-]+/gi) ?? []).filter((p) => !p.startsWith('/open-apis/auth/v3'))
    expect(paths).toEqual(['/open-apis/contact/v3/users/:user_id'])
    expect(code).not.toContain('api-explorer')
    expect(code).toContain('GET:6:users/find_by_department')
    // Budget: 14 KB gzip for a context, the proxy and one endpoint (13.1 KB when written).
    expect(gzip).toBeLessThanOrEqual(14 * 1024)
  })
})
