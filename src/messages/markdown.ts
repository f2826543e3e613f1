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
  readonly char: string
  readonly size: number
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

const OPENER = /^([ \t]*)(`{3,}|~{3,})([^\n]*)$/
const CLOSER = /^[ \t]*(`{3,}|~{3,})[ \t\r]*$/

function scanLines(text: string): Line[] {
  const lines: Line[] = []
  let open: Fence | undefined
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    const body = text.slice(start, end)
    const before = open
    let fence = false
    if (open) {
      const m = CLOSER.exec(body)
      if (m && m[1]![0] === open.char && m[1]!.length >= open.size) {
        open = undefined
        fence = true
      }
    } else {
      const m = OPENER.exec(body)
      // a backtick fence's info string may not hold a backtick (that is inline code)
      if (m && !(m[2]![0] === '`' && m[3]!.includes('`'))) {
        open = { open: body, close: m[1]! + m[2]!, char: m[2]![0]!, size: m[2]!.length }
        fence = true
      }
    }
    lines.push({ start, end, before, after: open, fence })
    if (nl < 0) return lines
    start = nl + 1
  }
}

/** Index of the line holding `offset` (the last line starting at or before it). */
function lineIndex(lines: readonly Line[], offset: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The fence open just before `offset`: text before it is inside that code block. */
function fenceAt(lines: readonly Line[], offset: number): Fence | undefined {
  const line = lines[lineIndex(lines, offset)]!
  return offset === line.end ? line.after : line.before
}

/** A place to split: the chunk ends at `end`, the next starts at `next`; between them only whitespace. */
interface Cut {
  readonly end: number
  readonly next: number
  /** The code block open at the split point, if any. */
  readonly fence: Fence | undefined
}

/** Last cut with `end` in (from, to], or -1. */
function lastCut(cuts: readonly Cut[], from: number, to: number): number {
  let lo = 0
  let hi = cuts.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (cuts[mid]!.end <= to) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found >= 0 && cuts[found]!.end > from ? found : -1
}

function tooSmall(limit: number, what: string): never {
  throw createLarkValidationError('splitMarkdown', [{ path: 'limit', message: `${limit} is too small to hold ${what}` }])
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
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    const got = typeof limit === 'number' ? String(limit) : typeof limit
    throw createLarkValidationError('splitMarkdown', [{ path: 'limit', message: `must be a positive integer (got ${got})` }])
  }
  if (typeof text !== 'string') {
    throw createLarkValidationError('splitMarkdown', [{ path: 'text', message: `must be a string (got ${typeof text})` }])
  }
  if (!/\S/.test(text)) return []
  if (text.length <= limit) return [{ prefix: '', body: text, suffix: '' }]

  const n = text.length
  const lines = scanLines(text)
  // Every maximal whitespace run is a cut: the chunk ends where the run starts; the next chunk
  // starts after its last newline (keeping the next line's indentation) or after the run.
  const paragraphs: Cut[] = []
  const breaks: Cut[] = []
  const words: Cut[] = []
  // Three backticks or tildes: a chunk may not start mid-line with them (it would read as a fence).
  const fenceLike = (i: number) => {
    const c = text[i]
    return (c === '`' || c === '~') && text[i + 1] === c && text[i + 2] === c
  }
  for (const m of text.matchAll(/[ \t\r\n]+/g)) {
    const end = m.index
    const first = m[0].indexOf('\n')
    const last = m[0].lastIndexOf('\n')
    const line = lines[lineIndex(lines, end)]!
    // a space is no cut inside a fence line, nor before three backticks or tildes; a newline right
    // after an opening fence line is none either (the chunk would end with an empty code block)
    if (last < 0 ? line.fence || fenceLike(end + m[0].length) : line.fence && line.after) continue
    // a run with a newline ends its line: the state after that line (trailing spaces of a fence line)
    const fence = fenceAt(lines, last < 0 ? end : end + first)
    const cut = { end, next: last < 0 ? end + m[0].length : end + last + 1, fence }
    if (last >= 0) breaks.push(cut)
    if (first < last && !fence) paragraphs.push(cut)
    words.push(cut)
  }

  const close = (fence: Fence | undefined) => (fence ? '\n' + fence.close : '')
  const suffixAt = (end: number): string => (end < n ? close(fenceAt(lines, end)) : '')
  const isHigh = (i: number) => (text.charCodeAt(i) & 0xfc00) === 0xd800
  const isLow = (i: number) => (text.charCodeAt(i) & 0xfc00) === 0xdc00

  const chunks: MarkdownChunk[] = []
  for (let pos = 0; pos < n; ) {
    const open = fenceAt(lines, pos)
    const prefix = open ? open.open + '\n' : ''
    const room = limit - prefix.length
    let end: number
    let next: number
    let suffix = ''
    if (n - pos <= room) {
      end = next = n
    } else {
      let cut: Cut | undefined
      for (const cuts of [paragraphs, breaks, words]) {
        for (let i = lastCut(cuts, pos, pos + room); i >= 0 && cuts[i]!.end > pos && !cut; i--) {
          if (cuts[i]!.end - pos + close(cuts[i]!.fence).length <= room) cut = cuts[i]
        }
        if (cut) break
      }
      if (cut) {
        end = cut.end
        next = cut.next
        suffix = close(cut.fence)
      } else {
        // no boundary fits: cut hard, before the closing fence the cut needs, never inside a pair
        // nor where the rest would start with three backticks or tildes (then before that run)
        const here = lines[lineIndex(lines, pos)]!
        if (here.fence && pos + room < here.end) tooSmall(limit, 'a code fence line')
        end = pos + room
        let run = false
        for (let fits = false; !fits && end > pos; ) {
          const over = end - pos + suffixAt(end).length - room
          if (over > 0) end -= over
          else if (isHigh(end - 1) && isLow(end)) end -= 1
          else if (fenceLike(end)) {
            run = true
            while (end > pos && text[end - 1] === text[end]) end--
            end--
          } else fits = true
        }
        if (end <= pos) {
          tooSmall(limit, run ? 'a run of backticks or tildes' : open ? 'a reopened code fence and one character' : 'one character')
        }
        const line = lines[lineIndex(lines, end)]!
        if (line.fence && end > line.start && end < line.end) tooSmall(limit, 'a code fence line')
        next = end
        suffix = suffixAt(end)
      }
    }
    const body = text.slice(pos, end)
    if (/\S/.test(body)) chunks.push({ prefix, body, suffix })
    pos = next
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
  let t = row.trim()
  if (t.startsWith('|')) t = t.slice(1)
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1)
  return t.split(/(?<!\\)\|/)
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
  if (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 0) {
    const got = typeof max === 'number' ? String(max) : typeof max
    throw createLarkValidationError('limitCardTables', [{ path: 'maxTables', message: `must be a non-negative integer (got ${got})` }])
  }
  if (typeof md !== 'string') {
    throw createLarkValidationError('limitCardTables', [{ path: 'md', message: `must be a string (got ${typeof md})` }])
  }
  if (!md.includes('|')) return md
  const lines = scanLines(md)
  const text = (i: number) => md.slice(lines[i]!.start, lines[i]!.end)
  const plain = (i: number) => i < lines.length && !lines[i]!.before && !lines[i]!.fence
  const out: string[] = []
  let tables = 0
  for (let i = 0; i < lines.length; i++) {
    if (!(plain(i) && plain(i + 1) && tableStarts(text(i), text(i + 1)))) {
      out.push(text(i))
      continue
    }
    let j = i + 2
    while (plain(j) && /\S/.test(text(j)) && text(j).includes('|')) j++
    const rows = lines.slice(i, j).map((_, k) => text(i + k))
    if (++tables > max) {
      const fence = /^[ \t]*/.exec(rows[0]!)![0] + '```'
      out.push(fence, ...rows, fence)
    } else out.push(...rows)
    i = j - 1
  }
  return tables > max ? out.join('\n') : md
}
