// Bench helper: `node bench/cold-start.mjs <larkfn|official|fetch> <url>`. What a fresh process (a CLI, a
// cold serverless instance) pays before its first answer: import, client, first token, first call.
// Prints `{ ms, sinceStart }`: `ms` from before the import to the first answer; `sinceStart` the same
// moment from the process's time origin (Node's own start-up included).
const start = performance.now()
const { load, expected } = await import('./clients.mjs')
const [which, url] = process.argv.slice(2)
const { call } = await load(which, url)
const id = await call(7)
const end = performance.now()
if (id !== expected(7)) throw new Error(`${which}: wrong answer ${id}`)
console.log(JSON.stringify({ ms: end - start, sinceStart: end }))
