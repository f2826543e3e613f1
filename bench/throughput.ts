/**
 * Calls per second of batch_get_id at concurrency 1 and 50: larkfn (Node's default fetch and the
 * global one), plain `fetch` with a fixed token (the ceiling) and the official SDK, against the same
 * fake server process, the same number of calls each. One client process per concurrency holds all
 * the clients and alternates short batches between them (`bench/throughput.mjs` says why). Per
 * cell: the median batch rate, the median of the per-round ratios to plain fetch (paired: same round,
 * same load), and the client's CPU time per call, which the fake server's own cost does not cap.
 */
import type { FakeServer, Impl } from './lib.ts'
import { LABEL, median, runHelper, table } from './lib.ts'

const IMPLS: readonly Impl[] = ['larkfn', 'larkfn-global', 'fetch', 'official']
const PATH = '/open-apis/contact/v3/users/batch_get_id'

interface Batch {
  readonly impl: Impl
  readonly round: number
  readonly ms: number
  readonly cpuUs: number
  readonly wrong: number
}

export interface ThroughputOptions {
  readonly rounds: number
  /** Calls per client per round. */
  readonly batch: number
  /** Calls per client before measuring. */
  readonly warmup: number
  readonly concurrency: readonly number[]
}

type ByImpl = Record<Impl, number>

export interface ThroughputResult {
  readonly markdown: string
  /** Median batch calls/s, by concurrency and client. */
  readonly perSecond: Record<number, ByImpl>
  /** Calls/s as a share of plain fetch's: median of the per-round ratios. */
  readonly share: Record<number, ByImpl>
  /** Median client CPU µs per call. */
  readonly cpu: Record<number, ByImpl>
}

export async function measureThroughput(server: FakeServer, o: ThroughputOptions): Promise<ThroughputResult> {
  const perSecond: Record<number, ByImpl> = {}
  const share: Record<number, ByImpl> = {}
  const cpu: Record<number, ByImpl> = {}
  const rows: string[][] = []
  for (const c of o.concurrency) {
    await server.stats() // clears the fake's request log
    const { result } = await runHelper<{ batches: Batch[] }>('throughput.mjs', [c, o.rounds, o.batch, o.warmup, server.url].map(String))
    const seen = (await server.stats()).byPath[PATH]
    const expected = IMPLS.length * (o.warmup + o.rounds * o.batch)
    if (seen !== expected) throw new Error(`throughput c=${c}: the fake saw ${seen} calls, expected ${expected}`)
    const of = (impl: Impl) => result.batches.filter((b) => b.impl === impl)
    for (const impl of IMPLS) {
      const wrong = of(impl).reduce((n, b) => n + b.wrong, 0)
      if (wrong !== 0) throw new Error(`throughput ${impl} c=${c}: ${wrong} wrong answers`)
    }
    const rate = (b: Batch) => (o.batch / b.ms) * 1000
    const fetchByRound = new Map(of('fetch').map((b) => [b.round, rate(b)]))
    perSecond[c] = {} as ByImpl
    share[c] = {} as ByImpl
    cpu[c] = {} as ByImpl
    for (const impl of IMPLS) {
      perSecond[c][impl] = median(of(impl).map(rate))
      share[c][impl] = median(of(impl).map((b) => rate(b) / fetchByRound.get(b.round)!))
      cpu[c][impl] = median(of(impl).map((b) => b.cpuUs / o.batch))
    }
  }
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`
  const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(0)} µs`
  for (const impl of IMPLS) {
    for (const c of o.concurrency) {
      rows.push([
        LABEL[impl],
        String(c),
        `**${perSecond[c]![impl].toFixed(0)}**`,
        impl === 'fetch' ? '100 %' : `**${pct(share[c]![impl])}**`,
        `${cpu[c]![impl].toFixed(0)} µs`,
        impl === 'fetch' ? '—' : signed(cpu[c]![impl] - cpu[c]!.fetch),
      ])
    }
  }
  const markdown = table(
    ['client', 'concurrency', 'calls/s (median of batches)', 'share of plain fetch (median of per-round ratios)', 'client CPU per call (median)', 'CPU vs plain fetch'],
    rows,
  )
  return { markdown, perSecond, share, cpu }
}
