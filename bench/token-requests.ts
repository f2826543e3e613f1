/**
 * Token requests sent by 50 cold concurrent calls: a fresh process per run, the fake server's
 * `tokenRequests.tenant` read before and after.
 */
import type { FakeServer } from './lib.ts'
import { runHelper, table } from './lib.ts'

const PATH = '/open-apis/contact/v3/users/batch_get_id'

export interface TokenResult {
  readonly markdown: string
  readonly larkfn: number[]
  readonly official: number[]
}

export async function measureTokenRequests(server: FakeServer, runs: number, calls = 50): Promise<TokenResult> {
  const sent = { larkfn: [] as number[], official: [] as number[] }
  const seen = { larkfn: [] as number[], official: [] as number[] }
  for (let i = 0; i < runs; i++) {
    for (const which of ['larkfn', 'official'] as const) {
      const before = await server.stats()
      const { result } = await runHelper<{ wrong: number }>('token-requests.mjs', [which, server.url, String(calls)])
      const after = await server.stats()
      if (result.wrong !== 0) throw new Error(`token requests ${which}: ${result.wrong} wrong answers`)
      sent[which].push(after.tokenRequests.tenant - before.tokenRequests.tenant)
      seen[which].push(after.byPath[PATH] ?? 0)
    }
  }
  const row = (label: string, which: 'larkfn' | 'official') => [label, sent[which].join(', '), seen[which].join(', ')]
  const markdown = table(
    [`${calls} cold concurrent batch_get_id calls, fresh process`, 'tenant token requests (each run)', 'batch_get_id requests the fake saw'],
    [row('larkfn', 'larkfn'), row('@larksuiteoapi/node-sdk', 'official')],
  )
  return { markdown, larkfn: sent.larkfn, official: sent.official }
}
