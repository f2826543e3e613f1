// After tsup: every built file imports the core as `#larkfn-core` (tsup.config.ts); point each at
// dist/core.js by a relative path, so the package needs no `imports` map and every tool resolves it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const MARK = '"#larkfn-core"'
const dist = resolve(process.argv[2] ?? 'dist')
const core = join(dist, 'core.js')
let linked = 0
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue
  const file = join(entry.parentPath, entry.name)
  const text = readFileSync(file, 'utf8')
  if (file === core || !text.includes(MARK)) continue
  const path = relative(dirname(file), core)
  writeFileSync(file, text.replaceAll(MARK, JSON.stringify(path.startsWith('.') ? path : `./${path}`)))
  linked++
}
if (readFileSync(core, 'utf8').includes(MARK)) throw new Error('dist/core.js imports itself')
console.log(`linked ${linked} built files to dist/core.js`)
