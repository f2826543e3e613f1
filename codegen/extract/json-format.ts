/**
 * The catalog's JSON layout: 2-space indentation, and an object or array that fits in 100 columns
 * stays on one line. Deterministic, so re-extraction diffs stay small and reviewable.
 *
 * @module
 */

function inline(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(inline).join(', ')}]` : '[]'
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
    return entries.length ? `{ ${entries.join(', ')} }` : '{}'
  }
  return JSON.stringify(value)
}

function format(value: unknown, indent: string): string {
  if (!value || typeof value !== 'object') return JSON.stringify(value)
  const flat = inline(value)
  if (indent.length + flat.length <= 100) return flat
  const inner = `${indent}  `
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`
  const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`)
  return `{\n${entries.join(',\n')}\n${indent}}`
}

/** The file text of a catalog value, with a final newline. */
export function formatJson(value: unknown): string {
  return `${format(value, '')}\n`
}
