/**
 * `catalog/overrides.json`: hand-kept corrections applied after extraction. Each entry selects
 * endpoints by `id`, `ids` or `idPrefix`, replaces the top-level fields in `set`, and says why in
 * `reason`. An entry that selects nothing, or sets an unknown field, stops the extractor.
 */
import { readFileSync } from 'node:fs'
import type { Endpoint } from './build.ts'

export interface Override {
  id?: string
  ids?: string[]
  idPrefix?: string
  set: Partial<Record<keyof Endpoint, unknown>>
  reason: string
}

const FIELDS = new Set<string>([
  'method', 'path', 'tokens', 'headers', 'docUrl', 'deprecated', 'paginated',
  'multipart', 'download', 'flat', 'request', 'response',
])

export interface OverrideNote {
  id: string
  field: string
  note: 'replaced a sourced value' | 'no change'
}

export function readOverrides(file: string): Override[] {
  const list = JSON.parse(readFileSync(file, 'utf8')) as Override[]
  if (!Array.isArray(list)) throw new Error(`${file}: expected an array`)
  for (const o of list) {
    const selectors = [o.id, o.ids, o.idPrefix].filter((x) => x !== undefined).length
    if (selectors !== 1) throw new Error(`${file}: each entry needs exactly one of id / ids / idPrefix`)
    if (!o.reason || typeof o.reason !== 'string') throw new Error(`${file}: entry without reason`)
    for (const k of Object.keys(o.set ?? {})) if (!FIELDS.has(k)) throw new Error(`${file}: unknown field ${k}`)
  }
  return list
}

/** Applies the entries in file order (a later entry wins). Returns notes for review. */
export function applyOverrides(endpoints: Endpoint[], overrides: Override[]): OverrideNote[] {
  const byId = new Map(endpoints.map((e) => [e.id, e]))
  const notes: OverrideNote[] = []
  for (const o of overrides) {
    const ids = o.id ? [o.id] : o.ids ? o.ids : endpoints.filter((e) => e.id.startsWith(o.idPrefix!)).map((e) => e.id)
    if (ids.length === 0) throw new Error(`override selects nothing: ${o.idPrefix ?? o.id}`)
    for (const id of ids) {
      const e = byId.get(id)
      if (!e) throw new Error(`override names an unknown endpoint: ${id}`)
      for (const [field, value] of Object.entries(o.set)) {
        const before = (e as unknown as Record<string, unknown>)[field]
        if (JSON.stringify(before) === JSON.stringify(value)) notes.push({ id, field, note: 'no change' })
        else if (before !== undefined && before !== null && field === 'tokens')
          notes.push({ id, field, note: 'replaced a sourced value' })
        if (value === null && (field === 'response' || field === 'headers')) delete (e as unknown as Record<string, unknown>)[field]
        else (e as unknown as Record<string, unknown>)[field] = structuredClone(value)
      }
    }
  }
  return notes
}
