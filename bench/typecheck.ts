/**
 * Type-check cost of a user file: one that imports nothing, one that imports the root and
 * `larkfn/contact/v3` (and calls an endpoint), and one that does the same with the official SDK.
 * Runs `tsc --noEmit --extendedDiagnostics` on each, alternating, and reports medians.
 *
 * Run: npm run build && npx tsx bench/typecheck.ts [rounds]
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = join(root, 'bench/.tmp/typecheck')
const rounds = Number(process.argv[2] ?? 5)

const cases: Record<string, string> = {
  'imports nothing': `export const n: number = 1\n`,
  'larkfn root + contact/v3': [
    `import { createContext, isLarkApiError } from 'larkfn'`,
    `import { batchGetUserId } from 'larkfn/contact/v3'`,
    `const ctx = createContext({ appId: 'cli_x', appSecret: 's' })`,
    `export async function run() {`,
    `  try { const d = await batchGetUserId(ctx, { body: { emails: ['a@example.com'] } }); return d.user_list?.[0]?.user_id }`,
    `  catch (e) { if (isLarkApiError(e)) return e.code; throw e }`,
    `}`,
  ].join('\n'),
  '@larksuiteoapi/node-sdk': [
    `import * as lark from '@larksuiteoapi/node-sdk'`,
    `const client = new lark.Client({ appId: 'cli_x', appSecret: 's' })`,
    `export async function run() {`,
    `  const r = await client.contact.user.batchGetId({ data: { emails: ['a@example.com'] } })`,
    `  return r.data?.user_list?.[0]?.user_id`,
    `}`,
  ].join('\n'),
}

const tsconfig = {
  compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, types: [] },
}

function measure(name: string): { seconds: number; memoryMB: number } {
  const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '_')}.ts`)
  const config = join(dir, `tsconfig.${name.replace(/[^a-z0-9]+/gi, '_')}.json`)
  writeFileSync(config, JSON.stringify({ ...tsconfig, files: [file] }))
  const out = execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config, '--extendedDiagnostics'], { cwd: root, encoding: 'utf8' })
  const total = Number(/Total time:\s+([\d.]+)s/.exec(out)?.[1])
  const memory = Number(/Memory used:\s+(\d+)K/.exec(out)?.[1]) / 1024
  return { seconds: total, memoryMB: memory }
}

rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
for (const [name, source] of Object.entries(cases)) writeFileSync(join(dir, `${name.replace(/[^a-z0-9]+/gi, '_')}.ts`), source)
const samples: Record<string, Array<{ seconds: number; memoryMB: number }>> = {}
for (let i = 0; i < rounds; i++) for (const name of Object.keys(cases)) (samples[name] ??= []).push(measure(name))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

const base = median(samples['imports nothing']!.map((s) => s.seconds))
const rows = Object.entries(samples).map(([name, s]) => {
  const seconds = median(s.map((x) => x.seconds))
  const memory = median(s.map((x) => x.memoryMB))
  return `| ${name} | ${seconds.toFixed(2)} s | ${(seconds / base).toFixed(2)}x | ${memory.toFixed(0)} MB |`
})
console.log(`Type-check of one user file (tsc --noEmit, median of ${rounds} alternating rounds)\n`)
console.log('| file | time | vs nothing | memory |\n| --- | --- | --- | --- |')
console.log(rows.join('\n'))
