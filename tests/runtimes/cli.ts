/**
 * Command-line entry of the smoke for the runtimes that run a file: Node (20 via tsx, 24 with its
 * own type stripping), Bun and Deno. `<runtime> cli.ts <runtime-name> <api-url>` prints the
 * report as one JSON line on stdout.
 *
 * @module
 */
import { runSmoke } from './smoke.ts'
import type { Runtime } from './matrix.ts'

type Globals = { Deno?: { args: string[] }; process?: { argv: string[] } }
const g = globalThis as unknown as Globals
const [runtime, apiUrl] = g.Deno?.args ?? g.process?.argv.slice(2) ?? []

const report = await runSmoke({ runtime: runtime as Runtime, apiUrl: apiUrl ?? '' })
console.log(JSON.stringify(report))
