import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Bundles `source` (importing `larkfn/...` from the built package) for the browser, minified. */
export async function bundle(source: string, platform: 'browser' | 'neutral' = 'browser') {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    mainFields: platform === 'neutral' ? ['module', 'main'] : undefined,
    write: false,
    logLevel: 'silent',
    metafile: true,
  })
  const code = result.outputFiles[0]!.text
  return { code, bytes: code.length, gzip: gzipSync(code).length, metafile: result.metafile }
}
