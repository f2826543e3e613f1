/**
 * The main job, end to end and offline: start the built-in fake Feishu server on loopback, point a
 * context at it, look users up by email, page through the directory, ride out a rate limit, and
 * read a platform error — with the same code you would run against Feishu.
 *
 * Run: npm run example
 */
import { createContext, isLarkApiError, paginateItems } from 'larkfn'
import { batchGetUserId, findUserByDepartment, getUser } from 'larkfn/contact/v3'
import { listen } from 'larkfn/node'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET } from 'larkfn/testing'

const fake = createFakeFeishu()
fake.seedUsers(['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map((name) => ({ name, email: `${name.toLowerCase()}@example.com` })))
const server = await listen(fake.handle)

try {
  // In production: createContext({ appId, appSecret }) — domain defaults to Feishu.
  const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url })

  const { user_list = [] } = await batchGetUserId(ctx, {
    query: { user_id_type: 'open_id' },
    body: { emails: ['ann@example.com', 'bo@example.com', 'nobody@example.com'] },
  })
  for (const user of user_list) console.log(`${user.email}: ${user.user_id ?? 'not found'}`)

  const names: string[] = []
  // department_id '0' is the root department: users in no other department, here all of them.
  for await (const user of paginateItems(findUserByDepartment, ctx, { query: { department_id: '0', page_size: 2 } })) names.push(user.name ?? '?')
  console.log(`directory, 2 per page: ${names.join(', ')}`)

  fake.rateLimit({ path: '/open-apis/contact/v3/users/batch_get_id', times: 1, reset: 1 })
  await batchGetUserId(ctx, { body: { emails: ['cy@example.com'] } })
  console.log('rate limited once: waited for x-ogw-ratelimit-reset, then succeeded')

  try {
    await getUser(ctx, { path: { user_id: 'ou_nobody' } })
  } catch (error) {
    if (!isLarkApiError(error)) throw error
    console.log(`platform error: code ${error.code} (${error.msg}), HTTP ${error.httpStatus}, log id ${error.logId}`)
  }

  try {
    await batchGetUserId(ctx, { body: { emails: [42 as unknown as string] } })
  } catch (error) {
    console.log(`bad input, nothing sent: ${(error as Error).message}`)
  }

  console.log(`token requests sent for all of the above: ${fake.tokenRequests.tenant}`)
} finally {
  await server.close()
}
