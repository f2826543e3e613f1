import { spawn, type ChildProcess } from 'node:child_process'
import { missingRedis } from '../scripts/check-test-env.mjs'
import { createServer, Socket } from 'node:net'
import type { TestProject } from 'vitest/node'
import { startMatrixFake } from './runtimes/fake-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `redis://127.0.0.1:<port>` of the redis-server this run started (or REDIS_URL). */
    redisUrl: string
    /** Base URL of the fake Feishu server the runtime matrix (tests/runtimes) calls over loopback. */
    apiUrl: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(port: number, ms: number, failed: { error?: Error }): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    // The spawn failed (not installed, not runnable): stop waiting at once.
    if (failed.error) throw failed.error
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket()
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => (socket.destroy(), resolve(false)))
      socket.connect(port, '127.0.0.1')
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`redis-server did not open port ${port} in ${ms} ms`)
}

/** Starts a throwaway redis-server on a free loopback port for the Redis-backed store tests. */
async function startRedis(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL)
    return async () => {}
  }
  // Checked before anything else: without it the run used to wait 10 s for a port that never opened.
  const missing = missingRedis()
  if (missing !== null) {
    // Written at once: vitest reports a failed global setup only after its "No test files found".
    process.stderr.write(`\n${missing}\n\n`)
    throw new Error(missing)
  }
  const port = await freePort()
  const redis: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  const failed: { error?: Error } = {}
  redis.once('error', (e) => (failed.error = new Error(`redis-server: ${e.message} (install it: apt-get install redis-server)`)))
  await waitForPort(port, 10_000, failed)
  project.provide('redisUrl', `redis://127.0.0.1:${port}`)
  return async () => {
    redis.kill('SIGTERM')
  }
}

/** Redis for the store tests, and the runtime matrix's fake Feishu server on loopback. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopRedis = await startRedis(project)
  const fake = await startMatrixFake()
  project.provide('apiUrl', fake.url)
  return async () => {
    await fake.close()
    await stopRedis()
  }
}
