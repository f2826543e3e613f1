import { describe, expect, it } from 'vitest'
import { tokenKey, tokenTtl } from './keys.ts'
import { createMemoryStore } from './memory-store.ts'
import { singleFlight } from './single-flight.ts'

describe('token keys and TTL', () => {
  it('namespaces keys by host, app, kind and tenant', () => {
    const ctx = { baseUrl: 'https://open.feishu.cn', appId: 'cli_1' }
    expect(tokenKey(ctx, 'tenant')).toBe('larkfn:open.feishu.cn:cli_1:tenant')
    expect(tokenKey(ctx, 'tenant', 'tk1')).toBe('larkfn:open.feishu.cn:cli_1:tenant:tk1')
    expect(tokenKey({ ...ctx, baseUrl: 'http://127.0.0.1:9' }, 'app')).toBe('larkfn:127.0.0.1:9:cli_1:app')
  })

  it('caches for expire minus the margin, or half of a short lifetime', () => {
    expect(tokenTtl(7200, 180)).toBe(7020_000)
    expect(tokenTtl(300, 180)).toBe(150_000)
    expect(tokenTtl(0, 180)).toBe(0)
  })
})

describe('memory store', () => {
  it('expires entries after their TTL and deletes on request', async () => {
    const store = createMemoryStore()
    await store.set('a', 'v', 30)
    await store.set('b', 'w')
    expect(await store.get('a')).toBe('v')
    await new Promise((r) => setTimeout(r, 40))
    expect(await store.get('a')).toBeUndefined()
    expect(await store.get('b')).toBe('w')
    await store.delete('b')
    expect(await store.get('b')).toBeUndefined()
  })
})

describe('singleFlight', () => {
  it('runs concurrent work once per owner and key, and again after it settles', async () => {
    const owner = {}
    let runs = 0
    const work = async () => {
      runs++
      await new Promise((r) => setTimeout(r, 10))
      return runs
    }
    const results = await Promise.all(Array.from({ length: 20 }, () => singleFlight(owner, 'k', work)))
    expect(results).toEqual(Array(20).fill(1))
    expect(await singleFlight(owner, 'k', work)).toBe(2)
    await Promise.all([singleFlight(owner, 'other', work), singleFlight({}, 'k', work)])
    expect(runs).toBe(4)
  })

  it('shares a failure and lets the next caller retry', async () => {
    const owner = {}
    const failing = singleFlight(owner, 'k', async () => Promise.reject(new Error('boom')))
    await expect(failing).rejects.toThrow('boom')
    expect(await singleFlight(owner, 'k', async () => 'ok')).toBe('ok')
  })
})
