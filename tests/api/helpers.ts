import { createContext, type ContextOptions } from '../../src/core/context.ts'
import type { Context } from '../../src/core/types.ts'
import { FAKE_APP_ID, FAKE_APP_SECRET, type FakeFeishu } from '../../src/testing/index.ts'

/** A context that reaches the fake in-process (`fake.fetch`): for tests where the transport is not under test. */
export function inProcessContext(fake: FakeFeishu, extra: ContextOptions = {}): Context {
  return createContext({
    appId: FAKE_APP_ID,
    appSecret: FAKE_APP_SECRET,
    domain: fake.baseUrl,
    fetch: fake.fetch,
    logLevel: 'silent',
    retry: false,
    ...extra,
  })
}

/** Requests the fake saw for one method and path (token requests left out). */
export function hits(fake: FakeFeishu, method: string, path: string) {
  return fake.requests.filter((r) => r.method === method && r.path === path)
}
