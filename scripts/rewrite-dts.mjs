// tsc keeps the sources' `.ts` import extensions in declaration files; published `.d.ts` files must
// point at the emitted `.js` names so every resolution mode (bundler, node16, nodenext) finds them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = process.argv[2] ?? 'dist'
const pattern = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+?)\.ts(['"])/g
let files = 0
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8')
      const next = text.replace(pattern, '$1$2.js$3')
      if (next !== text) writeFileSync(path, next)
      files++
    }
  }
}
walk(root)
console.log(`rewrote import extensions in ${files} declaration files`)
