/**
 * `catalog/additions/*.json`: endpoints the platform's API list has and no SDK's catalog does, typed by
 * hand from their doc pages (facts only). Each file is an array of entries in the catalog's endpoint
 * format (docs/catalog-format.md, "Additions"), inline type nodes only, plus `listId` (the official
 * list's name) and `schemaKnown` / `schemaNote` / `replacedBy`. The extractor adds them before the
 * overrides are applied and factors their models with the rest, so `npm run generate` stays the one
 * path to code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Endpoint } from './build.ts'

const REQUIRED = ['listId', 'id', 'method', 'path', 'tokens', 'docUrl'] as const
const KNOWN = new Set([
  ...REQUIRED, 'host', 'deprecated', 'replacedBy', 'paginated', 'multipart', 'download', 'flat', 'schemaKnown', 'schemaNote', 'request', 'response', 'headers',
])

/** An added endpoint: the extracted shape plus what only additions carry. */
export interface Added extends Endpoint {
  listOnly: true
  listId: string
  schemaKnown?: false
  schemaNote?: string
}

/**
 * Reads every additions file of a directory (none when it does not exist), in file-name order.
 *
 * @throws {Error} On a file that is not an array, an entry missing a required field or carrying an
 *   unknown one, a path param the entry's `request.path` does not list, or an id used twice.
 */
export function readAdditions(dir: string): Added[] {
  if (!existsSync(dir)) return []
  const out: Added[] = []
  const ids = new Set<string>()
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = join(dir, name)
    const list = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[]
    if (!Array.isArray(list)) throw new Error(`${file}: expected an array`)
    for (const raw of list) {
      const at = `${name}: ${String(raw['id'] ?? raw['listId'] ?? '?')}`
      for (const k of REQUIRED) if (raw[k] === undefined) throw new Error(`${at}: missing "${k}"`)
      for (const k of Object.keys(raw)) if (!KNOWN.has(k)) throw new Error(`${at}: unknown field "${k}"`)
      const id = raw['id'] as string
      if (ids.has(id)) throw new Error(`${at}: id used twice`)
      ids.add(id)
      const path = raw['path'] as string
      const params = [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!)
      const request = (raw['request'] ?? {}) as Endpoint['request']
      const declared = Object.keys(request.path?.properties ?? {})
      if (params.join() !== declared.join()) throw new Error(`${at}: request.path lists [${declared}] but the path has [${params}]`)
      const schemaKnown = raw['schemaKnown'] !== false
      if (!schemaKnown && typeof raw['schemaNote'] !== 'string') throw new Error(`${at}: "schemaKnown": false needs a "schemaNote"`)
      out.push({
        id,
        method: raw['method'] as string,
        path,
        ...(raw['host'] === undefined ? {} : { host: raw['host'] as 'www' }),
        tokens: raw['tokens'] as Endpoint['tokens'],
        ...(raw['headers'] === undefined ? {} : { headers: raw['headers'] as string[] }),
        docUrl: raw['docUrl'] as string,
        deprecated: raw['deprecated'] === true,
        ...(typeof raw['replacedBy'] === 'string' ? { replacedBy: raw['replacedBy'] } : {}),
        paginated: (raw['paginated'] ?? null) as Endpoint['paginated'],
        multipart: raw['multipart'] === true,
        download: raw['download'] === true,
        flat: raw['flat'] === true,
        listOnly: true,
        listId: raw['listId'] as string,
        ...(schemaKnown ? {} : { schemaKnown: false as const, schemaNote: raw['schemaNote'] as string }),
        request,
        ...(raw['response'] === undefined ? {} : { response: raw['response'] as Endpoint['response'] }),
      })
    }
  }
  return out
}
