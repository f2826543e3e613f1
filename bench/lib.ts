/**
 * Shared pieces of the benches: statistics, timed child processes, the fake server process, and
 * Markdown tables. Every measurement runs in fresh `node` processes (`bench/*.mjs`) so that one
 * SDK's loaded modules, caches and JIT state never colour the other's numbers.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { get } from 'node:http'
import { get as getTls } from 'node:https'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { SelfSigned } from '../scripts/self-signed-cert.ts'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const benchDir = fileURLToPath(new URL('.', import.meta.url))
/** Where helpers run, against a copy of the built package (see `snapshot.ts`). */
export const helperDir = fileURLToPath(new URL('.tmp/pkg/', import.meta.url))

/**
 * The clients the benches compare: larkfn as Node users get it (its default fetch on Node is
 * `nodeFetch`, over node:http), larkfn on the global fetch (what Bun, Deno, workers and browsers
 * use), the official SDK, and plain `fetch` with a fixed token (the ceiling).
 */
export type Impl = 'larkfn' | 'larkfn-global' | 'official' | 'fetch'
export const LABEL: Record<Impl, string> = {
  larkfn: 'larkfn (Node default: nodeFetch)',
  'larkfn-global': 'larkfn on the global fetch',
  official: '@larksuiteoapi/node-sdk 1.74.0',
  fetch: 'plain fetch, fixed token',
}

/** `--quick`: fewer runs and calls, for trying the bench out; the numbers are then rough. */
export const quick = process.argv.includes('--quick')

export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number
}
export const median = (xs: readonly number[]) => quantile(xs, 0.5)
export const p90 = (xs: readonly number[]) => quantile(xs, 0.9)

export const ms = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
export const ratio = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)}x`

/** A Markdown table from a header row and body rows. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

export interface Helper<T> {
  /** What the helper printed as JSON on its last stdout line. */
  readonly result: T
  /** Spawn to exit, measured by the parent. */
  readonly wallMs: number
}

/**
 * Runs `node [nodeArgs] <helperDir>/<script> [args]` in a fresh process and parses its last line as
 * JSON. `env` is added to this process's environment (e.g. `NODE_EXTRA_CA_CERTS`).
 */
export function runHelper<T>(script: string, args: readonly string[], nodeArgs: readonly string[] = [], env: Record<string, string> = {}): Promise<Helper<T>> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const options = { cwd: helperDir, maxBuffer: 1 << 24, env: { ...process.env, ...env } }
    execFile(process.execPath, [...nodeArgs, `${helperDir}${script}`, ...args], options, (error, stdout, stderr) => {
      const wallMs = performance.now() - start
      if (error) return reject(new Error(`${script} ${args.join(' ')} failed: ${stderr || error.message}`))
      const last = stdout.trim().split('\n').at(-1) ?? ''
      try {
        resolve({ result: JSON.parse(last) as T, wallMs })
      } catch {
        reject(new Error(`${script} printed no JSON result: ${stdout}${stderr}`))
      }
    })
  })
}

/** The fake Feishu server (`bench/server.mjs`) in its own process. */
export interface FakeServer {
  readonly url: string
  /** For helpers of an https server: `NODE_EXTRA_CA_CERTS` pointing at its certificate. */
  readonly env: Record<string, string>
  /** Token requests so far, and requests by path since the last call (the fake's log is cleared). */
  stats(): Promise<{ tokenRequests: { tenant: number }; byPath: Record<string, number> }>
  close(): Promise<void>
}

/** The fake in its own process; over https with `tls` (its child processes then trust the certificate). */
export async function startServer(tls?: SelfSigned): Promise<FakeServer> {
  const args = tls ? ['--tls', tls.keyFile, tls.certFile] : []
  const child: ChildProcess = spawn(process.execPath, [`${helperDir}server.mjs`, ...args], { cwd: helperDir, stdio: ['pipe', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`fake server exited with ${code}`)))
    child.stdout!.once('data', (chunk) => resolve((JSON.parse(String(chunk)) as { url: string }).url))
  })
  return {
    url,
    env: tls ? { NODE_EXTRA_CA_CERTS: tls.certFile } : {},
    async stats() {
      const body = JSON.parse(await getText(`${url}/bench/stats`, tls?.cert)) as { code: number; data: never }
      if (body.code !== 0) throw new Error(`fake server stats: ${JSON.stringify(body)}`)
      return body.data
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.stdin!.end()
      }),
  }
}

/**
 * GET on a fresh connection. Not `fetch`: its pooled keep-alive socket sits idle while a helper
 * runs, the server closes it after 5 s, and the next stats call fails with "other side closed".
 */
function getText(url: string, ca?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? getTls : get
    send(url, { agent: false, ca }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text)).on('error', reject)
    }).on('error', reject)
  })
}

/** Node version, CPU, cores, load: the facts a reader needs to weigh the numbers. */
export function machine(): string[] {
  const cpu = cpus()
  return [
    `node ${process.version} (${process.platform} ${process.arch})`,
    `CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores (shared, noisy machine)`,
    `load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`,
  ]
}
