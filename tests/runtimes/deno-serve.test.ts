/**
 * `Deno.serve(fake.handle)`: the fake answers over Deno's own server, and Deno prints nothing about
 * `request.signal` (its server warns once a handler reads the signal of a request).
 *
 * @module
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const deno = 'node_modules/.bin/deno'

describe('Deno.serve(fake.handle)', () => {
  it('answers over loopback without a request.signal warning on stderr', async () => {
    if (!existsSync(`${root}/${deno}`)) throw new Error(`deno is not installed (${deno}): run \`npm ci\` with deno's postinstall allowed`)
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      execFile(
        deno,
        // Read access to dist/: the fake loads a catalog module on its first request (learning on
        // demand), and Deno asks for read permission on an import whose path is computed.
        ['run', '--allow-net=127.0.0.1', '--allow-read=dist', 'tests/runtimes/deno-serve.ts'],
        { cwd: root, timeout: 60_000, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } },
        (error, out, err) => (error ? reject(new Error(`deno failed: ${error.message}\n${err}`)) : resolve({ stdout: out, stderr: err })),
      )
    })
    const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1) ?? '{}'
    expect(JSON.parse(line)).toEqual({ card: { card_id: 'card_id' }, user: [200, 0], unknown: [404, 404], slow: 404, requests: 5 })
    expect(stderr).not.toMatch(/signal/i)
    expect(stderr).toBe('')
  })
})
