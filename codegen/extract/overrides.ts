/**
 * `catalog/overrides.json`: hand-kept corrections applied after extraction. Each entry selects
 * endpoints by `id`, `ids` or `idPrefix`, or one event type of `catalog/events.json` by `event`, and
 * says why in `reason`. `set` replaces top-level endpoint fields whole; `paths` replaces one nested
 * field each, named by a dot path from the endpoint (`request.body.properties.msg_type.enum`) or from
 * the event entry (`event.properties.message.properties.chat_type.enum`). Every segment but the last
 * must exist, so a path the sources no longer have stops the extractor instead of adding a stray
 * field; so does an entry that selects nothing or sets an unknown field.
 */
import { readFileSync } from 'node:fs'
import type { Endpoint } from './build.ts'

export interface Override {
  id?: string
  ids?: string[]
  idPrefix?: string
  /** An event type (`im.message.receive_v1`); such entries take `paths` only and are applied by events.ts. */
  event?: string
  set?: Partial<Record<keyof Endpoint, unknown>>
  paths?: Record<string, unknown>
  reason: string
}

const FIELDS = new Set<string>([
  'method', 'path', 'host', 'tokens', 'headers', 'docUrl', 'deprecated', 'replacedBy', 'paginated',
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
    const selectors = [o.id, o.ids, o.idPrefix, o.event].filter((x) => x !== undefined).length
    if (selectors !== 1) throw new Error(`${file}: each entry needs exactly one of id / ids / idPrefix / event`)
    if (!o.reason || typeof o.reason !== 'string') throw new Error(`${file}: entry without reason`)
    const set = Object.keys(o.set ?? {})
    const paths = Object.keys(o.paths ?? {})
    if (set.length + paths.length === 0) throw new Error(`${file}: entry changes nothing (${o.reason})`)
    if (o.event !== undefined && set.length > 0) throw new Error(`${file}: event entries take paths only (${o.event})`)
    for (const k of set) if (!FIELDS.has(k)) throw new Error(`${file}: unknown field ${k}`)
    for (const p of paths) {
      const head = p.split('.')[0]!
      if (o.event !== undefined ? head !== 'event' : !FIELDS.has(head)) throw new Error(`${file}: path ${p} starts at an unknown field`)
    }
  }
  return list
}

/**
 * Replaces the value at `path` (dot-separated keys) inside `target`. Every segment but the last
 * must name an existing object.
 *
 * @returns The value that was there before (undefined when the last key is new).
 * @throws {Error} When a segment is missing or not an object.
 */
export function setPath(target: object, path: string, value: unknown, label: string): unknown {
  const keys = path.split('.')
  let node = target as Record<string, unknown>
  for (const k of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, k) ? node[k] : undefined
    if (typeof next !== 'object' || next === null) throw new Error(`override path ${label}: ${path}: no object at ${k}`)
    node = next as Record<string, unknown>
  }
  const last = keys[keys.length - 1]!
  const before = node[last]
  node[last] = structuredClone(value)
  return before
}

/** Applies the endpoint entries in file order (a later entry wins). Returns notes for review. */
export function applyOverrides(endpoints: Endpoint[], overrides: Override[]): OverrideNote[] {
  const byId = new Map(endpoints.map((e) => [e.id, e]))
  const notes: OverrideNote[] = []
  for (const o of overrides) {
    if (o.event !== undefined) continue
    const ids = o.id ? [o.id] : o.ids ? o.ids : endpoints.filter((e) => e.id.startsWith(o.idPrefix!)).map((e) => e.id)
    if (ids.length === 0) throw new Error(`override selects nothing: ${o.idPrefix ?? o.id}`)
    for (const id of ids) {
      const e = byId.get(id)
      if (!e) throw new Error(`override names an unknown endpoint: ${id}`)
      for (const [field, value] of Object.entries(o.set ?? {})) {
        const before = (e as unknown as Record<string, unknown>)[field]
        if (JSON.stringify(before) === JSON.stringify(value)) notes.push({ id, field, note: 'no change' })
        else if (before !== undefined && before !== null && field === 'tokens')
          notes.push({ id, field, note: 'replaced a sourced value' })
        if (value === null && (field === 'response' || field === 'headers')) delete (e as unknown as Record<string, unknown>)[field]
        else (e as unknown as Record<string, unknown>)[field] = structuredClone(value)
      }
      for (const [path, value] of Object.entries(o.paths ?? {})) {
        const before = setPath(e, path, value, id)
        if (JSON.stringify(before) === JSON.stringify(value)) notes.push({ id, field: path, note: 'no change' })
      }
    }
  }
  return notes
}

/**
 * Applies the event entries (`event` selector) to the extracted event entries, in file order.
 *
 * @param events The event catalog's entries, keyed by `type` through `find`.
 * @throws {Error} When an entry names an event type that is not there, or a path that is missing.
 */
export function applyEventOverrides<E extends { type: string }>(events: E[], overrides: Override[]): void {
  for (const o of overrides) {
    if (o.event === undefined) continue
    const entry = events.find((e) => e.type === o.event)
    if (!entry) throw new Error(`override names an unknown event type: ${o.event}`)
    for (const [path, value] of Object.entries(o.paths ?? {})) setPath(entry, path, value, o.event)
  }
}
