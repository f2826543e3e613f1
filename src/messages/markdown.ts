/**
 * Markdown tools for messages: {@link splitMarkdown} cuts long text into chunks a message can hold,
 * {@link limitCardTables} keeps a card's markdown under the platform's table limit. Pure functions,
 * one linear scan of the text each; no I/O.
 *
 * Lengths are counted in UTF-16 code units (`string.length`), and a surrogate pair is never cut.
 * Code fences follow CommonMark (three or more backticks or tildes; the closing line uses the same
 * character, at least as many, and nothing else), and are also recognised when indented, as inside
 * list items.
 *
 * @module
 */

import { createLarkValidationError } from '../core/errors.ts'

/** An open code fence. */
interface Fence {
  /** The opening line as written: indentation, marker and info string. */
  readonly open: string
  /** Indentation and marker: the line that closes it. */
  readonly close: string
  /** The marker alone (three or more backticks or tildes). */
  readonly marker: string
}

interface Line {
  readonly start: number
  /** Index of the line's `\n`, or the text's length for the last line. */
  readonly end: number
  /** Fence open before and after the line. */
  readonly before: Fence | undefined
  readonly after: Fence | undefined
  /** The line opens or closes a fence. */
  readonly fence: boolean
}

/** A fence line: indentation, marker, then the rest (an info string, or only whitespace to close). */
const FENCE = /^([ \t]*)(`{3,}|~{3,})([^\n]*)$/

function scanLines(text: string): Line[] {
  const lines: Line[] = []
  let open: Fence | undefined
  let start = 0
  for (const body of text.split('\n')) {
    const before = open
    const m = FENCE.exec(body)
    if (m && open) {
      // a closing fence uses the opening character, at least as many, and nothing but spaces after
      if (m[2]!.startsWith(open.marker) && /^[ \t\r]*$/.test(m[3]!)) open = undefined
    } else if (m && !(m[2]![0] === '`' && m[3]!.includes('`'))) {
      // a backtick fence's info string may not hold a backtick (that is inline code)
      open = { open: body, close: m[1]! + m[2]!, marker: m[2]! }
    }
    const end = start + body.length
    lines.push({ start, end, before, after: open, fence: before !== open })
    start = end + 1
  }
  return lines
}

/** Index of the last item whose `key` is at most `value` (the items sorted by it), or -1. */
function lastAtOrBefore<K extends string>(items: readonly Readonly<Record<K, number>>[], key: K, value: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid]![key] <= value) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** Throws the validation error both tools give, for `endpoint`'s argument `path`. */
function invalid(endpoint: string, path: string, message: string): never {
  throw createLarkValidationError(endpoint, [{ path, message }])
}

/** Checks the two arguments both tools take: a count (an integer of at least `min`), then a string. */
function checkArgs(endpoint: string, countPath: string, count: number, min: number, textPath: string, text: string): void {
  if (!Number.isSafeInteger(count) || count < min) {
    const got = typeof count === 'number' ? count : typeof count
    invalid(endpoint, countPath, `must be a ${min ? 'positive' : 'non-negative'} integer (got ${got})`)
  }
  if (typeof text !== 'string') invalid(endpoint, textPath, `must be a string (got ${typeof text})`)
}

/** A place to split: the chunk ends at `end`, the next starts at `next`; between them only whitespace. */
interface Cut {
  readonly end: number
  readonly next: number
  /** The code block open at the split point, if any. */
  readonly fence?: Fence | undefined
}

/** One chunk of {@link splitMarkdownChunks}: `prefix + body + suffix` is what to send. */
export interface MarkdownChunk {
  /** The opening line of a code block the previous chunk left open, and `\n`; else empty. */
  readonly prefix: string
  /** A piece of the original text, unchanged. */
  readonly body: string
  /** `\n` and a closing fence when the body ends inside a code block; else empty. */
  readonly suffix: string
}

/**
 * {@link splitMarkdown}, with each chunk's added fence lines apart from its piece of the text.
 *
 * @param text Markdown.
 * @param limit Most UTF-16 code units per chunk, added fence lines included.
 * @returns The chunks; the bodies, with whitespace-only separators between them, are the text.
 * @throws LarkValidationError when `limit` is not a positive integer, or too small to hold a
 *   reopened code fence plus one character (or a fence line of the text).
 */
export function splitMarkdownChunks(text: string, limit: number): MarkdownChunk[] {
  const SPLIT = 'splitMarkdown'
  checkArgs(SPLIT, 'limit', limit, 1, 'text', text)
  if (!/\S/.test(text)) return []
  // (a text that fits comes out of the loop below as one chunk, as it is)
  const n = text.length

  const lines = scanLines(text)
  const lineAt = (offset: number) => lines[lastAtOrBefore(lines, 'start', offset)]!
  /** The fence open just before `offset`: text before it is inside that code block. */
  const fenceAt = (offset: number) => {
    const line = lineAt(offset)
    return offset === line.end ? line.after : line.before
  }
  const close = (fence: Fence | undefined) => (fence ? '\n' + fence.close : '')
  // Three backticks or tildes: a chunk may not start mid-line with them (it would read as a fence).
  const fenceLike = (i: number) => ['```', '~~~'].includes(text.slice(i, i + 3))
  const tooSmall = (what: string) => invalid(SPLIT, 'limit', `${limit} is too small to hold ${what}`)
  const FENCE_LINE = 'a code fence line'

  // Every maximal whitespace run is a cut: the chunk ends where the run starts; the next chunk
  // starts after its last newline (keeping the next line's indentation) or after the run.
  const paragraphs: Cut[] = []
  const breaks: Cut[] = []
  const words: Cut[] = []
  for (const m of text.matchAll(/[ \t\r\n]+/g)) {
    const end = m.index
    const run = m[0]
    const last = run.lastIndexOf('\n')
    const line = lineAt(end)
    // a space is no cut inside a fence line, nor before three backticks or tildes; a newline right
    // after an opening fence line is none either (the chunk would end with an empty code block)
    if (last < 0 ? line.fence || fenceLike(end + run.length) : line.fence && line.after) continue
    // the state after the run's line: a space run is on a line that is no fence line, and a run
    // with a newline ends its line (trailing spaces of a fence line included)
    const cut = { end, next: end + (last < 0 ? run.length : last + 1), fence: line.after }
    if (last >= 0) breaks.push(cut)
    if (run.indexOf('\n') < last && !line.after) paragraphs.push(cut)
    words.push(cut)
  }

  const chunks: MarkdownChunk[] = []
  for (let pos = 0; pos < n; ) {
    const open = fenceAt(pos)
    const prefix = open ? open.open + '\n' : ''
    const room = limit - prefix.length
    let cut: Cut | undefined
    if (n - pos <= room) cut = { end: n, next: n }
    for (const cuts of [paragraphs, breaks, words]) {
      for (let i = lastAtOrBefore(cuts, 'end', pos + room); !cut && i >= 0 && cuts[i]!.end > pos; i--) {
        if (cuts[i]!.end - pos + close(cuts[i]!.fence).length <= room) cut = cuts[i]
      }
    }
    if (!cut) {
      // no boundary fits: cut hard, before the closing fence the cut needs, never inside a pair
      // nor where the rest would start with three backticks or tildes (then before that run)
      const here = lineAt(pos)
      if (here.fence && pos + room < here.end) tooSmall(FENCE_LINE)
      let end = pos + room
      let run = false
      for (;;) {
        if (end <= pos) tooSmall(run ? 'a run of backticks or tildes' : open ? 'a reopened code fence and one character' : 'one character')
        const over = end - pos + close(fenceAt(end)).length - room
        if (over > 0) end -= over
        else if (text.codePointAt(end - 1)! > 0xffff) end-- // the end of a surrogate pair
        else if (fenceLike(end)) {
          run = true
          while (end > pos && text[end - 1] === text[end]) end--
          end--
        } else break
      }
      const line = lineAt(end)
      if (line.fence && end > line.start && end < line.end) tooSmall(FENCE_LINE)
      cut = { end, next: end, fence: fenceAt(end) }
    }
    const body = text.slice(pos, cut.end)
    if (/\S/.test(body)) chunks.push({ prefix, body, suffix: close(cut.fence) })
    pos = cut.next
  }
  return chunks
}

