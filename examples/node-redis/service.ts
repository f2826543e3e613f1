/**
 * A Node service whose instances share tokens through Redis: each instance has its own Keyv
 * connection to one Redis, and the tenant token fetched by the first is reused by the others.
 *
 * Run (after `npm run build`, with a Redis server): REDIS_URL=redis://127.0.0.1:6379 npx tsx examples/node-redis/service.ts
 */
import KeyvRedis from '@keyv/redis'
import Keyv from 'keyv'
import { createContext } from 'larkfn'
import { batchGetUserId } from 'larkfn/contact/v3'
import { listen } from 'larkfn/node'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET } from 'larkfn/testing'

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const fake = createFakeFeishu()
fake.seedUsers([{ name: 'Ann', email: 'ann@example.com' }])
const platform = await listen(fake.handle)
// One namespace per run keeps this example's keys apart from anything else in that Redis.
const namespace = `larkfn-example-${Date.now()}`

/** One "instance" of the service: its own Redis connection, its own context. */
function instance() {
  const store = new Keyv({ store: new KeyvRedis(redisUrl), namespace })
  const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: platform.url, tokenStore: store })
  return { store, lookup: (email: string) => batchGetUserId(ctx, { body: { emails: [email] } }) }
}

const instances = [instance(), instance(), instance()]
try {
  for (const [i, { lookup }] of instances.entries()) {
    const { user_list } = await lookup('ann@example.com')
    console.log(`instance ${i + 1}: ${user_list?.[0]?.user_id ? 'found Ann' : 'no Ann'}`)
  }
  console.log(`tenant token requests for 3 instances: ${fake.tokenRequests.tenant}`)
} finally {
  for (const { store } of instances) {
    await store.clear()
    await store.disconnect()
  }
  await platform.close()
}
