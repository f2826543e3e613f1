// Bench helper: `node --expose-gc bench/memory.mjs <larkfn|official>`. Heap and RSS growth of a fresh
// process after importing the SDK (root + contact/v3 for larkfn), and after also making a client.
// Each reading follows a full GC. Prints `{ importHeap, importRss, clientHeap, clientRss }` in bytes.
const which = process.argv[2]
const settle = () => {
  globalThis.gc()
  globalThis.gc()
  return process.memoryUsage()
}
const before = settle()
let make
if (which === 'larkfn') {
  const { createContext } = await import('larkfn')
  await import('larkfn/contact/v3')
  make = () => createContext({ appId: 'cli_x', appSecret: 's', domain: 'http://127.0.0.1:9' })
} else if (which === 'official') {
  const lark = await import('@larksuiteoapi/node-sdk')
  make = () => new lark.Client({ appId: 'cli_x', appSecret: 's', domain: 'http://127.0.0.1:9', loggerLevel: lark.LoggerLevel.error })
} else {
  throw new Error(`unknown client ${which}`)
}
const imported = settle()
globalThis.keep = make()
const withClient = settle()
console.log(
  JSON.stringify({
    importHeap: imported.heapUsed - before.heapUsed,
    importRss: imported.rss - before.rss,
    clientHeap: withClient.heapUsed - before.heapUsed,
    clientRss: withClient.rss - before.rss,
  }),
)
