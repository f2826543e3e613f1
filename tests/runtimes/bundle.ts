/**
 * Bundles the smoke with esbuild for the runtimes that take one script (workerd, the edge runtime,
 * Chromium): `larkfn/...` resolves through the package's own exports map to the built `dist/`,
 * exactly as in a user's app.
 *
 * @module
 */
import { build, type Plugin } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * A `larkfn/<subpath>` the built package does not export becomes a module that throws when loaded,
 * instead of failing the whole bundle: the smoke imports such subpaths lazily, so only the step
 * that needs it fails, with this message (the same failure Node, Bun and Deno report on import).
 */
const missingSubpaths: Plugin = {
  name: 'larkfn-missing-subpaths',
  setup(b) {
    b.onResolve({ filter: /^larkfn\// }, async (args) => {
      if (args.pluginData === 'inner') return undefined
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' })
      if (found.errors.length === 0) return found
      return { path: args.path, namespace: 'larkfn-missing' }
    })
    b.onLoad({ filter: /.*/, namespace: 'larkfn-missing' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not exported by the built package (package.json "exports" has no "./${args.path.slice('larkfn/'.length)}")`)})`,
      loader: 'js',
    }))
  },
}

/**
 * Bundles one entry file of `tests/runtimes/`.
 *
 * @param entry Path relative to `tests/runtimes/`, e.g. `entries/worker.ts`.
 * @param format `esm` (workerd, Chromium) or `iife` (the edge runtime evaluates a script).
 * @param conditions Extra export conditions (`workerd`, `worker` for Cloudflare).
 * @returns The bundled code.
 */
export async function bundleEntry(entry: string, format: 'esm' | 'iife', conditions: string[] = []): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    absWorkingDir: root,
    bundle: true,
    format,
    platform: 'browser',
    target: 'es2022',
    conditions,
    write: false,
    logLevel: 'silent',
    plugins: [missingSubpaths],
  })
  return result.outputFiles[0]!.text
}
