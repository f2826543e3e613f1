import { describe, expect, it } from 'vitest'
import { isLarkValidationError } from '../core/errors.ts'
import { CARD_MARKDOWN_TABLE_LIMIT, limitCardTables, splitMarkdown, splitMarkdownChunks, type MarkdownChunk } from './markdown.ts'
import { prng } from '../../tests/prng.ts'

// ---------------------------------------------------------------------------------------------
// Checks shared by the unit and property tests, written apart from the code under test.

/** A fence the test's own scanner finds open, with the line that opened it. */
interface OpenFence {
  line: string
  char: string
  size: number
}

/** The fence left open at the end of `text` (CommonMark fences, any indentation). */
function openFenceAfter(text: string): OpenFence | undefined {
  let open: OpenFence | undefined
  for (const line of text.split('\n')) {
    if (open) {
      const m = /^[ \t]*(`{3,}|~{3,})[ \t\r]*$/.exec(line)
      if (m && m[1]![0] === open.char && m[1]!.length >= open.size) open = undefined
    } else {
      const m = /^[ \t]*(`{3,}|~{3,})([^\n]*)$/.exec(line)
      if (m && !(m[1]![0] === '`' && m[2]!.includes('`'))) open = { line, char: m[1]![0]!, size: m[1]!.length }
    }
  }
  return open
}

const words = (s: string) => s.split(/\s+/).filter(Boolean)

/**
 * Everything the split promises, asserted: sizes, no cut surrogate pair, fences balanced per chunk
 * and reopened with the same line, and the text given back: the bodies in order, separated by
 * whitespace only (an empty separator only where a full chunk was cut hard, or a cut moved back
 * before a run of fence characters).
 */
