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

/**
 * Bundles `source` as an app bundler with code splitting would (vite/rollup style): every dynamic
 * import becomes its own chunk, loaded at call time. Answers the output files' names.
 */
export async function splitBundle(source: string): Promise<string[]> {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  const dir = mkdtempSync(join(root, '.tmp-split-'))
  try {
    const entry = join(dir, 'entry.ts')
    writeFileSync(entry, source)
    const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', splitting: true, outdir: join(dir, 'out'), write: false, logLevel: 'silent' })
    return result.outputFiles.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
