import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, Socket } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `redis://127.0.0.1:<port>` of the redis-server this run started (or REDIS_URL). */
    redisUrl: string
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

async function waitForPort(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
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

let redis: ChildProcess | undefined

/** Starts a throwaway redis-server on a free loopback port for the Redis-backed store tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL)
    return async () => {}
  }
  const port = await freePort()
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  const failed = new Promise<never>((_, reject) => redis?.once('error', (e) => reject(new Error(`redis-server: ${e.message} (install it: apt-get install redis-server)`))))
  await Promise.race([waitForPort(port, 10_000), failed])
  project.provide('redisUrl', `redis://127.0.0.1:${port}`)
  return async () => {
    redis?.kill('SIGTERM')
  }
}