/**
 * Cuts markdown into chunks of at most `limit` characters (UTF-16 code units), for messages that
 * cap their length. Each chunk ends at the last paragraph break (a blank line outside code) that
 * fits, else the last line break, else the last space; a run of text with no space that does not
 * fit is cut hard, never inside a surrogate pair. A code block cut in two is closed at the end of its
 * chunk and reopened, same fence and info string, at the start of the next; those lines count in
 * the limit. A chunk never ends just after an opening fence line, nor starts mid-line with three
 * backticks or tildes (that would read as a fence): such cuts move back.
 *
 * What is dropped: the whitespace at each split point (up to the next line's indentation, which
 * is kept) and chunks holding only whitespace. Taking away the added fence lines, the chunks
 * joined with those separators are the text, in order. A text that fits is returned as it is.
 *
 * @param text Markdown.
 * @param limit Most characters per chunk.
 * @returns The chunks; `[]` for a text of only whitespace.
 * @throws LarkValidationError when `limit` is not a positive integer, or too small to hold a
 *   reopened code fence plus one character.
 */
export function splitMarkdown(text: string, limit: number): string[] {
  return splitMarkdownChunks(text, limit).map((c) => c.prefix + c.body + c.suffix)
}

/**
 * Tables one markdown element of a card may hold. The card documentation's "富文本（Markdown）"
 * component page, JSON 2.0 (open.feishu.cn/document/feishu-cards/card-json-v2-components/
 * content-components/rich-text), table syntax notes: "单个富文本组件中，最多可放置四个表格" (at most
 * four tables in a single rich-text component). More is refused with code 230099, sub-code 11310
 * ("card table number over limit").
 */
