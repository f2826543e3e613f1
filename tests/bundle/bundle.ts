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

/** Builds `source` with code splitting in a temporary folder inside the repo (so `larkfn` resolves). */
async function buildSplit(source: string) {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  const dir = mkdtempSync(join(root, '.tmp-split-'))
  try {
    const entry = join(dir, 'entry.ts')
    writeFileSync(entry, source)
    return await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', splitting: true, outdir: join(dir, 'out'), write: false, logLevel: 'silent', metafile: true })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Bundles `source` as an app bundler with code splitting would (vite/rollup style): every dynamic
 * import becomes its own chunk, loaded at call time. Answers the output files' names.
 */
export async function splitBundle(source: string): Promise<string[]> {
  const result = await buildSplit(source)
  return result.outputFiles.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1))
}

/**
 * Bundles `source` with code splitting and measures what loads before any dynamic import runs: the
 * entry chunk and the chunks it imports statically (gzip of each, summed), and what loads later.
 */
export async function initialLoad(source: string): Promise<{ gzip: number; lazyGzip: number; code: string }> {
  const result = await buildSplit(source)
  const text = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/out/') + 1), f.text]))
  const outputs = result.metafile.outputs
  const start = Object.keys(outputs).find((name) => outputs[name]!.entryPoint !== undefined)!
  const initial = new Set<string>()
  const visit = (name: string) => {
    if (initial.has(name)) return
    initial.add(name)
    for (const i of outputs[name]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path)
  }
  visit(start)
  const size = (name: string) => gzipSync(text.get(name.slice(name.lastIndexOf('out/'))) ?? '').length
  const names = Object.keys(outputs).filter((n) => n.endsWith('.js'))
  return {
    gzip: [...initial].reduce((sum, n) => sum + size(n), 0),
    lazyGzip: names.filter((n) => !initial.has(n)).reduce((sum, n) => sum + size(n), 0),
    code: [...initial].map((n) => text.get(n.slice(n.lastIndexOf('out/'))) ?? '').join('\n'),
  }
}
