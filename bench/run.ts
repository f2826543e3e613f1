/**
 * `npm run bench`: builds the package (the script does), then measures larkfn against the official
 * `@larksuiteoapi/node-sdk` side by side on this machine and writes `bench/RESULTS.md` (also printed).
 * A report, never a test: nothing here fails on a slow number, only on a wrong answer.
 *
 * Run: npm run bench            (about 4 minutes)
 *      npm run bench -- --quick (fewer runs, rough numbers, about a minute)
 */
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { measureBundle } from './bundle.ts'
import { measureColdStart } from './cold-start.ts'
import { measureImport } from './import-time.ts'
import { selfSignedCert, type SelfSigned } from '../scripts/self-signed-cert.ts'
import { benchDir, helperDir, kb, machine, mb, ms, quick, ratio, root, startServer, table } from './lib.ts'
import { measureMemory } from './memory.ts'
import { snapshot } from './snapshot.ts'
import { measureStream } from './stream.ts'
import { measureBot } from './bot.ts'
import { measureThroughput } from './throughput.ts'
import { measureTokenRequests } from './token-requests.ts'

const RUNS = quick
  ? { import: 5, coldStart: 5, memory: 2, tokens: 1, typecheck: 1, stream: 2, bot: 2, throughput: { rounds: 2, batch: 200, warmup: 100 } }
  : { import: 20, coldStart: 20, memory: 5, tokens: 3, typecheck: 3, stream: 6, bot: 6, throughput: { rounds: 20, batch: 500, warmup: 500 } }

const started = performance.now()
const facts = machine()
const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const t = performance.now()
  process.stderr.write(`bench: ${name}…`)
  const result = await work()
  process.stderr.write(` ${((performance.now() - t) / 1000).toFixed(1)} s\n`)
  return result
}

/** The existing type-check bench (`bench/typecheck.ts`), run as it is; its table goes in the report. */
function typecheck(rounds: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(join(root, 'node_modules/.bin/tsx'), [join(benchDir, 'typecheck.ts'), String(rounds)], { cwd: root }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout.trim())
      const ts = /error TS\d+: [^\n"]*/.exec(stderr)?.[0]
      reject(new Error(`bench/typecheck.ts failed (${ts ?? error.message.split('\n')[0]}); were dist/'s declarations being rebuilt?`))
    })
  })
}

await step('snapshot of the built package', async () => snapshot())
// First, while dist/ is surely our fresh build: bench/typecheck.ts reads the declarations in dist/,
// which the snapshot does not cover. A failure (someone rebuilding) is reported, not fatal.
const types = await step(`type-check (${RUNS.typecheck} rounds)`, () =>
  typecheck(RUNS.typecheck).catch((error: Error) => `Not measured this run: ${error.message.split('\n')[0]}`),
)
const bundle = await step('bundle size', measureBundle)
const server = await startServer()
let sections
try {
  const imports = await step(`import time (${RUNS.import} runs each)`, () => measureImport(RUNS.import))
  const memory = await step(`memory (${RUNS.memory} runs each)`, () => measureMemory(RUNS.memory))
  const tokens = await step(`token requests (${RUNS.tokens} runs each)`, () => measureTokenRequests(server, RUNS.tokens))
  const streaming = await step(`card streaming overhead (${RUNS.stream} rounds each)`, () => measureStream(RUNS.stream))
  const bot = await step(`bot messages per second (${RUNS.bot} rounds each)`, () => measureBot(RUNS.bot))
  const cold = await step(`cold start (${RUNS.coldStart} runs each)`, () => measureColdStart(server, RUNS.coldStart))
  const t = RUNS.throughput
  const throughput = await step(`throughput (${t.rounds} rounds × ${t.batch} calls × 4 clients × 2 concurrencies)`, () =>
    measureThroughput(server, { ...t, concurrency: [1, 50] }),
  )
  sections = { imports, memory, tokens, cold, throughput, streaming, bot }
} finally {
  await server.close()
}
const { imports, memory, tokens, cold, throughput, streaming, bot } = sections

/** A self-signed certificate for 127.0.0.1 (undefined when openssl is missing). */
function makeTls(): SelfSigned | undefined {
  const dir = join(helperDir, 'tls')
  mkdirSync(dir, { recursive: true })
  try {
    return selfSignedCert(dir)
  } catch {
    return undefined
  }
}

// The same cold start against the fake over https, as the platform is reached: the TLS handshake
// and node:https (or undici's TLS) are then part of every client's first call.
const tls = makeTls()
let coldTls: Awaited<ReturnType<typeof measureColdStart>> | undefined
if (tls) {
  const tlsServer = await startServer(tls)
  try {
    coldTls = await step(`cold start over https (${RUNS.coldStart} runs each)`, () => measureColdStart(tlsServer, RUNS.coldStart))
  } finally {
    await tlsServer.close()
  }
}

