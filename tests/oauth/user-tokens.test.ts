import KeyvRedis from '@keyv/redis'
import Keyv from 'keyv'
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { listChat } from '../../src/api/im/v1/index.ts'
import { isLarkAuthError, isLarkValidationError } from '../../src/core/errors.ts'
import { userTokens, type UserToken } from '../../src/oauth/index.ts'
import { FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { captureLogger, dumpError, startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const open: Keyv[] = []
afterAll(async () => {
  await Promise.all(open.map((k) => k.disconnect()))
  await server.close()
})
beforeEach(() => fake.reset())

/** A token set as the platform issued it, already expired here so the next `get` must refresh. */
function expiredSet(): UserToken {
  const grant = fake.issueUserToken({ scope: 'offline_access im:chat' })
  return { accessToken: grant.accessToken, refreshToken: grant.refreshToken, expiresAt: Date.now() - 1_000, refreshExpiresAt: Date.now() + 86_400_000, scope: grant.scope, tokenType: 'Bearer' }
}

describe('userTokens', () => {
  it('hands out the stored access token while it is fresh, and a refreshed one after', async () => {
    const ctx = server.context()
    const alice = userTokens(ctx, 'alice')
    const set = expiredSet()
    await alice.set({ ...set, expiresAt: Date.now() + 3_600_000 })
    expect(await alice.get()).toBe(set.accessToken)
    expect(fake.refreshCount).toBe(0)
    await alice.set(set)
    const fresh = await alice.get()
    expect(fresh).not.toBe(set.accessToken)
    expect(fake.refreshCount).toBe(1)
    expect((await alice.read())?.refreshToken).not.toBe(set.refreshToken)
    // The fresh token works against the platform.
    await expect(listChat(ctx, {}, { userAccessToken: fresh })).resolves.toBeDefined()
  })

  it('two instances on one Redis store refresh an expired set once between them', async () => {
    const namespace = `ut${Date.now()}${Math.random()}`.replace('.', '')
    const stores = [0, 1].map(() => new Keyv({ store: new KeyvRedis(inject('redisUrl')), namespace }))
    open.push(...stores)
    const [a, b] = stores.map((tokenStore) => userTokens(server.context({ tokenStore }), 'bob'))
    await a!.set(expiredSet())
    const [ta, tb] = await Promise.all([a!.get(), b!.get()])
    expect(fake.refreshCount).toBe(1)
    expect(ta).toBe(tb)
    expect(fake.tokenRequests.refresh).toBe(1)
  })

  it('refuses bad input, says when nothing is stored, and never shows a token', async () => {
    const logger = captureLogger()
    const ctx = server.context({ logger, logLevel: 'debug' })
    expect(() => userTokens(ctx, '')).toThrow(/name: must be a non-empty string/)
    expect(() => userTokens(ctx, 'x', { marginSeconds: -1 })).toThrow(/marginSeconds/)
    const carol = userTokens(ctx, 'carol')
    await expect(carol.set({} as UserToken)).rejects.toSatisfy(isLarkValidationError)
    const set = expiredSet()
    await carol.set(set)
    fake.revokeTokens({ kind: 'user' })
    fake.reset()
    let caught: unknown
    try {
      await carol.get()
    } catch (error) {
      caught = error
    }
    expect(isLarkAuthError(caught)).toBe(true)
    const shown = `${dumpError(caught)}\n${logger.lines.join('\n')}`
    for (const secret of [set.accessToken, String(set.refreshToken), FAKE_APP_SECRET]) expect(shown).not.toContain(secret)
    await carol.clear()
    await expect(carol.get()).rejects.toThrow(/no user token stored for 'carol'/)
  })
})
