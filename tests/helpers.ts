import { createContext as createWithGlobalFetch, type ContextOptions } from '../src/core/context.ts'
import type { Context, Logger } from '../src/core/types.ts'
import { createContext as createForNode } from '../src/index.node.ts'
import { listen } from '../src/node/index.ts'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET } from '../src/testing/index.ts'

/**
 * Contexts as Node users get them (the root's `node` condition: `nodeFetch`), or with the global
 * fetch when `LARKFN_TEST_FETCH=global` (the vitest project `node-global-fetch` runs tests/core so).
 */
const createContext = process.env.LARKFN_TEST_FETCH === 'global' ? createWithGlobalFetch : createForNode

/** A fake Feishu server listening on loopback, and contexts pointed at it over real HTTP. */
export async function startFake(options?: Parameters<typeof createFakeFeishu>[0]) {
  const fake = createFakeFeishu(options)
  const server = await listen(fake.handle)
  const context = (extra: ContextOptions = {}): Context =>
    createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url, logLevel: 'silent', ...extra })
  return { fake, url: server.url, context, close: () => server.close() }
}

/** A logger that keeps every line, for assertions (and for checking nothing secret is logged). */
export function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${fields === undefined ? '' : JSON.stringify(fields)}`)
  }
  return { lines, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}

/** Everything an error shows: message, stack, own fields and cause chain. */
export function dumpError(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (current instanceof Error) {
      parts.push(current.message, current.stack ?? '')
      try {
        parts.push(JSON.stringify(current))
      } catch {
        /* circular: message and stack are enough */
      }
      current = current.cause
    } else {
      parts.push(String(current))
      break
    }
  }
  return parts.join('\n')
}
