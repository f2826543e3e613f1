/**
 * `examples/edge/route.ts` in Vercel's edge runtime (`edge-runtime`'s VM: only the edge globals, no
 * `process`, no `require`): esbuild bundles the route as a script, a `fetch` listener mounts its
 * `POST`, and `dispatchFetch` sends it requests. The fake Feishu server runs on loopback in this
 * process. The config arrives as Vercel gives it, a `process.env` object added to the VM's globals.
 *
 * @module
 */
import { EdgeRuntime } from 'edge-runtime'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { FAKE_APP_ID, FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'
import { bundleEntry } from '../runtimes/bundle.ts'

const server = await startFake()
const { fake } = server
const code = await bundleEntry('../examples/entries/edge-route.ts', 'iife')
afterAll(() => server.close())
beforeEach(() => {
  fake.reset()
  fake.seedUsers([{ name: 'Ann', email: 'ann@example.com', open_id: 'ou_ann' }])
})

/** A fresh edge runtime running the route; `env` becomes its `process.env` (none: no `process`). */
function startRoute(env?: Record<string, string>): EdgeRuntime {
  return new EdgeRuntime({
    initialCode: code,
    extend: (context) => (env === undefined ? context : Object.assign(context, { process: { env } })),
  })
}

async function lookUp(runtime: EdgeRuntime, body: string): Promise<{ status: number; json: unknown }> {
  const res = await runtime.dispatchFetch('https://tool.example.com/api/lookup', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  await res.waitUntil()
  return { status: res.status, json: JSON.parse(await res.text()) as unknown }
}

describe('examples/edge/route.ts in the edge runtime', () => {
  it('is an edge route and answers the user id of an email, reusing one tenant token', async () => {
    const runtime = startRoute({ APP_ID: FAKE_APP_ID, APP_SECRET: FAKE_APP_SECRET, LARK_DOMAIN: server.url })
    expect(runtime.evaluate<string>('route.runtime')).toBe('edge')
    expect(runtime.evaluate<string>('typeof require + " " + typeof process.env.APP_ID')).toBe('undefined string')
    expect(await lookUp(runtime, '{"email":"ann@example.com"}')).toEqual({ status: 200, json: { email: 'ann@example.com', userId: 'ou_ann' } })
    expect(await lookUp(runtime, '{"email":"nobody@example.com"}')).toEqual({ status: 404, json: { email: 'nobody@example.com', error: 'not found' } })
    expect(await lookUp(runtime, '{}')).toEqual({ status: 400, json: { error: 'send {"email": "…"}' } })
    expect(fake.tokenRequests.tenant).toBe(1)
    expect(fake.requests.filter((r) => r.path === '/open-apis/contact/v3/users/batch_get_id').map((r) => r.body)).toEqual([
      { emails: ['ann@example.com'] },
      { emails: ['nobody@example.com'] },
    ])
  })

  it('answers a platform error with its code and log id, never a secret', async () => {
    const runtime = startRoute({ APP_ID: FAKE_APP_ID, APP_SECRET: FAKE_APP_SECRET, LARK_DOMAIN: server.url })
    fake.fault({ path: '/open-apis/contact/v3/users/batch_get_id', kind: 'status', status: 400, body: { code: 99992402, msg: 'field validation failed' } })
    const { status, json } = await lookUp(runtime, '{"email":"ann@example.com"}')
    expect(status).toBe(502)
    expect(json).toMatchObject({ error: 'field validation failed', code: 99992402 })
    expect(JSON.stringify(json)).not.toContain(FAKE_APP_SECRET)
  })

  it('answers 500 naming the missing config when the runtime has no process.env, without calling the platform', async () => {
    const runtime = startRoute()
    expect(runtime.evaluate<string>('typeof process')).toBe('undefined')
    expect(await lookUp(runtime, '{"email":"ann@example.com"}')).toEqual({ status: 500, json: { error: 'not configured: set APP_ID, APP_SECRET' } })
    expect(fake.requests).toHaveLength(0)
  })
})
