/**
 * Relative links of Markdown files: every `[text](target)` whose target is not a URL or an anchor,
 * every file name ending in `.md` and every repository path (`src/…/file.ts`) quoted in backticks
 * (a doc naming a file the reader cannot open).
 */
import { dirname, join, normalize } from 'node:path'

/** One relative reference of a Markdown file, resolved against the file's folder. */
export interface Reference {
  readonly from: string
  /** `link`: a Markdown link; `named`: a file name quoted in backticks. */
  readonly kind: 'link' | 'named'
  readonly target: string
  /** Path relative to the root the files are given from (may start with `..` when it leaves it). */
  readonly resolved: string
  /** Where else it may be: a backticked name is read next to the file or from the root. */
  readonly candidates: readonly string[]
}

const LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
const NAMED_MD = /`([^`\s]+\.md)`/g
// A repository path quoted in backticks (`src/testing/api/learn-all.ts`), unless it is a link's text.
const NAMED_PATH = /`([\w.-]+(?:\/[\w.-]+)+\.(?:ts|mjs|js|json|sh))`(?!\]\()/g

/**
 * The relative references of one Markdown file.
 *
 * @param from The file's path relative to the root.
 * @param text Its contents.
 * @returns Each link target and backticked `.md` name, resolved.
 */
export function referencesOf(from: string, text: string): Reference[] {
  const refs: Reference[] = []
  // Code blocks hold code, not links.
  const prose = text.replace(/^```[\s\S]*?^```/gm, '')
  for (const [, target] of prose.matchAll(LINK)) {
    if (target === undefined || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue
    const path = decodeURI(target.replace(/[#?].*$/, ''))
    if (path === '') continue
    const resolved = normalize(join(dirname(from), path))
    refs.push({ from, kind: 'link', target, resolved, candidates: [resolved] })
  }
  for (const [, name] of prose.matchAll(NAMED_MD)) {
    if (name === undefined || /^[a-z][a-z0-9+.-]*:/i.test(name)) continue
    const resolved = normalize(join(dirname(from), name))
    refs.push({ from, kind: 'named', target: name, resolved, candidates: [resolved, normalize(name)] })
  }
  for (const [, name] of prose.matchAll(NAMED_PATH)) {
    if (name === undefined) continue
    const resolved = normalize(name)
    refs.push({ from, kind: 'named', target: name, resolved, candidates: [resolved, normalize(join(dirname(from), name))] })
  }
  return refs
}
