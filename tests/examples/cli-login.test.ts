import { describe, expect, it } from 'vitest'
import { runExample } from './run-example.ts'

describe('examples/cli-login/login.ts', () => {
  it('signs a user in with the device flow against the fake and lists their chats', async () => {
    const lines = await runExample('examples/cli-login/login.ts')
    expect(lines[0]).toMatch(/^Open http:\/\/127\.0\.0\.1:\d+\/oauth\/v1\/device\/verify and enter the code [A-Z]{4}-[A-Z]{4}$/)
    const code = /code ([A-Z]{4}-[A-Z]{4})$/.exec(lines[0] ?? '')?.[1]
    expect(lines[1]).toMatch(new RegExp(`^\\(or open http://127\\.0\\.0\\.1:\\d+/oauth/v1/device/verify\\?user_code=${code}\\)$`))
    expect(lines[2]).toBe('signed in after 1 poll')
    expect(lines[3]).toBe('your chats: Launch plan, Design review')
    expect(lines).toHaveLength(4)
  }, 90_000)
})