function checkSplit(text: string, limit: number, chunks: readonly MarkdownChunk[]): void {
  expect(splitMarkdown(text, limit)).toEqual(chunks.map((c) => c.prefix + c.body + c.suffix))
  let at = 0
  let joined = ''
  chunks.forEach((chunk, i) => {
    const whole = chunk.prefix + chunk.body + chunk.suffix
    expect(whole.length).toBeLessThanOrEqual(limit)
    expect(chunk.body).toMatch(/\S/)
    if (i < chunks.length - 1 || openFenceAfter(text) === undefined) expect(openFenceAfter(whole)).toBeUndefined()
    const left = openFenceAfter(chunk.prefix + chunk.body)
    if (i < chunks.length - 1) {
      expect(chunk.suffix !== '').toBe(left !== undefined)
      expect(chunks[i + 1]!.prefix).toBe(left ? left.line + '\n' : '')
    }
    if (i === 0) expect(chunk.prefix).toBe('')
    const found = text.indexOf(chunk.body, at)
    expect(found).toBeGreaterThanOrEqual(at)
    // no cut between the halves of a surrogate pair (lone halves in the text may stand anywhere)
    expect(/[\ud800-\udbff][\udc00-\udfff]/.test(text.slice(Math.max(0, found - 1), found + 1))).toBe(false)
    const after = found + chunk.body.length
    expect(/[\ud800-\udbff][\udc00-\udfff]/.test(text.slice(after - 1, after + 1))).toBe(false)
    const gap = text.slice(at, found)
    expect(gap).toMatch(/^\s*$/)
    if (i > 0 && gap === '') {
      // a hard cut: the chunk before is full, unless the cut moved back before a run of fence characters
      const before = chunks[i - 1]!
      const full = (before.prefix + before.body + before.suffix).length >= limit - 1
      expect(full || /^.(```|~~~)/su.test(chunk.body)).toBe(true)
    }
    joined += (gap === '' ? '' : ' ') + chunk.body
    at = found + chunk.body.length
  })
  expect(text.slice(at)).toMatch(/^\s*$/)
  expect(words(joined)).toEqual(words(text))
}

function split(text: string, limit: number): string[] {
  const chunks = splitMarkdownChunks(text, limit)
  checkSplit(text, limit, chunks)
  return chunks.map((c) => c.prefix + c.body + c.suffix)
}

function validationError(run: () => unknown): { path: string; message: string } {
  try {
    run()
  } catch (error) {
    expect(isLarkValidationError(error)).toBe(true)
    const issue = (error as { issues: { path: string; message: string }[] }).issues[0]!
    return issue
  }
  throw new Error('expected a LarkValidationError')
}

// ---------------------------------------------------------------------------------------------

describe('splitMarkdown', () => {
  it('gives a text that fits back as it is, and nothing for whitespace', () => {
    const text = '# Title\n\n```ts\nconst a = 1\n'
    expect(split(text, text.length)).toEqual([text])
    expect(splitMarkdown('', 10)).toEqual([])
    expect(splitMarkdown(' \n\t\r\n ', 3)).toEqual([])
  })

  it('splits at the last paragraph break that fits, before line and word breaks', () => {
    expect(split('one two\nthree\n\nfour five six\nseven', 20)).toEqual(['one two\nthree', 'four five six\nseven'])
    // no paragraph break fits in the first 12: the last line break does
    expect(split('alpha\nbeta gamma\ndelta', 12)).toEqual(['alpha', 'beta gamma', 'delta'])
    // no line break fits: the last space
    expect(split('aaa bbb ccc ddd', 8)).toEqual(['aaa bbb', 'ccc ddd'])
  })

  it('drops the whitespace at a split point but keeps the next line indentation', () => {
    expect(split('- item one\n\n\n    - nested item', 12)).toEqual(['- item one', '    - nested item'.slice(0, 12), 'item'])
    expect(split('list:   \n  - a b c', 10)).toEqual(['list:', '  - a b c'])
  })

  it('cuts a word longer than the limit hard, and only then', () => {
    const long = 'x'.repeat(25)
    expect(split(`ab ${long} cd`, 10)).toEqual(['ab', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx cd'])
    expect(split('汉字'.repeat(12), 10)).toEqual(['汉字'.repeat(5), '汉字'.repeat(5), '汉字'.repeat(2)])
  })

  it('never cuts a surrogate pair (emoji), even when that leaves the chunk one short', () => {
    const emoji = '😀'.repeat(9) // 18 code units
    const chunks = split(emoji, 5)
    expect(chunks).toEqual(['😀😀', '😀😀', '😀😀', '😀😀', '😀'])
    expect(split('a' + '👍🏽'.repeat(4), 4)).toEqual(['a👍', '🏽👍', '🏽👍', '🏽👍', '🏽'])
  })

  it('closes a code block at the end of a chunk and reopens it with the same fence and info string', () => {
    const text = ['Intro', '', '```ts title="a.ts"', 'const a = 1', 'const b = 2', 'const c = 3', '```', '', 'Outro'].join('\n')
    expect(split(text, 46)).toEqual([
      'Intro',
      '```ts title="a.ts"\nconst a = 1\nconst b = 2\n```',
      '```ts title="a.ts"\nconst c = 3\n```\n\nOutro',
    ])
  })

  it('keeps tilde and long fences, and shorter fence lines inside them, as written', () => {
    const text = ['~~~~md', '```', 'inside', '```', 'more', '~~~~'].join('\n')
    const chunks = split(text, 22)
    expect(chunks).toEqual(['~~~~md\n```\ninside\n~~~~', '~~~~md\n```\nmore\n~~~~'])
  })

  it('reopens indented fences (in list items) with their indentation', () => {
    const text = ['1. Run:', '   ```sh', '   make build', '   make test', '   ```'].join('\n')
    expect(split(text, 38)).toEqual(['1. Run:\n   ```sh\n   make build\n   ```', '   ```sh\n   make test\n   ```'])
  })

  it('cuts a long code line at spaces, or hard, inside the reopened block', () => {
    const text = '```\n' + 'word '.repeat(12).trim() + '\n```'
    const chunks = split(text, 20)
    expect(chunks.every((c) => c.startsWith('```\n') && c.endsWith('\n```'))).toBe(true)
    expect(split('```\n' + 'y'.repeat(30) + '\n```', 14)).toEqual(['```\nyyyyyy\n```', '```\nyyyyyy\n```', '```\nyyyyyy\n```', '```\nyyyyyy\n```', '```\nyyyyyy\n```'])
  })

  it('treats a fence line with trailing spaces (or CRLF) as a whole line', () => {
    const text = '```py   \nprint(1)\nprint(2)\n```  \n\nafter text'
    expect(split(text, 26)).toEqual(['```py   \nprint(1)\n```', '```py   \nprint(2)\n```', 'after text'])
    const crlf = 'para one\r\n\r\n```\r\ncode a\r\ncode b\r\n```\r\n'
    const chunks = split(crlf, 16)
    expect(chunks[0]).toBe('para one')
    expect(chunks.slice(1).every((c) => c.startsWith('```\r\n'))).toBe(true)
  })

  it('never starts a chunk mid-line with three backticks or tildes (it would read as a fence)', () => {
    expect(split('one two ```js three', 12)).toEqual(['one', 'two ```js', 'three'])
    expect(split('abcdefg~~~~~~~~ tail', 10)).toEqual(['abcdef', 'g~~~~~~~~', 'tail'])
  })

  it('does not take a backtick line with a backtick in its info string for a fence', () => {
    const text = '``` not`a fence\nline two\n\nline three'
    expect(split(text, 24)).toEqual(['``` not`a fence\nline two', 'line three'])
  })

  it('leaves a code block the text never closes open in the last chunk only', () => {
    const text = '```js\nlet a\nlet b\nlet c'
    expect(split(text, 16)).toEqual(['```js\nlet a\n```', '```js\nlet b\n```', '```js\nlet c'])
  })

  it('refuses a limit that is not a positive integer', () => {
    for (const limit of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      const issue = validationError(() => splitMarkdown('text', limit))
      expect(issue.path).toBe('limit')
      expect(issue.message).toContain('positive integer')
    }
    const issue = validationError(() => splitMarkdown('text', '10' as unknown as number))
    expect(issue.message).toContain('got string')
    expect(validationError(() => splitMarkdown(42 as unknown as string, 10)).path).toBe('text')
  })

  it('refuses a limit too small for a reopened fence plus one character, or for a fence line', () => {
    const code = '```typescript\n' + 'a\n'.repeat(20) + '```'
    const issue = validationError(() => splitMarkdown(code, 18))
    expect(issue).toEqual({ path: 'limit', message: '18 is too small to hold a reopened code fence and one character' })
    expect(split(code, 19).length).toBe(20)
    const wideCloser = '```\n' + 'b\n'.repeat(10) + '`'.repeat(40)
    expect(validationError(() => splitMarkdown(wideCloser, 20)).message).toBe('20 is too small to hold a code fence line')
    expect(validationError(() => splitMarkdown('😀😀', 1)).message).toBe('1 is too small to hold one character')
    expect(split('abc def', 1)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  })

  it('stays linear on hostile input: a megabyte without spaces, and 200,000 newlines', () => {
    const solid = 'z'.repeat(1_000_000)
    const chunks = splitMarkdown(solid, 1000)
    expect(chunks.length).toBe(1000)
    expect(chunks.every((c) => c.length === 1000)).toBe(true)
    const newlines = 'a\n'.repeat(200_000)
    const lines = splitMarkdown(newlines, 4000)
    expect(lines.join('\n')).toBe(newlines)
    // 100,000 fence lines: 50,000 empty code blocks, cut between them, 12 whole blocks a chunk
    // (12 blocks of "```\n```" and 11 newlines: 95 characters; never cut inside a block)
    const fences = '```\n'.repeat(100_000)
    const blocks = split(fences, 100)
    expect(blocks.length).toBe(Math.ceil(50_000 / 12))
    expect(blocks.every((c) => /^```\n```(\n```\n```)*\n?$/.test(c))).toBe(true)
    // a run of 5,000 backticks inside a line cannot start a chunk: refused, not mis-split
    expect(validationError(() => splitMarkdown('a' + '`'.repeat(5000), 100)).message).toBe('100 is too small to hold a run of backticks or tildes')
  })
})

describe('limitCardTables', () => {
  // The card markdown component's JSON 2.0 page states at most four tables per component:
  // https://open.feishu.cn/document/feishu-cards/card-json-v2-components/content-components/rich-text
  it('defaults to the documented four tables per card markdown element', () => {
    expect(CARD_MARKDOWN_TABLE_LIMIT).toBe(4)
  })

  const table = (n: number) => [`| h${n} | v |`, '| --- | :-: |', `| a${n} | 1 |`, `| b${n} | 2 |`].join('\n')

  it('keeps the first four tables and turns the rest into code blocks showing the same lines', () => {
    const md = [1, 2, 3, 4, 5, 6].map((n) => `Section ${n}\n\n${table(n)}`).join('\n\n')
    const out = limitCardTables(md)
    expect(out).toBe(md.replace(table(5), '```\n' + table(5) + '\n```').replace(table(6), '```\n' + table(6) + '\n```'))
    expect(limitCardTables(out)).toBe(out)
    expect(limitCardTables(md, { maxTables: 6 })).toBe(md)
  })

  it('returns markdown within the limit unchanged', () => {
    const md = [1, 2, 3, 4].map(table).join('\n\n')
    expect(limitCardTables(md)).toBe(md)
    expect(limitCardTables('no tables | here')).toBe('no tables | here')
  })

  it('does not count tables inside code blocks, or pipes that are no table', () => {
    const code = '```\n' + table(0) + '\n```'
    const pipes = 'cat a | grep b\nx | y | z\n--- | ---\n\\| a \\| b \\|\n| - | - |'
    const md = [code, code, pipes, table(1), table(2), code, table(3), table(4), table(5)].join('\n\n')
    expect(limitCardTables(md)).toBe(md.replace(table(5), '```\n' + table(5) + '\n```'))
  })

  it('recognises tables without outer pipes and ends one at a line without a pipe', () => {
    const bare = 'a | b\n--|--\n1 | 2\nplain line after'
    const md = [table(1), table(2), table(3), table(4), bare].join('\n\n')
    expect(limitCardTables(md)).toBe(md.replace('a | b\n--|--\n1 | 2', '```\na | b\n--|--\n1 | 2\n```'))
  })

  it('ends a code block only at a fence of its character, as long or longer, with only spaces after', () => {
    const after = '\n\n| a | b |\n|---|---|'
    // none of these closes the ```` block: the table after them is code, not counted
    for (const line of ['```', '~~~~', '```` x', ' ````x']) {
      const md = '````\n' + line + after
      expect(limitCardTables(md, { maxTables: 0 })).toBe(md)
    }
    // these do: the table after them is one
    for (const line of ['````', '`````  \r', '  ``````\t']) {
      const md = '````\n' + line + after
      expect(limitCardTables(md, { maxTables: 0 })).toBe(md.replace('| a | b |\n|---|---|', '```\n| a | b |\n|---|---|\n```'))
    }
  })

  it('reads escaped and doubled outer pipes as the cells GFM sees', () => {
    // an escaped last pipe is cell text: 2 header cells against 2 delimiter cells
    expect(limitCardTables('a | b \\|\n|--|--|', { maxTables: 0 })).toBe('```\na | b \\|\n|--|--|\n```')
    // "||" is one empty cell, not two: no table against a two-cell delimiter
    expect(limitCardTables('||\n|--|--|', { maxTables: 0 })).toBe('||\n|--|--|')
    // a header of only whitespace starts no table
    expect(limitCardTables('  \n|--|', { maxTables: 0 })).toBe('  \n|--|')
  })

  it('indents the added fence like the table (inside a list item)', () => {
    const md = '- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |'
    expect(limitCardTables(md, { maxTables: 0 })).toBe('- item\n\n  ```\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n  ```')
  })

  it('stays linear on hostile input: 20,000 tables, and 100,000 lines of pipes', () => {
    const md = Array.from({ length: 20_000 }, (_, n) => table(n)).join('\n\n')
    const out = limitCardTables(md)
    expect(out.split('\n').length - md.split('\n').length).toBe(2 * (20_000 - 4))
    const pipes = '| a | b |\n'.repeat(100_000)
    expect(limitCardTables(pipes, { maxTables: 0 })).toBe(pipes)
  })

  it('refuses a maxTables that is not a non-negative integer', () => {
    for (const maxTables of [-1, 0.5, Number.NaN, '2' as unknown as number]) {
      expect(validationError(() => limitCardTables(table(1), { maxTables })).path).toBe('maxTables')
    }
    expect(validationError(() => limitCardTables(null as unknown as string)).path).toBe('md')
  })
})

// ---------------------------------------------------------------------------------------------
// Property tests over generated markdown, seeded so a failure replays.

interface Generated {
  text: string
  tables: number
}

function generate(random: () => number): Generated {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!
  const vocabulary = ['alpha', 'beta', 'gamma', '汉字', '飞书消息', 'émoji', '😀', '👍🏽', 'a|b', '`tick`', '**bold**', '[link](https://x.y)']
  const word = () => (random() < 0.04 ? pick(['x', '长', '🎉']).repeat(int(20, 120)) : pick(vocabulary))
  const sentence = () => Array.from({ length: int(1, 14) }, word).join(random() < 0.1 ? '  ' : ' ')
  const blocks: string[] = []
  let tables = 0
  for (let b = int(1, 12); b > 0; b--) {
    const kind = int(0, 5)
    if (kind === 0) blocks.push(Array.from({ length: int(1, 4) }, sentence).join('\n'))
    else if (kind === 1) blocks.push(Array.from({ length: int(1, 5) }, (_, i) => `${' '.repeat(4 * int(0, 1))}${random() < 0.5 ? '-' : `${i + 1}.`} ${sentence()}`).join('\n'))
    else if (kind === 2) {
      const marker = pick(['```', '````', '~~~']) + (random() < 0.3 ? '`'.repeat(0) : '')
      const info = pick(['', 'ts', 'python', 'sh title="run.sh"', 'json'])
      const indent = random() < 0.2 ? '  ' : ''
      const body = Array.from({ length: int(0, 8) }, () => (random() < 0.15 ? '' : random() < 0.1 && marker !== '```' ? '```' : indent + sentence()))
      blocks.push([indent + marker + info, ...body, indent + marker].join('\n'))
    } else if (kind === 3) {
      tables++
      const cols = int(1, 4)
      const cell = () => pick(vocabulary.filter((w) => !w.includes('|')))
      const row = () => '| ' + Array.from({ length: cols }, cell).join(' | ') + ' |'
      blocks.push([row(), '|' + ' --- |'.repeat(cols), ...Array.from({ length: int(0, 4) }, row)].join('\n'))
    } else if (kind === 4) blocks.push('#'.repeat(int(1, 3)) + ' ' + sentence())
    else blocks.push(word())
  }
  return { text: blocks.join(pick(['\n\n', '\n\n\n', '\n \n'])), tables }
}

/** Text of random characters markdown cares about. */
function garbage(random: () => number): string {
  const alphabet = ['`', '~', '|', '-', ':', '\n', '\n', ' ', ' ', '\t', '\r', 'a', 'b', '汉', '😀', '\ud800', '\udc00', '#', '>', '\\']
  return Array.from({ length: Math.floor(random() * 400) }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('')
}

describe('splitMarkdown properties', () => {
  it('holds for 2,000 generated documents and 500 garbage texts', () => {
    const random = prng(0x5eed)
    let split = 0
    let refused = 0
    for (let i = 0; i < 2500; i++) {
      const text = i < 2000 ? generate(random).text : garbage(random)
      const limit = i < 2000 ? 40 + Math.floor(random() * 300) : 1 + Math.floor(random() * 80)
      let chunks: MarkdownChunk[]
      try {
        chunks = splitMarkdownChunks(text, limit)
      } catch (error) {
        // only garbage may hold a fence line the limit cannot hold; the generated fences all fit
        expect(i >= 2000 && isLarkValidationError(error)).toBe(true)
        refused++
        continue
      }
      checkSplit(text, limit, chunks)
      if (chunks.length > 1) split++
    }
    console.log(`splitMarkdown property: ${split} of 2500 texts split, ${refused} garbage texts refused`)
    expect(split).toBeGreaterThan(1500)
    expect(refused).toBeLessThan(250)
  })
})

describe('limitCardTables properties', () => {
  it('keeps at most the limit, loses no line, and adds only fence lines, over 2,000 documents', () => {
    const random = prng(0x7ab1e)
    let converted = 0
    for (let i = 0; i < 2000; i++) {
      const { text, tables } = generate(random)
      const maxTables = Math.floor(random() * 5)
      const out = limitCardTables(text, { maxTables })
      expect(limitCardTables(out, { maxTables })).toBe(out)
      const original = text.split('\n')
      const added: string[] = []
      let at = 0
      for (const line of out.split('\n')) {
        if (at < original.length && line === original[at]) at++
        else added.push(line)
      }
      expect(at).toBe(original.length)
      expect(added.every((line) => /^[ \t]*```$/.test(line))).toBe(true)
      expect(added.length).toBe(2 * Math.max(0, tables - maxTables))
      if (added.length > 0) converted++
    }
    expect(converted).toBeGreaterThan(300)
  })
})
