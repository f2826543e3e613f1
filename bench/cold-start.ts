/**
 * Cold start: a fresh process that imports the SDK, makes a client, gets the first token and makes
 * the first call against the fake server. Alternating runs; in-process time and whole-process wall.
 * Plain `fetch` (token + call, no SDK) runs alongside: Node's own first-fetch cost, the floor of any
 * client on the global fetch (larkfn's Node default, `nodeFetch`, goes over node:http instead).
 */
import type { FakeServer } from './lib.ts'
import { median, ms, p90, ratio, runHelper, table } from './lib.ts'

const WHICH = ['larkfn', 'larkfn-global', 'official', 'fetch'] as const
type Which = (typeof WHICH)[number]

export interface ColdStartResult {
  readonly markdown: string
  /** Official / larkfn, medians of in-process time (import + first token + first call). */
  readonly inProcessRatio: number
  /** Official / larkfn, medians of whole-process wall time. */
  readonly wallRatio: number
  readonly larkfnMs: number
  /** larkfn with `fetch: globalThis.fetch` (undici on Node 20). */
  readonly larkfnGlobalMs: number
  /** Official / larkfn on the global fetch, medians of in-process time. */
  readonly globalFetchRatio: number
  readonly officialMs: number
  readonly fetchMs: number
  readonly larkfnWall: number
  readonly officialWall: number
}

export async function measureColdStart(server: FakeServer, runs: number): Promise<ColdStartResult> {
  const empty = (): Record<Which, number[]> => ({ larkfn: [], 'larkfn-global': [], official: [], fetch: [] })
  const inside = empty()
  const sinceStart = empty()
  const wall = empty()
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < WHICH.length; k++) {
      const which = WHICH[(i + k) % WHICH.length]!
      const before = await server.stats()
      const { result, wallMs } = await runHelper<{ ms: number; sinceStart: number }>('cold-start.mjs', [which, server.url], [], server.env)
      const after = await server.stats()
      // The helper checked the answer; check here that the calls really went to the fake.
      if (after.byPath['/open-apis/contact/v3/users/batch_get_id'] !== 1 || after.tokenRequests.tenant - before.tokenRequests.tenant !== 1) {
        throw new Error(`cold start ${which}: expected 1 token request and 1 call at the fake, saw ${JSON.stringify(after)}`)
      }
      inside[which].push(result.ms)
      sinceStart[which].push(result.sinceStart)
      wall[which].push(wallMs)
    }
  }
  const m = (xs: Record<Which, number[]>, w: Which) => median(xs[w])
  const row = (label: string, which: Which) => [
    label,
    ms(m(inside, which)),
    ms(p90(inside[which])),
    ms(m(sinceStart, which)),
    ms(m(wall, which)),
    ms(p90(wall[which])),
  ]
  const label: Record<Which, string> = { larkfn: '**larkfn**', 'larkfn-global': '**larkfn on the global fetch**', official: 'official', fetch: 'plain fetch' }
  const over = (w: Which) => [
    `official / ${label[w]}`,
    w === 'fetch' ? ratio(m(inside, 'official') / m(inside, w)) : `**${ratio(m(inside, 'official') / m(inside, w))}**`,
    '',
    ratio(m(sinceStart, 'official') / m(sinceStart, w)),
    ratio(m(wall, 'official') / m(wall, w)),
    '',
  ]
  const markdown = table(
    ['fresh process: import + client + first token + first call', 'in-process median', 'in-process p90', 'since process start, median', 'whole process median', 'whole process p90'],
    [
      row('larkfn (Node default: `nodeFetch` over node:http / node:https)', 'larkfn'),
      row('larkfn with `fetch: globalThis.fetch` (undici)', 'larkfn-global'),
      row('@larksuiteoapi/node-sdk', 'official'),
      row('(plain fetch, no SDK: the floor)', 'fetch'),
      over('larkfn'),
      over('larkfn-global'),
      over('fetch'),
    ],
  )
  return {
    markdown,
    inProcessRatio: m(inside, 'official') / m(inside, 'larkfn'),
    wallRatio: m(wall, 'official') / m(wall, 'larkfn'),
    larkfnMs: m(inside, 'larkfn'),
    larkfnGlobalMs: m(inside, 'larkfn-global'),
    globalFetchRatio: m(inside, 'official') / m(inside, 'larkfn-global'),
    officialMs: m(inside, 'official'),
    fetchMs: m(inside, 'fetch'),
    larkfnWall: m(wall, 'larkfn'),
    officialWall: m(wall, 'official'),
  }
}
