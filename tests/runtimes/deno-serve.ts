/**
 * Deno only: serves the fake with `Deno.serve(fake.handle)` (the built `larkfn/testing`, through
 * the package's self-reference), calls it over loopback, and prints one JSON line: the statuses and
 * codes seen. Run by `deno-serve.test.ts`, which also reads this process's stderr.
 *
 * @module
 */
import { createContext } from 'larkfn'
import { idCardConvert } from 'larkfn/cardkit/v1'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET } from 'larkfn/testing'

interface DenoServer {
  readonly addr: { readonly port: number }
  shutdown(): Promise<void>
}
const { Deno } = globalThis as unknown as {
  Deno: { serve(options: { port: number; hostname: string; onListen(): void }, handler: (request: Request) => Promise<Response>): DenoServer }
}

const fake = createFakeFeishu()
const server = Deno.serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, fake.handle)
const domain = `http://127.0.0.1:${server.addr.port}`
const report: Record<string, unknown> = {}
try {
  const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain, logLevel: 'silent', retry: false })
  // A token request, a stateful route, an endpoint learned on demand, and an unknown path.
  report.card = await idCardConvert(ctx, { body: { message_id: 'om_1' } })
  const token = fake.issueToken({ kind: 'tenant' })
  const user = await fetch(`${domain}/open-apis/contact/v3/users/${fake.seedUsers([{ name: 'Deno' }])[0]?.open_id}`, { headers: { authorization: `Bearer ${token}` } })
  report.user = [user.status, ((await user.json()) as { code: number }).code]
  const unknown = await fetch(`${domain}/open-apis/nothing/v1/here`)
  report.unknown = [unknown.status, ((await unknown.json()) as { code: number }).code]
  // A slow fault waits on the request's signal: the one path that still reads it.
  fake.fault({ path: '/open-apis/nothing/v1/slow', kind: 'slow', delay: 1 })
  report.slow = (await fetch(`${domain}/open-apis/nothing/v1/slow`)).status
  report.requests = fake.requests.length
} finally {
  await server.shutdown()
}
console.log(JSON.stringify(report))
