// Bench helper: the fake Feishu server from the built package, on loopback, in its own process
// (so the client under test and the server each get a core). Prints `{"url": …}` on its first line.
// `GET /bench/stats` answers token requests and request counts by path, then clears the request log
// (the fake logs every request; a long bench would otherwise grow it without bound).
// Stops when stdin closes (the parent exited) or on SIGTERM.
// `node bench/server.mjs --tls <key.pem> <cert.pem>` serves https instead (the platform's scheme).
import { readFileSync } from 'node:fs'
import { createFakeFeishu } from 'larkfn/testing'
import { listen } from 'larkfn/node'

export const USERS = 50

const fake = createFakeFeishu()
fake.seedUsers(Array.from({ length: USERS }, (_, i) => ({ name: `Bench User ${i}`, email: `user${i}@example.com`, user_id: `u${i}` })))
fake.route({
  method: 'GET',
  path: '/bench/stats',
  tokens: [],
  handler: () => {
    const byPath = {}
    for (const r of fake.requests) if (r.path !== '/bench/stats') byPath[r.path] = (byPath[r.path] ?? 0) + 1
    fake.clearRequests()
    return { tokenRequests: fake.tokenRequests, byPath }
  },
})
const [flag, keyFile, certFile] = process.argv.slice(2)
const tls = flag === '--tls' ? { key: readFileSync(keyFile), cert: readFileSync(certFile) } : undefined
const server = await listen(fake.handle, { tls })
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`)
const stop = () => server.close().then(() => process.exit(0))
process.stdin.on('end', stop).resume()
process.on('SIGTERM', stop)
