// Child of tests/node/https.test.ts: a Node process that trusts the test's certificate
// (NODE_EXTRA_CA_CERTS) makes one call through the Node root's default context over https.
import { batchGetUserId } from '../../src/api/contact/v3/index.ts'
import { createContext } from '../../src/index.node.ts'
import { FAKE_APP_ID, FAKE_APP_SECRET } from '../../src/testing/index.ts'

const [domain, email] = process.argv.slice(2)
const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain, logLevel: 'silent' })
const data = await batchGetUserId(ctx, { body: { emails: [email!] } })
console.log(JSON.stringify({ transport: ctx.fetch.name, userId: data.user_list?.[0]?.user_id }))
