/**
 * A private copy of the built package for the bench to run against. Other people build in this
 * checkout too, and tsup empties `dist/` first, so a bench reading `dist/` for minutes would break or,
 * worse, measure half a build. Right after `npm run build`, this copies `dist/**.js` and
 * `package.json` to `bench/.tmp/pkg/node_modules/larkfn/`, next to copies of the helper `.mjs` files,
 * in a directory with its own `package.json`: there `import('larkfn')` resolves to the copy, as it
 * would in a user's project, while `@larksuiteoapi/node-sdk` still resolves from the repo's
 * `node_modules`. Then it checks that the copy is whole.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchDir, helperDir, root } from './lib.ts'

export function snapshot(): void {
  const pkgDir = join(helperDir, 'node_modules/larkfn')
  rmSync(helperDir, { recursive: true, force: true })
  mkdirSync(pkgDir, { recursive: true })
  writeFileSync(join(helperDir, 'package.json'), `${JSON.stringify({ name: 'larkfn-bench', private: true, type: 'module' }, null, 2)}\n`)
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { default?: string }> }
  cpSync(join(root, 'dist'), join(pkgDir, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.d.ts') })
  writeFileSync(join(pkgDir, 'package.json'), JSON.stringify(manifest, null, 2))
  for (const file of readdirSync(benchDir)) if (file.endsWith('.mjs')) cpSync(join(benchDir, file), join(helperDir, file))

  const missing = Object.values(manifest.exports)
    .map((target) => (typeof target === 'string' ? target : target.default))
    .filter((file): file is string => file?.startsWith('./dist/') === true && !existsSync(join(pkgDir, file)))
  const entries = ['larkfn', 'larkfn/contact/v3', 'larkfn/testing', 'larkfn/node']
  const script = `await Promise.all(${JSON.stringify(entries)}.map((e) => import(e)))`
  try {
    if (missing.length > 0) throw new Error(`missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`)
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: helperDir, stdio: 'pipe' })
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message
    throw new Error(`dist/ is not a whole build (did another build run at the same moment?); run \`npm run bench\` again.\n${detail}`)
  }
}
