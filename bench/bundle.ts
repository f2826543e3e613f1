/**
 * Bundle size of one batch_get_id call: esbuild, minified, ESM, from the built package. larkfn for
 * the browser and for Node; the official SDK for Node, and an attempt for the browser (it fails:
 * the report says how).
 */
import { build, type Message } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { helperDir, kb, ratio, table } from './lib.ts'

const LARKFN = [
  `import { createContext } from 'larkfn'`,
  `import { batchGetUserId } from 'larkfn/contact/v3'`,
  `const ctx = createContext({ appId: 'cli_x', appSecret: 's' })`,
  `export const run = () => batchGetUserId(ctx, { body: { emails: ['a@example.com'] } })`,
].join('\n')

const OFFICIAL = [
  `import { Client } from '@larksuiteoapi/node-sdk'`,
  `const client = new Client({ appId: 'cli_x', appSecret: 's' })`,
  `export const run = () => client.contact.user.batchGetId({ data: { emails: ['a@example.com'] } })`,
].join('\n')

interface Size {
  readonly raw: number
  readonly gzip: number
}

async function bundle(source: string, platform: 'browser' | 'node'): Promise<Size | { errors: Message[] }> {
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: helperDir, loader: 'ts', sourcefile: 'entry.ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      write: false,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]!.contents
    return { raw: code.length, gzip: gzipSync(code).length }
  } catch (error) {
    return { errors: (error as { errors?: Message[] }).errors ?? [] }
  }
}

/** What esbuild says when the official SDK is bundled for the browser: the unresolvable imports and where. */
function describeFailure(errors: readonly Message[]): string {
  const modules = new Set<string>()
  const files = new Set<string>()
  for (const e of errors) {
    const m = /Could not resolve "([^"]+)"/.exec(e.text)
    modules.add(m ? m[1]! : e.text)
    if (e.location) files.add(e.location.file)
  }
  const list = [...modules].sort().map((m) => `\`${m}\``)
  const where = [...files].map((f) => `\`${f.replace(/^.*node_modules\//, '')}\``).join(', ')
  return `fails: ${errors.length} errors, Node built-ins it cannot resolve (${list.join(', ')}), all imported by ${where}`
}

export interface BundleResult {
  readonly markdown: string
  readonly larkfnBrowserGzip: number
  readonly larkfnNodeGzip: number
  readonly officialNodeGzip: number
  readonly browserFailure: string
}

export async function measureBundle(): Promise<BundleResult> {
  const browser = await bundle(LARKFN, 'browser')
  const node = await bundle(LARKFN, 'node')
  const official = await bundle(OFFICIAL, 'node')
  const officialBrowser = await bundle(OFFICIAL, 'browser')
  for (const [name, r] of [['larkfn browser', browser], ['larkfn node', node], ['official node', official]] as const) {
    if ('errors' in r) throw new Error(`bundling ${name} failed: ${r.errors.map((e) => e.text).join('; ')}`)
  }
  const b = browser as Size
  const n = node as Size
  const o = official as Size
  const browserFailure = 'errors' in officialBrowser ? describeFailure(officialBrowser.errors) : `it bundles (${kb(officialBrowser.gzip)} gzip)`
  const markdown = table(
    ['bundle (esbuild, minified, ESM)', 'raw', 'gzip', 'official / larkfn (gzip)'],
    [
      ['larkfn, `--platform=browser`', kb(b.raw), kb(b.gzip), ratio(o.gzip / b.gzip)],
      ['larkfn, `--platform=node`', kb(n.raw), kb(n.gzip), ratio(o.gzip / n.gzip)],
      ['@larksuiteoapi/node-sdk, `--platform=node`', kb(o.raw), kb(o.gzip), '1x'],
      ['@larksuiteoapi/node-sdk, `--platform=browser`', '—', '—', browserFailure],
    ],
  )
  return { markdown, larkfnBrowserGzip: b.gzip, larkfnNodeGzip: n.gzip, officialNodeGzip: o.gzip, browserFailure }
}
