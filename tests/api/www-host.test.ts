import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getApproval } from '../../src/api/approval/v2/index.ts'
import { sendMessage } from '../../src/api/approval/v1/index.ts'
import { createContext } from '../../src/core/context.ts'
import { isLarkValidationError } from '../../src/core/errors.ts'
import { listen } from '../../src/node/index.ts'
import { startFake } from '../helpers.ts'

// The old approval API is served on the brand's www host; the same fake answers on a second port
// standing in for it, so the test sees which host each request reached.
let served: Awaited<ReturnType<typeof startFake>>
let www: Awaited<ReturnType<typeof listen>>
const wwwHits: string[] = []

beforeAll(async () => {
  served = await startFake()
  www = await listen((request) => {
    wwwHits.push(`${request.method} ${new URL(request.url).pathname}`)
    return served.fake.handle(request)
  })
})
afterAll(async () => {
  await www.close()
  await served.close()
})

describe('endpoints on the www host', () => {
  it('go to ctx.wwwUrl; the token still comes from the Open API host', async () => {
    const ctx = served.context({ wwwUrl: www.url, retry: false })
    served.fake.clearRequests()
    await getApproval(ctx, { body: { approval_code: 'A1' } })
    expect(wwwHits).toEqual(['POST /approval/openapi/v2/approval/get'])
    expect(served.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /open-apis/auth/v3/tenant_access_token/internal',
      'POST /approval/openapi/v2/approval/get',
    ])
    // The approval message API of the same family is an Open API path: it stays on the Open API host.
    wwwHits.length = 0
    served.fake.clearRequests()
    await sendMessage(ctx, { body: { template_id: '1008', open_id: 'ou_1', actions: [], i18n_resources: [] } })
    expect(wwwHits).toEqual([])
    expect(served.fake.requests.map((r) => r.path)).toEqual(['/open-apis/approval/v1/message/send'])
  })

  it('follow the domain: www.feishu.cn, www.larksuite.com, or the custom base URL', () => {
    expect(createContext({ domain: 'feishu' }).wwwUrl).toBe('https://www.feishu.cn')
    expect(createContext({ domain: 'lark' }).wwwUrl).toBe('https://www.larksuite.com')
    expect(createContext({ domain: 'http://127.0.0.1:9/' }).wwwUrl).toBe('http://127.0.0.1:9')
    try {
      createContext({ wwwUrl: 'ftp://x' })
      expect.unreachable()
    } catch (error) {
      expect(isLarkValidationError(error) && error.message).toContain('wwwUrl: must be an http(s) base URL')
    }
  })
})
