import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'

// Entries come from the package's exports map (written by `npm run generate`): no second list.
// `./dist/api/contact/v3/index.js` is built from `src/api/contact/v3/index.ts`.
// The root's `node` condition (`./dist/index.node.js`) is built from `src/index.node.ts`.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>
}
const entry: Record<string, string> = {}
for (const target of Object.values(pkg.exports)) {
  const files = typeof target === 'string' ? [] : Object.entries(target).filter(([condition]) => condition !== 'types')
  for (const [, file] of files) {
    if (!file.startsWith('./dist/')) continue
    const name = file.slice('./dist/'.length).replace(/\.js$/, '')
    entry[name] = `src/${name}.ts`
  }
}

// The core is built once, as one module (`dist/core.js`, from `src/core/runtime.ts`), and every
// entry imports it from there (scripts/link-core.mjs writes the relative paths after the build).
// Left to esbuild's code splitting, the core was cut into a chunk per combination of entries using
// each piece: a cold `import('larkfn')` + one domain loaded 14 small modules, and on Node 20 each
// costs ~0.5 ms to resolve, read, compile and link (docs/architecture.md, Build). Shared state
// (token single flight, error brands, schema caches) stays in one module as before.
const src = resolve('src')
const CORE = '#larkfn-core'
const isCore = (file: string) =>
  file.startsWith(join(src, 'core/')) && !file.endsWith('.test.ts')

/** Marks each import of a core file as the external `#larkfn-core` (linked to dist/core.js later). */
const coreBoundary: Plugin = {
  name: 'larkfn-core-boundary',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (isCore(args.importer)) return undefined
      return isCore(resolve(args.resolveDir, args.path)) ? { path: CORE, external: true } : undefined
    })
  },
}

const common: Options = {
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  treeshake: false,
  sourcemap: false,
  clean: false, // `npm run build` empties dist/ first; the builds below run side by side
  dts: false, // declarations come from `tsc -p tsconfig.build.json` (faster over many entries)
  outDir: 'dist',
  external: [/^node:/],
  noExternal: ['valibot'],
}

// The root (both conditions) and the generated domain modules are built whole, each one file: a
// cold Node import of `larkfn` + `larkfn/contact/v3` then reads 3 modules (root, core, domain), and
// every further module would cost ~0.5 ms. What they would share is stateless (a domain's model
// factories, used by its `index` and its `schemas` entry; `nodeFetch`), so a copy in each is safe.
// The other entries (events, ws, oauth, proxy, testing, node, manifest) share state among
// themselves and keep esbuild's code splitting.
const whole = (name: string) => name === 'index' || name === 'index.node' || name.startsWith('api/')
const pick = (keep: boolean) => Object.fromEntries(Object.entries(entry).filter(([name]) => whole(name) === keep))

export default defineConfig([
  { ...common, entry: { core: 'src/core/runtime.ts' }, splitting: false },
  { ...common, entry: pick(true), splitting: false, esbuildPlugins: [coreBoundary] },
  { ...common, entry: pick(false), splitting: true, esbuildPlugins: [coreBoundary] },
])
