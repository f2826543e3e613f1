/**
 * Cold import time: `larkfn` + `larkfn/contact/v3` vs `@larksuiteoapi/node-sdk`, each in fresh
 * `node` processes, alternating. Measured inside the process (`performance.now()` around the
 * dynamic imports) and as whole-process wall time from the parent, next to a process that imports
 * nothing (Node's own start-up).
 */
import { median, ms, p90, ratio, runHelper, table } from './lib.ts'

const WHICH = ['none', 'larkfn', 'official'] as const

export interface ImportResult {
  readonly markdown: string
  readonly larkfnMs: number
  readonly officialMs: number
}

export async function measureImport(runs: number): Promise<ImportResult> {
  const inside: Record<string, number[]> = { none: [], larkfn: [], official: [] }
  const wall: Record<string, number[]> = { none: [], larkfn: [], official: [] }
  for (let i = 0; i < runs; i++) {
    // Rotate the order each round so that no client always runs right after another.
    for (let k = 0; k < WHICH.length; k++) {
      const which = WHICH[(i + k) % WHICH.length]!
      const { result, wallMs } = await runHelper<{ ms: number }>('import-time.mjs', [which])
      inside[which]!.push(result.ms)
      wall[which]!.push(wallMs)
    }
  }
  const row = (label: string, which: string, withInside = true) => [
    label,
    withInside ? ms(median(inside[which]!)) : '—',
    withInside ? ms(p90(inside[which]!)) : '—',
    ms(median(wall[which]!)),
    ms(p90(wall[which]!)),
  ]
  const l = median(inside.larkfn!)
  const o = median(inside.official!)
  const markdown = [
    table(
      ['import', 'in-process median', 'in-process p90', 'whole process median', 'whole process p90'],
      [
        row('`larkfn` + `larkfn/contact/v3`', 'larkfn'),
        row('`@larksuiteoapi/node-sdk`', 'official'),
        row('(node, imports nothing)', 'none', false),
      ],
    ),
    '',
    `In-process import: the official SDK takes ${ratio(o / l)} as long as larkfn (medians, ${runs} runs each).`,
  ].join('\n')
  return { markdown, larkfnMs: l, officialMs: o }
}
