import { build } from 'esbuild'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The source files a bundle of `entry` (a path under src/) pulls in. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${root}src/${entry}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  })
  return Object.keys(result.metafile.inputs)
}

describe('layers', () => {
  it('larkfn/node (production adapters) loads no code of the fake server', async () => {
    const inputs = await inputsOf('node/index.ts')
    expect(inputs.some((f) => f.startsWith('src/node/'))).toBe(true)
    expect(inputs.filter((f) => f.startsWith('src/testing/'))).toEqual([])
  })

  it('no file of larkfn/node names the fake server, not even for a type (its WebSocket listener is larkfn/testing/node)', () => {
    const dir = `${root}src/node/`
    const naming = readdirSync(dir).filter((f) => f.endsWith('.ts') && /from '\.\.\/testing\//.test(readFileSync(dir + f, 'utf8')))
    expect(naming).toEqual([])
  })

  it('the core imports nothing generated: the schema aliases are its own', async () => {
    const inputs = await inputsOf('core/runtime.ts')
    expect(inputs).toContain('src/core/valibot.ts')
    expect(inputs.filter((f) => !f.startsWith('src/core/'))).toEqual([])
  })
})
