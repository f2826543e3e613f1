/**
 * The fake Feishu server the runtime matrix talks to: one `createFakeFeishu()` served on loopback by
 * the vitest global setup, with one app, tenant and directory per runtime (see `matrix.ts`), so the
 * runtimes run in parallel without sharing users, tokens or uploads.
 *
 * @module
 */
import { listen } from '../../src/node/index.ts'
import { createFakeFeishu } from '../../src/testing/index.ts'
import { appFor, RUNTIMES, usersFor } from './matrix.ts'

/**
 * Starts the fake on a free loopback port, seeded for every runtime of the matrix.
 *
 * @returns Its base URL and a function that stops it.
 */
export async function startMatrixFake(): Promise<{ url: string; close: () => Promise<void> }> {
  const fake = createFakeFeishu()
  for (const runtime of RUNTIMES) {
    const { appId, appSecret, tenantKey } = appFor(runtime)
    fake.addApp({ appId, appSecret, tenants: [tenantKey] })
    fake.seedUsers(usersFor(runtime), { tenantKey })
  }
  const server = await listen(fake.handle)
  return { url: server.url, close: () => server.close() }
}
