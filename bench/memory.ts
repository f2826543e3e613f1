/**
 * Memory after import: heapUsed and RSS growth in a fresh process (after a full GC), for the import
 * alone and with one client made. Median of a few alternating runs.
 */
import { mb, median, ratio, runHelper, table } from './lib.ts'

interface Sample {
  readonly importHeap: number
  readonly importRss: number
  readonly clientHeap: number
  readonly clientRss: number
}

export interface MemoryResult {
  readonly markdown: string
  readonly larkfn: Sample
  readonly official: Sample
}

export async function measureMemory(runs: number): Promise<MemoryResult> {
  const samples: Record<'larkfn' | 'official', Sample[]> = { larkfn: [], official: [] }
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 ? (['official', 'larkfn'] as const) : (['larkfn', 'official'] as const)) {
      samples[which].push((await runHelper<Sample>('memory.mjs', [which], ['--expose-gc'])).result)
    }
  }
  const med = (which: 'larkfn' | 'official'): Sample => {
    const s = samples[which]
    return {
      importHeap: median(s.map((x) => x.importHeap)),
      importRss: median(s.map((x) => x.importRss)),
      clientHeap: median(s.map((x) => x.clientHeap)),
      clientRss: median(s.map((x) => x.clientRss)),
    }
  }
  const l = med('larkfn')
  const o = med('official')
  const row = (label: string, s: Sample) => [label, mb(s.importHeap), mb(s.importRss), mb(s.clientHeap), mb(s.clientRss)]
  const markdown = [
    table(
      ['fresh process', 'heapUsed Δ after import', 'rss Δ after import', 'heapUsed Δ + one client', 'rss Δ + one client'],
      [row('`larkfn` + `larkfn/contact/v3`', l), row('`@larksuiteoapi/node-sdk`', o)],
    ),
    '',
    `Heap after import + one client: the official SDK uses ${ratio(o.clientHeap / l.clientHeap)} as much (medians of ${runs} runs each).`,
  ].join('\n')
  return { markdown, larkfn: l, official: o }
}
