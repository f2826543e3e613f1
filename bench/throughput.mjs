// Bench helper: `node bench/throughput.mjs <concurrency> <rounds> <batch> <warmup> <url>`.
// Loads all the clients (larkfn twice: Node's default and the global fetch; plain fetch with a fixed
// token; the official SDK) in this one process and warms each up (token fetched, JIT warm). Then,
// round after round, each client in turn (order rotated per round) makes `batch` batch_get_id calls
// at the given concurrency. Interleaving short batches in one process means they all see the same
// machine load, which on a shared machine swings by 2-3x over seconds; separate processes per round
// measured mostly that swing.
// Prints `{ batches: [{ impl, round, ms, cpuUs, wrong }] }`; cpuUs is this process's CPU time during
// the batch (only one client runs at a time).
import { drive, load } from './clients.mjs'

const IMPLS = ['larkfn', 'larkfn-global', 'fetch', 'official']
const [concurrency, rounds, batch, warmup, url] = process.argv.slice(2).map((x, i) => (i < 4 ? Number(x) : x))
const clients = {}
for (const impl of IMPLS) clients[impl] = await load(impl, url)
let offset = 0
for (const impl of IMPLS) await drive(clients[impl].call, warmup, concurrency, offset)
const batches = []
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < IMPLS.length; k++) {
    const impl = IMPLS[(round + k) % IMPLS.length]
    offset += batch
    const cpu = process.cpuUsage()
    const start = performance.now()
    const wrong = await drive(clients[impl].call, batch, concurrency, offset)
    const ms = performance.now() - start
    const used = process.cpuUsage(cpu)
    batches.push({ impl, round, ms, cpuUs: used.user + used.system, wrong })
  }
}
console.log(JSON.stringify({ batches }))
