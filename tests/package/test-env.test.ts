import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = new URL('../..', import.meta.url).pathname

/** A PATH holding only `node`: no redis-server on it. */
function pathWithoutRedis(): string {
  const dir = mkdtempSync(join(tmpdir(), 'larkfn-noredis-'))
  symlinkSync(process.execPath, join(dir, 'node'))
  return dir
}

describe('npm test without redis-server', () => {
  it('the first step of npm test is the Redis check', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.pretest?.split('&&')[0]?.trim()).toBe('node scripts/check-test-env.mjs')
  })

  it('fails at once, and the first line it prints is the install line', async () => {
    const env = { PATH: pathWithoutRedis(), HOME: tmpdir() }
    const failed = await run(process.execPath, ['scripts/check-test-env.mjs'], { cwd: root, env }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stdout).toBe('')
    expect(failed?.stderr.split('\n')[0]).toContain('apt-get install redis-server')
  })

  it('passes with REDIS_URL set, and with redis-server on the PATH', async () => {
    const withUrl = await run(process.execPath, ['scripts/check-test-env.mjs'], { cwd: root, env: { PATH: pathWithoutRedis(), REDIS_URL: 'redis://127.0.0.1:1' } })
    expect(withUrl.stderr).toBe('')
    const installed = await run(process.execPath, ['scripts/check-test-env.mjs'], { cwd: root })
    expect(installed.stderr).toBe('')
  })

  it('the global setup refuses before spawning anything or waiting for a port', async () => {
    const { default: setup } = await import('../global-setup.ts')
    const saved = { PATH: process.env.PATH, REDIS_URL: process.env.REDIS_URL }
    process.env.PATH = pathWithoutRedis()
    delete process.env.REDIS_URL
    const provided: string[] = []
    try {
      const project = { provide: (key: string) => provided.push(key) } as unknown as Parameters<typeof setup>[0]
      await expect(setup(project)).rejects.toThrow(/apt-get install redis-server/)
    } finally {
      process.env.PATH = saved.PATH
      if (saved.REDIS_URL !== undefined) process.env.REDIS_URL = saved.REDIS_URL
    }
    expect(provided).toEqual([])
  })
})
