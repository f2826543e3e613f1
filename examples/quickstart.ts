/**
 * The main job, end to end and offline: start the built-in fake Feishu server on loopback, make a
 * context pointed at it, look users up by email, and show how errors read.
 *
 * Run: npm run example
 */
import { createContext, isLarkApiError, request } from 'larkfn'
import { listen } from 'larkfn/node'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET } from 'larkfn/testing'

const fake = createFakeFeishu()
fake.seedUsers([
  { name: 'Ann', email: 'ann@example.com', open_id: 'ou_ann' },
  { name: 'Bo', email: 'bo@example.com', open_id: 'ou_bo' },
])
const server = await listen(fake.handle)

try {
  const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url })

  const found = await request(ctx, {
    method: 'POST',
    path: '/open-apis/contact/v3/users/batch_get_id',
    query: { user_id_type: 'open_id' },
    body: { emails: ['ann@example.com', 'bo@example.com', 'nobody@example.com'] },
  })
  console.log('users:', JSON.stringify(found.data))

  fake.rateLimit({ path: '/open-apis/contact/v3/users/batch_get_id', times: 1, reset: 1 })
  await request(ctx, { method: 'POST', path: '/open-apis/contact/v3/users/batch_get_id', body: { emails: ['bo@example.com'] } })
  console.log('rate limited once, retried after the reset delay: ok')

  try {
    await request(ctx, { method: 'GET', path: '/open-apis/contact/v3/users/ou_ann' }, { tenantAccessToken: 't-revoked' })
  } catch (error) {
    if (isLarkApiError(error)) console.log(`error: code ${error.code}, log id ${error.logId}, HTTP ${error.httpStatus}`)
    else throw error
  }
  console.log(`token requests sent: ${fake.tokenRequests.tenant}`)
} finally {
  await server.close()
}
