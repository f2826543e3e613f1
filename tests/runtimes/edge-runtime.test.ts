/**
 * The smoke in Vercel's edge runtime (`edge-runtime`'s `EdgeRuntime`): a VM context with only the
 * edge globals (no `process`, no `require`, no code generation), running an esbuild IIFE bundle.
 *
 * @module
 */
import { EdgeRuntime } from 'edge-runtime'
import { inject } from 'vitest'
import { bundleEntry } from './bundle.ts'
import { describeSmoke } from './expect-smoke.ts'
import type { SmokeReport } from './smoke.ts'

async function runInEdgeRuntime(): Promise<SmokeReport> {
  const runtime = new EdgeRuntime({ initialCode: await bundleEntry('entries/global.ts', 'iife') })
  const input = JSON.stringify({ apiUrl: inject('apiUrl'), runtime: 'edge-runtime' })
  // Serialised inside the VM: the report crosses the realm boundary as text.
  const json = await runtime.evaluate<Promise<string>>(`runSmoke(${input}).then((report) => JSON.stringify(report))`)
  return JSON.parse(json) as SmokeReport
}

describeSmoke('edge-runtime', { detected: /^edge-runtime$/, run: runInEdgeRuntime })
