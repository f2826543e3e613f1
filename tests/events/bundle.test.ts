/**
 * `larkfn/events` must run on Workers, Deno, Bun and browsers: no `node:*` import anywhere in
 * src/events, and the dispatcher alone within its size budget (6 KB gzip).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')

describe('larkfn/events portability and size', () => {
  it('imports no node:* module', () => {
    const dir = join(ROOT, 'src/events')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/from ['"]node:|require\(/)
    }
  })

  it('bundles the dispatcher for the browser platform in at most 6 KB gzip', async () => {
    const result = await build({
      stdin: {
        contents: "import { createEventDispatcher } from './src/events/index.ts'; export default createEventDispatcher",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]!.contents
    const gzip = gzipSync(code).length
    expect(new TextDecoder().decode(code)).not.toMatch(/node:/)
    expect(gzip).toBeLessThanOrEqual(6 * 1024)
    console.info(`larkfn/events dispatcher: ${code.length} B minified, ${gzip} B gzip`)
  })
})
