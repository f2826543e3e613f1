import { describe, expect, it } from 'vitest'
import { runExample } from './run-example.ts'

describe('examples/quickstart.ts (the README main job)', () => {
  it('runs end to end against the fake server, as a user imports the built package', async () => {
    const lines = await runExample('examples/quickstart.ts')
    expect(lines[0]).toMatch(/^ann@example\.com: ou_[0-9a-f]{32}$/)
    expect(lines[2]).toBe('nobody@example.com: not found')
    expect(lines[3]).toBe('directory, 2 per page: Test User, Ann, Bo, Cy, Di, Ed')
    expect(lines[4]).toBe('rate limited once: waited for x-ogw-ratelimit-reset, then succeeded')
    expect(lines[5]).toMatch(/^platform error: code 41050 \(no user authority error\), HTTP 403, log id \d{14}[0-9A-F]{20}$/)
    expect(lines[6]).toContain('invalid input: body.emails.0: Invalid type')
    expect(lines[7]).toBe('token requests sent for all of the above: 1')
  }, 90_000)
})
