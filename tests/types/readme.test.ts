/**
 * The README's TypeScript blocks compile as a user's project would: strict, with
 * `exactOptionalPropertyTypes`, against the built package's declarations (`larkfn/...` through the
 * package's self-reference, as an installed package resolves). `npm run build` first.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = new URL('../..', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** The ```ts blocks of a Markdown text. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '')
}

// What the tour leaves to the reader: the bytes of an image. Declared, so the rest is checked as written.
const PRELUDE = 'declare const bytes: ArrayBuffer\n'

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
}

/** Type-checks one block as a module file inside the package folder; returns its diagnostics as text. */
function check(code: string, name: string): string[] {
  const file = join(root, 'tests/types', name)
  const host = ts.createCompilerHost(OPTIONS)
  const { getSourceFile, fileExists, readFile } = host
  const text = PRELUDE + code
  host.getSourceFile = (path, language, ...rest) => (path === file ? ts.createSourceFile(path, text, language, true) : getSourceFile.call(host, path, language, ...rest))
  host.fileExists = (path) => path === file || fileExists.call(host, path)
  host.readFile = (path) => (path === file ? text : readFile.call(host, path))
  const program = ts.createProgram([file], OPTIONS, host)
  const source = program.getSourceFile(file)
  return ts.getPreEmitDiagnostics(program, source).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined
    return `${where ? `line ${where.line + 1 - PRELUDE.split('\n').length + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  })
}

describe('the README', () => {
  const blocks = tsBlocks(readme)

  it('has the tour to check', () => {
    expect(blocks.length).toBeGreaterThan(0)
    expect(blocks[0]).toContain("from 'larkfn'")
  })

  it.each(blocks.map((code, i) => [i, code] as const))('block %i compiles under strict + exactOptionalPropertyTypes', (i, code) => {
    expect(check(code, `readme-block-${i}.virtual.ts`)).toEqual([])
  }, 60_000)
})

describe('options fed from the environment or an event, under exactOptionalPropertyTypes', () => {
  it('take undefined where a value may be missing: env secrets, an event\'s tenantKey, a signal', () => {
    const code = `
import { createContext } from 'larkfn'
import { createMessage } from 'larkfn/im/v1'
import { createEventDispatcher } from 'larkfn/events'
const env: Record<string, string | undefined> = {}
const ctx = createContext({ appId: env.APP_ID, appSecret: env.APP_SECRET, appType: 'marketplace', appTicket: env.TICKET, domain: env.DOMAIN })
export const dispatch = createEventDispatcher({
  encryptKey: env.ENCRYPT_KEY,
  verificationToken: env.VERIFICATION_TOKEN,
  context: ctx,
  handlers: {
    'im.message.receive_v1': async ({ event, tenantKey }) => {
      const signal: AbortSignal | undefined = undefined
      await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: event.message.chat_id, msg_type: 'text', content: '{}' } }, { tenantKey, signal, timeout: undefined })
    },
  },
})
`
    expect(check(code, 'options.virtual.ts')).toEqual([])
  }, 60_000)

  it('still refuses a wrong type (the check is live)', () => {
    expect(check(`import { createContext } from 'larkfn'\ncreateContext({ appSecret: 42 })\n`, 'wrong.virtual.ts').join('\n')).toContain("Type 'number' is not assignable")
  }, 60_000)
})