export const CARD_MARKDOWN_TABLE_LIMIT = 4

/** Cells of a table row: outer pipes dropped, split at unescaped pipes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||(?<!\\)\|$/g, '')
    .split(/(?<!\\)\|/)
}

/** A GFM table starts here: a header row, then a delimiter row with as many cells. */
function tableStarts(header: string, delimiter: string): boolean {
  if (!delimiter.includes('|') || !/\S/.test(header)) return false
  const d = cells(delimiter)
  return d.every((c) => /^\s*:?-+:?\s*$/.test(c)) && cells(header).length === d.length
}

/**
 * Keeps card markdown under the platform's table limit: the first `maxTables` GFM tables (a header
 * row, a delimiter row, then the rows that follow with a pipe) stay tables, the others become
 * fenced code blocks showing the same lines, so nothing is lost. Tables inside code blocks are not
 * counted. The limit is per markdown element: a card with several of them should share it out.
 *
 * @param md Markdown for one card markdown element.
 * @param options `maxTables`: tables to keep (default {@link CARD_MARKDOWN_TABLE_LIMIT}).
 * @returns The markdown, unchanged when it has no more tables than that.
 * @throws LarkValidationError when `maxTables` is not a non-negative integer.
 */
export function limitCardTables(md: string, options: { readonly maxTables?: number } = {}): string {
  const max = options.maxTables ?? CARD_MARKDOWN_TABLE_LIMIT
  checkArgs('limitCardTables', 'maxTables', max, 0, 'md', md)
  const lines = scanLines(md)
  const rows = md.split('\n')
  const plain = (i: number) => i < lines.length && !lines[i]!.before && !lines[i]!.fence
  let tables = 0
  for (let i = 0; i < lines.length; i++) {
    if (plain(i) && plain(i + 1) && tableStarts(rows[i]!, rows[i + 1]!)) {
      // the table: the header, the delimiter, then the rows that follow with a pipe
      let j = i + 2
      while (plain(j) && rows[j]!.includes('|')) j++
      if (++tables > max) {
        // fence it in, indented like the table
        const fence = /^[ \t]*/.exec(rows[i]!)![0] + '```'
        rows[i] = fence + '\n' + rows[i]
        rows[j - 1] += '\n' + fence
      }
      i = j - 1
    }
  }
  return tables > max ? rows.join('\n') : md
}