const seconds = (performance.now() - started) / 1000
const pct = (x: number) => `${(x * 100).toFixed(0)} %`
const tp = throughput.share
const summary = table(
  ['', 'larkfn', '@larksuiteoapi/node-sdk', 'larkfn advantage'],
  [
    ['bundle, one call, min + gzip (browser / node)', `${kb(bundle.larkfnBrowserGzip)} / ${kb(bundle.larkfnNodeGzip)}`, `— / ${kb(bundle.officialNodeGzip)}`, `${ratio(bundle.officialNodeGzip / bundle.larkfnNodeGzip)} smaller; runs in browsers`],
    ['cold import, root + contact/v3 (median)', ms(imports.larkfnMs), ms(imports.officialMs), `${ratio(imports.officialMs / imports.larkfnMs)} faster`],
    ['heap after import + one client', mb(memory.larkfn.clientHeap), mb(memory.official.clientHeap), `${ratio(memory.official.clientHeap / memory.larkfn.clientHeap)} less`],
    ['cold start: import + first token + first call (median)', ms(cold.larkfnMs), ms(cold.officialMs), `**${ratio(cold.inProcessRatio)} faster**`],
    ['same, larkfn on the global fetch (undici)', ms(cold.larkfnGlobalMs), ms(cold.officialMs), `${ratio(cold.globalFetchRatio)} faster (plain fetch alone: ${ms(cold.fetchMs)})`],
    ['same, whole process wall time (median)', ms(cold.larkfnWall), ms(cold.officialWall), `${ratio(cold.wallRatio)} faster`],
    ...(coldTls ? [['same cold start over https (TLS handshake included)', ms(coldTls.larkfnMs), ms(coldTls.officialMs), `${ratio(coldTls.inProcessRatio)} faster`]] : []),
    ['token requests for 50 cold concurrent calls', tokens.larkfn.join(', '), tokens.official.join(', '), 'single flight'],
    ['calls/s, concurrency 1 / 50, share of plain fetch', `${pct(tp[1]!.larkfn)} / ${pct(tp[50]!.larkfn)}`, `${pct(tp[1]!.official)} / ${pct(tp[50]!.official)}`, 'fake server caps all'],
    ['same, larkfn on the global fetch', `${pct(tp[1]!['larkfn-global'])} / ${pct(tp[50]!['larkfn-global'])}`, '', 'same transport as plain fetch'],
  ],
)

const report = `# Benchmarks: larkfn vs @larksuiteoapi/node-sdk

Generated by \`npm run bench\`${quick ? ' **--quick** (few runs: rough numbers)' : ''} on ${new Date().toISOString()}; the whole run took ${seconds.toFixed(0)} s.

${facts.map((f) => `- ${f}`).join('\n')}
- load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' / ')}
- runs: import ${RUNS.import} × each, cold start ${RUNS.coldStart} × each, memory ${RUNS.memory} × each, token requests ${RUNS.tokens} × each, throughput ${RUNS.throughput.rounds} rounds × ${RUNS.throughput.batch} calls (+ ${RUNS.throughput.warmup} warm-up) per client and concurrency, type-check ${RUNS.typecheck} rounds

**Method.** larkfn is the built package (a copy of \`dist/\` taken right after the build, imported as \`larkfn\` and
\`larkfn/contact/v3\`); the official SDK is
\`@larksuiteoapi/node-sdk@1.74.0\` with \`domain\` set to the fake server's URL and its token cache on. Every call is
\`contact.v3.user.batch_get_id\` by email against larkfn's fake Feishu server (\`listen(createFakeFeishu().handle)\`,
50 seeded users) in its own process on loopback; every answer is checked against the seeded ids, and the fake's
request counts confirm that each client really called it. Import, memory, token and cold-start runs each use a fresh
\`node\` process, alternating between the clients (order rotated each round); tables give medians (p90 where stated).
In-process times are \`performance.now()\` inside the child; whole-process times are spawn to exit, measured by the
parent, so they include Node's own start-up (shown alone in the import table). The cold-start ratio that counts is
the in-process one (import + client + first token + first call): that is the SDK's own cost, while whole-process
time adds the same Node start-up to both sides; both are reported. larkfn runs twice: as Node users get it (the
root's \`node\` export condition: contexts send through \`nodeFetch\`, over node:http) and with
\`fetch: globalThis.fetch\` (undici on Node; the transport of Bun, Deno, workers and browsers). Plain \`fetch\` (token +
call, no SDK) runs beside them as the floor of any client on the global fetch: on Node 20 the first \`fetch\` of a
process loads undici. Throughput runs one client process per concurrency holding all the clients, warmed up,
alternating short batches so that all see the same load; it is capped by the fake server (one Node process
routing, checking tokens and logging every call), so each client's CPU time per call is given as well: that is the
client's own overhead. The machine is shared and noisy (see the load averages): read differences under ~10 % as noise.

## Summary

${summary}

## 1. Bundle size: createContext + batchGetUserId vs new Client + contact.user.batchGetId

${bundle.markdown}

## 2. Cold import time

${imports.markdown}

## 3. Throughput: batch_get_id calls per second

${throughput.markdown}

## 4. Token requests sent by 50 cold concurrent calls

${tokens.markdown}

## 5. Memory after import

${memory.markdown}

## 6. Cold start: fresh process, import + first token + first call

${cold.markdown}

### Over https

The same runs against the fake served over https on loopback (a self-signed certificate that each child process
trusts through \`NODE_EXTRA_CA_CERTS\`), as the platform is reached: the TLS handshake and the TLS modules are then part
of every client's first call.

${coldTls ? coldTls.markdown : 'Not measured this run: `openssl` is missing (it makes the certificate).'}

## 7. Type-check cost of a user file (\`bench/typecheck.ts\`)

${types}

## 8. Streaming into a card: larkfn/cards against the same calls by hand (\`bench/stream.ts\`)

CPU time per call of one card's lifecycle (create, send, 30 content updates, settings), median of the rounds,
both against an in-process fake server. The stream's own work is what the ratio shows (target: within 10 %).

${streaming.markdown}

## 9. A bot: messages through \`bot.fetch\` against the same work by hand (\`bench/bot.ts\`)

Group messages that mention the bot, 20 chats at a time, each verified, decrypted, normalized and answered
with a text reply, against an in-process fake server; deliveries are encrypted before the clock starts.
CPU per message includes the fake's work, which both pay alike; messages per second is wall-clock time, in
which the bot's per-chat order window (50 ms before an idle chat's first message) shows.

${bot.markdown}
`

writeFileSync(join(benchDir, 'RESULTS.md'), report)
console.log(report)
