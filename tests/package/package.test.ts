import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = new URL('../..', import.meta.url).pathname

describe('the published package', () => {
  it('passes publint', async () => {
    const { stdout } = await run('node_modules/.bin/publint', ['--strict'], { cwd: root })
    expect(stdout).toContain('All good!')
  }, 120_000)

  it('passes @arethetypeswrong/cli for every subpath (ESM only)', async () => {
    const { stdout } = await run('node_modules/.bin/attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
    type Problem = { kind: string; entrypoint: string; resolutionKind?: string }
    const report = JSON.parse(stdout) as { problems: Record<string, Problem[]>; analysis: { entrypoints: Record<string, unknown> } }
    // The esm-only profile ignores CommonJS consumers; every other resolution must be clean.
    const real = Object.values(report.problems).flat().filter((p) => p.resolutionKind !== 'node16-cjs')
    expect(real).toEqual([])
    expect(Object.keys(report.analysis.entrypoints).length).toBeGreaterThan(140)
  }, 180_000)
})
