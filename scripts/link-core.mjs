// After tsup: every built file imports the core as `#larkfn-core` (tsup.config.ts); point each at
// dist/core.js by a relative path, so the package needs no `imports` map and every tool resolves it.
// The fake server's on-demand learning (src/testing/api/on-demand.ts) finds the generated modules
// through the mark `#larkfn-api-root`: it becomes the relative path from the built file to dist/api/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const MARK = '"#larkfn-core"'
const API_MARK = '"#larkfn-api-root"'
const dist = resolve(process.argv[2] ?? 'dist')
const core = join(dist, 'core.js')
const api = join(dist, 'api')
const relativeTo = (file, target) => {
  const path = relative(dirname(file), target).split('\\').join('/')
  return path.startsWith('.') ? path : `./${path}`
}
let linked = 0
let rooted = 0
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue
  const file = join(entry.parentPath, entry.name)
  let text = readFileSync(file, 'utf8')
  const hasCore = file !== core && text.includes(MARK)
  const hasApi = text.includes(API_MARK)
  if (!hasCore && !hasApi) continue
  if (hasCore) {
    text = text.replaceAll(MARK, JSON.stringify(relativeTo(file, core)))
    linked++
  }
  if (hasApi) {
    text = text.replaceAll(API_MARK, JSON.stringify(`${relativeTo(file, api)}/`))
    // The source tree's `import(href)` (vite's) goes: workerd refuses a bundle holding an import()
    // of a computed name, and the built file imports through the runtime's loader instead.
    const sourceImport = /return import\(\s*(?:\/\*\s*@vite-ignore\s*\*\/\s*)?href\s*\);/g
    if (!sourceImport.test(text)) throw new Error(`${file}: the on-demand loader's source import was not found`)
    text = text.replace(sourceImport, 'return Promise.reject(new Error("unreachable: source-tree import"));')
    rooted++
  }
  writeFileSync(file, text)
}
if (readFileSync(core, 'utf8').includes(MARK)) throw new Error('dist/core.js imports itself')
if (rooted === 0) throw new Error('no built file holds the on-demand loader (#larkfn-api-root)')
console.log(`linked ${linked} built files to dist/core.js; ${rooted} to dist/api/`)
