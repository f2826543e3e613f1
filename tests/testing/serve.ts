import { afterEach, beforeEach } from 'vitest'
import { listen } from '../../src/node/index.ts'
import type { FakeFeishu, FakeFeishuOptions } from '../../src/testing/index.ts'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET } from '../../src/testing/index.ts'

/** What one loopback call returned. */
export interface Reply {
  status: number
  headers: Headers
  text: string
  /** Parsed JSON object body; `{}` when the body is not a JSON object (read `text` then). */
  json: Record<string, unknown>
}

export interface CallInit {
  token?: string
  json?: unknown
  form?: Record<string, string>
  headers?: Record<string, string>
  signal?: AbortSignal
}

/** A fake Feishu served on loopback, with a `call` helper using Node's global fetch. */
export interface Served {
  fake: FakeFeishu
  url: string
  call(method: string, path: string, init?: CallInit): Promise<Reply>
  /** A tenant token of the default app, fetched over HTTP like a client would. */
  tenantToken(): Promise<string>
}

/**
 * Starts a fresh fake + listener before each test and closes it after; read `served.current`.
 */
export function useServedFake(options?: FakeFeishuOptions): { current: Served } {
  const box = {} as { current: Served }
  let close: (() => Promise<void>) | undefined
  beforeEach(async () => {
    const fake = createFakeFeishu(options)
    const server = await listen(fake.handle)
    close = server.close
    const call = (method: string, path: string, init: CallInit = {}) => callOver(server.url, method, path, init)
    const tenantToken = async () => {
      const reply = await call('POST', '/open-apis/auth/v3/tenant_access_token/internal', {
        json: { app_id: FAKE_APP_ID, app_secret: FAKE_APP_SECRET },
      })
      return reply.json.tenant_access_token as string
    }
    box.current = { fake, url: server.url, call, tenantToken }
  })
  afterEach(async () => {
    await close?.()
  })
  return box
}

async function callOver(base: string, method: string, path: string, init: CallInit): Promise<Reply> {
  const headers: Record<string, string> = { ...init.headers }
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`
  let body: string | undefined
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8'
    body = JSON.stringify(init.json)
  } else if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(init.form).toString()
  }
  const res = await fetch(base + path, { method, headers, body, signal: init.signal, redirect: 'manual' })
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null) json = parsed as Record<string, unknown>
  } catch {
    // not JSON: the test reads `text`
  }
  return { status: res.status, headers: res.headers, text, json }
}

/** The log-id shape of the platform: yyyyMMddHHmmss + 20 upper-case hex digits. */
export const LOG_ID = /^\d{14}[0-9A-F]{20}$/
