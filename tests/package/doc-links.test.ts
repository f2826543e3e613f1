import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { referencesOf } from './links.ts'

const root = new URL('../..', import.meta.url).pathname
const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)
const files = ['README.md', ...docs, 'src/testing/README.md']

describe('the docs stand on their own', () => {
  it.each(files)('every relative link and named file of %s exists in the repository', (file) => {
    const refs = referencesOf(file, readFileSync(join(root, file), 'utf8'))
    const missing = refs.filter((ref) => !ref.candidates.some((path) => !path.startsWith('..') && existsSync(join(root, path))))
    expect(missing.map((ref) => `${ref.target} (${ref.resolved})`)).toEqual([])
  })

  it.each(files)('%s names no outside design notes or issue', (file) => {
    const text = readFileSync(join(root, file), 'utf8')
    expect(text.match(/\.\.\/shared|DESIGN\.md|feishu-protocol|\bthe issue\b|protocol §|the sheet\b/gi) ?? []).toEqual([])
  })

  it('finds the links it checks', () => {
    // The checker itself: a dead link, a link leaving the tree and a named file are all reported.
    const refs = referencesOf('docs/a.md', '[x](../nope.md) [y](../../outside.md#h) `DESIGN.md` [z](https://e.test/a.md) [w](#top) `src/gone.ts` [`bot/node.ts`](../examples/bot/node.ts)\n```\n[c](code.md)\n```')
    expect(refs.map((r) => r.resolved)).toEqual(['nope.md', '../outside.md', 'examples/bot/node.ts', 'docs/DESIGN.md', 'src/gone.ts'])
  })
})
