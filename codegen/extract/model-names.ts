/** Names of factored models: one mechanical rule, documented in catalog/SOURCE.md. */
import { cmp } from './build.ts'
import type { Shape } from './models.ts'

/**
 * Name a shape gets from where it appears: the property name in PascalCase; for array elements the
 * name without a trailing `_list`, else without a trailing `s` (kept after `ss`, `us`, `is`); for map
 * values the name plus `Value`.
 */
export function baseName(property: string, wrappers: string): string {
  let name = property
  if (wrappers.includes('a')) {
    if (/_list$/.test(name)) name = name.slice(0, -5)
    else if (/[^sui]s$/.test(name)) name = name.slice(0, -1)
  }
  if (wrappers.includes('m')) name += '_value'
  return pascal(name)
}

export function pascal(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean)
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
  if (!name) return 'Model'
  return /^[0-9]/.test(name) ? `N${name}` : name
}

/** Most frequent value, ties broken by the smallest string. */
function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort(([a, x], [b, y]) => y - x || cmp(a, b))[0]![0]
}

/**
 * Level 0: the most frequent base name of the shape's occurrences. Level 1 and 2 qualify it by where
 * it occurs: under an endpoint part, with the endpoint's method (level 1: `GetUser`) and then its
 * resource path too (level 2: `UserGetUser`); under an object, with that object's name one level
 * lower (`AssignInfoI18nName`). Each candidate is the most frequent one over the occurrences.
 * On a clash between different shapes, the one at the lowest level, then written most often, then
 * with the smaller content hash keeps the name; the others move one level up. Past level 2 a clash
 * is settled by a suffix 2, 3, … in that same order.
 */
export function resolveNames(models: Shape[], shapes: Map<string, Shape>, writes: Map<string, number>): Map<string, string> {
  const memo = new Map<string, string>()
  const candidate = (s: Shape, level: number): string => {
    const key = `${s.hash}@${level}`
    const known = memo.get(key)
    if (known) return known
    const names = s.edges.map((e) => {
      if (level === 0) return e.name
      if (e.parent.startsWith('root:')) {
        const [method, resource] = e.parent.slice(5).split('|') as [string, string]
        return level === 1 ? `${method}${e.name}` : `${resource}${method}${e.name}`
      }
      return `${candidate(shapes.get(e.parent)!, level - 1)}${e.name}`
    })
    const name = mostFrequent(names)
    memo.set(key, name)
    return name
  }
  const level = new Map<string, number>(models.map((s) => [s.hash, 0]))
  const name = (s: Shape): string => candidate(s, level.get(s.hash)!)
  const rankOf = (a: Shape, b: Shape): number =>
    level.get(a.hash)! - level.get(b.hash)! || writes.get(b.hash)! - writes.get(a.hash)! || cmp(a.hash, b.hash)
  const clashes = (): Shape[][] => {
    const g = new Map<string, Shape[]>()
    for (const s of models) g.set(name(s), [...(g.get(name(s)) ?? []), s])
    return [...g.values()].filter((x) => x.length > 1).map((x) => x.sort(rankOf))
  }
  for (let moved = true; moved; ) {
    moved = false
    for (const group of clashes()) {
      for (const s of group.slice(1)) {
        if (level.get(s.hash)! >= 2) continue
        level.set(s.hash, level.get(s.hash)! + 1)
        moved = true
      }
    }
  }
  const out = new Map<string, string>(models.map((s) => [s.hash, name(s)]))
  for (const group of clashes()) group.slice(1).forEach((s, i) => out.set(s.hash, `${name(s)}${i + 2}`))
  const all = [...out.values()]
  if (new Set(all).size !== all.length) throw new Error('model names still clash after numbering')
  return out
}

