import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'

// Entries come from the package's exports map (written by `npm run generate`): no second list.
// `./dist/api/contact/v3/index.js` is built from `src/api/contact/v3/index.ts`.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { default?: string }>
}
const entry: Record<string, string> = {}
for (const target of Object.values(pkg.exports)) {
  const file = typeof target === 'string' ? undefined : target.default
  if (!file?.startsWith('./dist/')) continue
  const name = file.slice('./dist/'.length).replace(/\.js$/, '')
  entry[name] = `src/${name}.ts`
}

// The core is built once, as one module (`dist/core.js`, from `src/core/runtime.ts`), and every
// entry imports it from there. Left to esbuild's code splitting, the core was cut into a chunk per
// combination of entries using each piece: a cold `import('larkfn')` + one domain loaded 14 small
// modules, and on Node 20 each costs ~0.5 ms to resolve, read, compile and link (bench/RESULTS.md).
// Shared state (token single flight, error brands, schema caches) stays in one module as before.
const src = resolve('src')
const CORE = '#larkfn-core'
const isCore = (file: string) =>
  (file.startsWith(join(src, 'core/')) && !file.endsWith('.test.ts')) || file === join(src, 'api/valibot.ts')

/** Marks every import of a core file as the external `#larkfn-core`, made relative after the build. */
const coreBoundary: Plugin = {
  name: 'larkfn-core-boundary',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (isCore(args.importer)) return undefined
      return isCore(resolve(args.resolveDir, args.path)) ? { path: CORE, external: true } : undefined
    })
  },
}

/** Points each built file's `#larkfn-core` imports at `dist/core.js` by a relative path. */
function linkCore(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name)
    if (statSync(file).isDirectory()) linkCore(file)
    else if (name.endsWith('.js') && file !== resolve('dist/core.js')) {
      const text = readFileSync(file, 'utf8')
      if (!text.includes(CORE)) continue
      const path = relative(dirname(file), resolve('dist/core.js'))
      writeFileSync(file, text.replaceAll(`"${CORE}"`, JSON.stringify(path.startsWith('.') ? path : `./${path}`)))
    }
  }
}

const common: Options = {
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  treeshake: false,
  sourcemap: false,
  clean: false, // `npm run build` empties dist/ first; the two builds below run side by side
  dts: false, // declarations come from `tsc -p tsconfig.build.json` (faster over many entries)
  outDir: 'dist',
  external: [/^node:/],
  noExternal: ['valibot'],
}

export default defineConfig([
  { ...common, entry: { core: 'src/core/runtime.ts' }, splitting: false },
  {
    ...common,
    entry,
    splitting: true,
    esbuildPlugins: [coreBoundary],
    onSuccess: async () => linkCore(resolve('dist')),
  },
])
