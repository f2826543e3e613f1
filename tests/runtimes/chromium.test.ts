/**
 * The smoke in headless Chromium (Debian's `chromium`, driven by playwright-core; never
 * `playwright install`): a page served from its own loopback origin loads the esbuild browser
 * bundle as a module script and calls the fake on another origin, so every request is a real CORS
 * request.
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import { inject } from 'vitest'
import { bundleEntry } from './bundle.ts'
import { describeSmoke } from './expect-smoke.ts'
import type { SmokeReport } from './smoke.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** Serves the page and the bundle on 127.0.0.1 (a secure context, so Web Crypto is there). */
async function servePage(bundle: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url === '/smoke.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle)
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>larkfn smoke</title><script type="module" src="/smoke.js"></script>')
    } else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

async function runInChromium(): Promise<SmokeReport> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (bash .ci/run does), or set CHROMIUM_PATH`)
  const page$ = await servePage(await bundleEntry('entries/global.ts', 'esm'))
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(page$.url)
    await page.waitForFunction(() => 'runSmoke' in globalThis, undefined, { timeout: 15_000 }).catch((error: Error) => {
      throw new Error(`the bundle did not load: ${errors.join('; ') || error.message}`)
    })
    const json = await page.evaluate(
      (input) => (globalThis as unknown as { runSmoke: (i: unknown) => Promise<unknown> }).runSmoke(input).then((r) => JSON.stringify(r)),
      { apiUrl: inject('apiUrl'), runtime: 'chromium' },
    )
    return JSON.parse(json) as SmokeReport
  } finally {
    await browser.close()
    await page$.close()
  }
}

describeSmoke('chromium', { detected: /HeadlessChrome\/\d+/, run: runInChromium, timeout: 90_000 })
