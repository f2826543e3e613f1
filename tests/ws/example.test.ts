import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/** Runs an example (importing the built package) in its own process; it must finish by itself (no timer or socket left). */
function run(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${file} did not exit within 15 s:\n${stdout}\n${stderr}`))
    }, 15_000)
    child.once('error', reject)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

describe('examples/ws', () => {
  it('bot.ts echoes a message, survives a drop, answers a card click, and exits on its own', async () => {
    const { code, stdout, stderr } = await run('examples/ws/bot.ts')
    expect(code, stderr).toBe(0)
    expect(stdout.trim().split('\n')).toEqual([
      'connected',
      'message ACK: code 200',
      'bot replied: {"text":"echo: hello"}',
      'reconnecting (attempt 1): long connection lost (close code 1006)',
      'reconnected',
      'card ACK: code 200, reply {"toast":{"type":"success","content":"clicked approve"}}',
      'bootstraps: 2, state: open',
      'closed: closed',
    ])
  })
})
