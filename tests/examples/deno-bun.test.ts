/**
 * `examples/deno/list-users.ts` and `examples/deno/notify.ts` in Deno and `examples/bun/send-image.ts` in Bun, each as a
 * subprocess against the fake Feishu server this test serves on loopback. Both run TypeScript as is
 * and load the built package through its self-reference (`larkfn/...` → `dist/`).
 *
 * @module
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_TENANT_KEY } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const server = await startFake()
const { fake } = server
const dir = await mkdtemp(join(tmpdir(), 'larkfn-examples-'))
afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})
beforeEach(() => fake.reset())

const config = { APP_ID: FAKE_APP_ID, APP_SECRET: FAKE_APP_SECRET, LARK_DOMAIN: server.url, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }

/** Runs a command in the repository root; resolves its exit code, stdout lines and stderr. */
function run(file: string, args: string[], env: Record<string, string> = config): Promise<{ code: number; lines: string[]; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: root, timeout: 30_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
      resolve({ code, lines: stdout.trim().split('\n'), stderr })
    })
  })
}

describe('examples/deno/list-users.ts in Deno', () => {
  it('pages through the directory with paginateItems and prints every name', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `User ${String(i + 1).padStart(2, '0')}`)
    fake.seedUsers(names.map((name) => ({ name })))
    const out = await run('node_modules/.bin/deno', ['run', '--allow-net=127.0.0.1', '--allow-env=APP_ID,APP_SECRET,LARK_DOMAIN', 'examples/deno/list-users.ts', '5'])
    expect(out.code, out.stderr).toBe(0)
    expect(out.lines).toEqual(['Test User', ...names, '12 users'])
    const pages = fake.requests.filter((r) => r.path === '/open-apis/contact/v3/users/find_by_department')
    expect(pages.map((r) => r.query.page_token === undefined)).toEqual([true, false, false])
    expect(pages.every((r) => r.query.page_size === '5' && r.query.department_id === '0')).toBe(true)
    expect(fake.tokenRequests.tenant).toBe(1)
  })

  it('stops without its config, and Deno stops it without --allow-env for the config', async () => {
    const { APP_SECRET: _, ...noSecret } = config
    const missing = await run('node_modules/.bin/deno', ['run', '--allow-net=127.0.0.1', '--allow-env=APP_ID,APP_SECRET,LARK_DOMAIN', 'examples/deno/list-users.ts'], noSecret)
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'set APP_ID and APP_SECRET'])
    const denied = await run('node_modules/.bin/deno', ['run', '--allow-net=127.0.0.1', 'examples/deno/list-users.ts'])
    expect(denied.code).not.toBe(0)
    expect(denied.stderr).toMatch(/NotCapable: Requires env access to "APP_ID"/)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('examples/deno/notify.ts in Deno', () => {
  const allow = ['--allow-net=127.0.0.1', '--allow-env=LARK_WEBHOOK_URL,LARK_WEBHOOK_SECRET']
  const base = { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }

  it('posts a signed markdown post to the custom bot, and it lands in the chat', async () => {
    const bot = fake.addCustomBot({ secret: 'notify-secret', name: 'Alerts' })
    const env = { ...base, LARK_WEBHOOK_URL: bot.url(server.url), LARK_WEBHOOK_SECRET: 'notify-secret' }
    const out = await run('node_modules/.bin/deno', ['run', ...allow, 'examples/deno/notify.ts', 'Deploy', '**v1.2.0** is live'], env)
    expect(out.code, out.stderr).toBe(0)
    expect(out.lines).toEqual(['posted "Deploy" (signed)'])
    const [posted] = fake.customBotMessages(bot.token)
    expect([posted?.msg_type, posted?.signed]).toEqual(['post', true])
    expect(posted?.content).toEqual({ post: { zh_cn: { title: 'Deploy', content: [[{ tag: 'md', text: '**v1.2.0** is live' }]] } } })
    expect(fake.messages.map((m) => [m.chat_id, m.msg_type, m.message_id])).toEqual([[bot.chatId, 'post', posted?.message_id]])
  })

  it('a wrong secret exits 1 with the platform code, showing neither the token nor the secret', async () => {
    const bot = fake.addCustomBot({ secret: 'notify-secret' })
    const env = { ...base, LARK_WEBHOOK_URL: bot.url(server.url), LARK_WEBHOOK_SECRET: 'wrong-secret' }
    const out = await run('node_modules/.bin/deno', ['run', ...allow, 'examples/deno/notify.ts'], env)
    expect(out.code).toBe(1)
    expect(out.stderr).toMatch(/^sendWebhookMessage: code 19021: /)
    expect(out.stderr + out.lines.join('\n')).not.toMatch(new RegExp(`${bot.token}|wrong-secret`))
    const missing = await run('node_modules/.bin/deno', ['run', ...allow, 'examples/deno/notify.ts'], base)
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'set LARK_WEBHOOK_URL (and LARK_WEBHOOK_SECRET when the bot signs)'])
    expect(fake.customBotMessages(bot.token)).toEqual([])
  })
})

describe('examples/bun/send-image.ts in Bun', () => {
  it('uploads the file with createImage and sends it to the chat with createMessage', async () => {
    const [chat] = fake.seedChats([{ name: 'Reports', tenant_key: FAKE_TENANT_KEY }])
    // A PNG signature and some bytes: the fake sniffs the type from the magic number.
    const bytes = new Uint8Array(40_000).map((_, i) => (i * 7) % 256)
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const path = join(dir, 'chart.png')
    await writeFile(path, bytes)

    const out = await run('node_modules/.bin/bun', ['examples/bun/send-image.ts', path, chat!.chat_id])
    expect(out.code, out.stderr).toBe(0)
    const [image] = fake.files
    expect(out.lines).toEqual([`uploaded chart.png (40000 bytes): ${image!.key}`, `sent to ${chat!.chat_id}: ${fake.messages[0]!.message_id}`])
    expect([image!.kind, image!.type, image!.name, image!.contentType]).toEqual(['image', 'message', 'chart.png', 'image/png'])
    expect(createHash('sha256').update(image!.bytes).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(fake.messages.map((m) => [m.chat_id, m.msg_type, m.content])).toEqual([[chat!.chat_id, 'image', JSON.stringify({ image_key: image!.key })]])
  })
})
