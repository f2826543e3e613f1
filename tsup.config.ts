import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

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

export default defineConfig({
  entry,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: false,
  sourcemap: false,
  clean: true,
  dts: false, // declarations come from `tsc -p tsconfig.build.json` (faster over many entries)
  outDir: 'dist',
  external: [/^node:/],
  noExternal: ['valibot'],
})
