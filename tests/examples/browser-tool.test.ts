/**
 * `examples/browser-tool/` in headless Chromium (Debian's `chromium`, driven by playwright-core as
 * in the runtime matrix): the page on one loopback origin calls the proxy on another, which calls
 * the fake Feishu server (on loopback, in this process). End to end: page → proxy → fake.
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { start, type BrowserTool } from '../../examples/browser-tool/server.ts'
import { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

const server = await startFake()
const { fake } = server
fake.seedUsers([{ name: 'Ann', email: 'ann@example.com', open_id: 'ou_ann' }])
const [support] = fake.seedChats([
  { name: 'Support', members: [FAKE_USER.open_id] },
  { name: 'Design', members: [FAKE_USER.open_id] },
  { name: 'Board' }, // the user is not a member: not listed with their token
])
const { accessToken } = fake.issueUserToken()
let tool: BrowserTool
let browser: Browser

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (bash .ci/run does), or set CHROMIUM_PATH`)
  ;[tool, browser] = await Promise.all([start({ apiUrl: server.url, appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET }), chromium.launch({ executablePath: CHROMIUM, args: ARGS })])
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await tool?.close()
  await server.close()
})

/** Opens the page at `url` and waits until its first calls have settled; keeps its console lines. */
async function open(url: string): Promise<{ page: Page; console: string[] }> {
  const page = await browser.newPage()
  const lines: string[] = []
  page.on('console', (message) => lines.push(message.text()))
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`))
  await page.goto(url)
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 }).catch((error: Error) => {
    throw new Error(`the page did not get ready: ${lines.join('; ') || error.message}`)
  })
  return { page, console: lines }
}

const text = (page: Page, id: string) => page.locator(`#${id}:not(:empty)`).textContent()
const forwarded = (path: string) => fake.requests.filter((r) => r.path === path)

describe('examples/browser-tool in Chromium', () => {
  it('page → proxy → platform: user-token calls pass the user token, the tenant-token call gets the proxy\'s', async () => {
    fake.clearRequests()
    const { page } = await open(`${tool.pageUrl}/#token=${accessToken}`)
    expect(await text(page, 'me')).toBe(`Test User (${FAKE_USER.open_id})`)
    expect(await text(page, 'chats')).toBe('Support, Design')
    await page.fill('input[name=email]', 'ann@example.com')
    await page.click('#lookup button')
    expect(await text(page, 'found')).toBe('ann@example.com → ou_ann')
    await page.close()

    // The platform saw the user's own token where the endpoint takes it…
    expect(forwarded('/open-apis/im/v1/chats').map((r) => r.headers.authorization)).toEqual([`Bearer ${accessToken}`])
    expect(forwarded('/open-apis/authen/v1/user_info').every((r) => r.headers.authorization === `Bearer ${accessToken}`)).toBe(true)
    // …and the proxy's tenant token on the tenant-token endpoint, fetched with the secret server-side.
    const [lookup] = forwarded('/open-apis/contact/v3/users/batch_get_id')
    expect(lookup?.headers.authorization).toMatch(/^Bearer t-/)
    expect(lookup?.body).toEqual({ emails: ['ann@example.com'] })
    expect(forwarded('/open-apis/auth/v3/tenant_access_token/internal')).toHaveLength(1)
  })

  it('ships no app secret to the browser', async () => {
    for (const path of ['/', '/page.js']) {
      const body = await (await fetch(`${tool.pageUrl}${path}`)).text()
      expect(body.length).toBeGreaterThan(path === '/' ? 200 : 10_000)
      expect(body).not.toContain(FAKE_APP_SECRET)
      expect(body).not.toContain(FAKE_APP_ID)
    }
  })

  it('shows the proxy\'s 403 for an endpoint it does not allow, and forwards nothing', async () => {
    fake.clearRequests()
    const { page } = await open(`${tool.pageUrl}/#token=${accessToken}`)
    await page.click('#post')
    expect(await text(page, 'posted')).toBe('refused: HTTP 403, endpoint not allowed by the proxy')
    await page.close()
    expect(forwarded('/open-apis/im/v1/messages')).toHaveLength(0)
    expect(fake.messages.filter((m) => m.chat_id === support!.chat_id)).toHaveLength(0)
  })

  it('refuses a page that is not signed in (authorize)', async () => {
    fake.clearRequests()
    const { page } = await open(`${tool.pageUrl}/`)
    expect(await text(page, 'me')).toBe('refused: HTTP 403, refused by the proxy')
    expect(await text(page, 'chats')).toBe('refused: HTTP 403, refused by the proxy')
    await page.close()
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses the same page served from another origin: CORS fails in the browser, nothing is forwarded', async () => {
    fake.clearRequests()
    const other = tool.pageUrl.replace('127.0.0.1', 'localhost')
    const { page, console } = await open(`${other}/#token=${accessToken}`)
    expect(await text(page, 'me')).toMatch(/^failed: authen\.v1\.user_info\.get: network error/)
    expect(await text(page, 'chats')).toMatch(/^failed: im\.v1\.chat\.list: network error/)
    await page.close()
    expect(console.join('\n')).toContain(`from origin '${other}' has been blocked by CORS policy`)
    expect(fake.requests).toHaveLength(0)
    // What the browser hides: the proxy's answer to that origin.
    const res = await fetch(`${tool.proxyUrl}/open-apis/im/v1/chats`, { headers: { origin: other, authorization: `Bearer ${accessToken}` } })
    expect([res.status, await res.json(), res.headers.get('access-control-allow-origin')]).toEqual([403, { code: 403, msg: 'origin not allowed by the proxy' }, null])
  })
})
