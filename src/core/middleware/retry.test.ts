import { describe, expect, it } from 'vitest'
import { createContext } from '../context.ts'
import { isLarkHttpError } from '../errors.ts'
import { request } from '../raw-request.ts'

describe('retry and the runtime refusing network access', () => {
  it('does not retry a refusal such as Deno NotCapable, and says what it is', async () => {
    let calls = 0
    // A stand-in for Deno's fetch without --allow-net: it throws its permission error at once.
    const denied = (async () => {
      calls++
      throw Object.assign(new Error('Requires net access to "127.0.0.1:1"'), { name: 'NotCapable' })
    }) as unknown as typeof fetch
    const ctx = createContext({ domain: 'http://127.0.0.1:1', fetch: denied, logLevel: 'silent', retry: { minDelay: 1 } })
    const error = await request(ctx, { method: 'GET', path: '/open-apis/x', tokenType: 'none' }).catch((e: unknown) => e)
    expect(isLarkHttpError(error) && error.message).toBe('GET /open-apis/x: the runtime refused network access to 127.0.0.1:1 (Deno: run with --allow-net for this host) (log id none)')
    expect(calls).toBe(1)
  })
})
