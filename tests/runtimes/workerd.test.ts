/**
 * The smoke in Cloudflare's workerd: esbuild bundles it as a module Worker (as wrangler would), and
 * miniflare's Node API runs it in a real workerd process. No `nodejs_compat` flag: the package must
 * not need Node built-ins there.
 *
 * @module
 */
import { Miniflare } from 'miniflare'
import { inject } from 'vitest'
import { bundleEntry } from './bundle.ts'
import { describeSmoke } from './expect-smoke.ts'
import type { SmokeReport } from './smoke.ts'

async function runInWorkerd(): Promise<SmokeReport> {
  const script = await bundleEntry('entries/worker.ts', 'esm', ['workerd', 'worker'])
  const mf = new Miniflare({ modules: true, script, compatibilityDate: '2026-04-01' })
  try {
    const res = await mf.dispatchFetch(`http://smoke.local/?api=${encodeURIComponent(inject('apiUrl'))}`)
    if (res.status !== 200) throw new Error(`workerd answered ${res.status}: ${await res.text()}`)
    return (await res.json()) as SmokeReport
  } finally {
    await mf.dispose()
  }
}

describeSmoke('workerd', { detected: /^Cloudflare-Workers$/, run: runInWorkerd })
