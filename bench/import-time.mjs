// Bench helper: `node bench/import-time.mjs <larkfn|official|none>`. Times the dynamic imports of the
// root plus one domain module (larkfn) or of the official SDK's single entry, in this fresh process.
// `none` imports nothing: the parent's wall time for it is Node's own start-up.
// Prints `{ ms }`.
const which = process.argv[2]
const start = performance.now()
if (which === 'larkfn') {
  // Both at once, as a module's static imports load.
  await Promise.all([import('larkfn'), import('larkfn/contact/v3')])
} else if (which === 'official') {
  await import('@larksuiteoapi/node-sdk')
} else if (which !== 'none') {
  throw new Error(`unknown client ${which}`)
}
console.log(JSON.stringify({ ms: performance.now() - start }))
