/**
 * Export names of generated code (STYLE.md §5), derived mechanically from catalog ids, and the checks
 * that stop the generator on a clash or a reserved word. `names.overrides.json` resolves those, by id.
 *
 * @module
 */
import type { Catalog } from './catalog.ts'
import { catalogKey, catalogSegments } from './catalog.ts'

/** An entry of `names.overrides.json`: the function name to use instead of the derived one. */
export interface NameOverride {
  readonly name: string
  readonly reason: string
}

export type NameOverrides = Readonly<Record<string, NameOverride>>

/** The names one endpoint exports. */
export interface EndpointNames {
  /** `batchGetUserId` */
  readonly fn: string
  /** `BatchGetUserIdInput` */
  readonly input: string
  /** `BatchGetUserIdOutput` */
  readonly output: string
  /** `BatchGetUserIdOutputSchema` */
  readonly schema: string
}

/** Words that cannot name a binding in an ES module (strict mode), plus literals. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import',
  'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public',
  'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while',
  'with', 'yield', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
])

/**
 * Type names the generated modules use from outside the catalog: a model of the same name would
 * shadow them. TypeScript's predefined type names (`string`, `any`…) cannot name an interface either.
 */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'ArrayBuffer', 'Blob', 'Download', 'FileInput', 'GenericSchema', 'ReadableStream', 'Uint8Array',
  'any', 'bigint', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'unknown',
])

/** Identifiers generated modules import (valibot, core): an export of the same name would clash. */
export const IMPORTED_NAMES: ReadonlySet<string> = new Set([
  'array', 'boolean', 'endpoint', 'file', 'lazy', 'literal', 'looseObject', 'maxLength', 'number',
  'optional', 'picklist', 'pipe', 'record', 'string', 'union', 'unknown',
])

/**
 * Splits a catalog name into lowercase words: on `_`, `.`, and where a lowercase letter or digit meets
 * an uppercase one (a few official ids are camelCase: `corehr.v2.report_detail_row.batchDelete`).
 */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_.]/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase())
}

/** `batch_get_id` → `BatchGetId`. */
export function pascal(name: string): string {
  return words(name)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')
}

/**
 * Derives the function name of a catalog id: verb (one word, two after `batch`), every resource
 * segment, then the rest of the method, all PascalCase after the verb.
 *
 * @param id The catalog id, `domain.version.resource[.sub…].method`.
 * @returns The function name, e.g. `batchGetUserId` for `contact.v3.user.batch_get_id`.
 * @example
 * functionName('im.v1.chat.members.is_in_chat') // 'isChatMembersInChat'
 */
export function functionName(id: string): string {
  const segments = id.split('.').slice(catalogSegments(id))
  const method = words(segments.pop() ?? '')
  const verbLength = method[0] === 'batch' && method.length > 1 ? 2 : 1
  const verb = method.slice(0, verbLength)
  const rest = [...segments.flatMap(words), ...method.slice(verbLength)]
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  return (verb[0] ?? '') + verb.slice(1).map(cap).join('') + rest.map(cap).join('')
}

/** The names derived from a function name. */
export function namesOf(fn: string): EndpointNames {
  const base = fn.charAt(0).toUpperCase() + fn.slice(1)
  return { fn, input: `${base}Input`, output: `${base}Output`, schema: `${base}OutputSchema` }
}

/** `User` → `UserSchema`: the lazy schema factory of a model (module-internal `models.ts`). */
export function modelSchemaName(model: string): string {
  return `${model}Schema`
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * Names every endpoint of one catalog and checks that the module namespace (functions, input/output
 * types, output schemas, models and their schema factories) has no clash and no reserved word.
 *
 * @param catalog One domain-version.
 * @param overrides The override table; only the entries of this catalog's ids are read.
 * @returns Names by endpoint id.
 * @throws {Error} Listing every clash and reserved word, with the override entry that would fix it.
 */
export function nameCatalog(catalog: Catalog, overrides: NameOverrides): Map<string, EndpointNames> {
  const problems: string[] = []
  const result = new Map<string, EndpointNames>()
  /** Every identifier the domain-version's modules export, with who takes it. */
  const taken = new Map<string, string[]>()
  const take = (name: string, owner: string) => taken.set(name, [...(taken.get(name) ?? []), owner])

  for (const model of Object.keys(catalog.models)) {
    take(model, `model ${model}`)
    take(modelSchemaName(model), `schema factory of model ${model}`)
    if (RESERVED_TYPE_NAMES.has(model) || RESERVED_WORDS.has(model)) {
      problems.push(`model "${model}" of ${catalog.file} shadows a name the generated code uses; rename it in the catalog`)
    }
  }
  for (const e of catalog.endpoints) {
    const override = overrides[e.id]
    const fn = override ? override.name : functionName(e.id)
    const names = namesOf(fn)
    result.set(e.id, names)
    if (!IDENTIFIER.test(fn)) problems.push(`${e.id}: "${fn}" is not a JavaScript identifier${hint(e.id)}`)
    if (RESERVED_WORDS.has(fn)) problems.push(`${e.id}: "${fn}" is a reserved word${hint(e.id)}`)
    if (IMPORTED_NAMES.has(fn)) problems.push(`${e.id}: "${fn}" is a name generated modules import${hint(e.id)}`)
    take(names.fn, `function of ${e.id}`)
    take(names.input, `input type of ${e.id}`)
    take(names.output, `output type of ${e.id}`)
    take(names.schema, `output schema of ${e.id}`)
  }
  // One problem per set of clashing endpoints/models: a function clash implies its type clashes.
  const reported = new Set<string>()
  for (const [name, owners] of taken) {
    if (owners.length < 2) continue
    const who = owners.map((o) => o.replace(/^.* of /, ''))
    const key = [...new Set(who)].sort().join(' ')
    if (reported.has(key)) continue
    reported.add(key)
    const ids = who.filter((o) => o.includes('.'))
    const fix = ids.length > 0 ? `; add an entry for one of them to codegen/names.overrides.json, e.g. ${overrideExample(ids[ids.length - 1] as string)}` : ''
    problems.push(`${catalogKey(catalog)}: "${name}" is taken by ${owners.join(' and ')}${fix}`)
  }
  if (problems.length > 0) throw new Error(`name problems:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  return result
}

/**
 * Checks the override table itself: every entry names an endpoint of the catalogs, carries a reason,
 * and changes the derived name (an override for taste or a stale one is an error).
 *
 * @throws {Error} Listing every bad entry.
 */
export function checkOverrides(overrides: unknown, catalogs: readonly Catalog[]): NameOverrides {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new Error('names.overrides.json: not an object keyed by endpoint id')
  }
  const ids = new Set(catalogs.flatMap((c) => c.endpoints.map((e) => e.id)))
  const problems: string[] = []
  for (const [id, entry] of Object.entries(overrides as Record<string, unknown>)) {
    const { name, reason } = (entry ?? {}) as { name?: unknown; reason?: unknown }
    if (!ids.has(id)) problems.push(`${id}: no such endpoint in the catalog (stale override?)`)
    if (typeof name !== 'string' || !IDENTIFIER.test(name) || !/^[a-z]/.test(name)) {
      problems.push(`${id}: "name" is not a camelCase identifier`)
    } else if (name === functionName(id)) problems.push(`${id}: "${name}" is the derived name already; drop the override`)
    if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${id}: "reason" is missing`)
  }
  if (problems.length > 0) throw new Error(`names.overrides.json:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  return overrides as NameOverrides
}

function hint(id: string): string {
  return `; set another name in codegen/names.overrides.json: ${overrideExample(id)}`
}

function overrideExample(id: string): string {
  return `"${id}": { "name": "…", "reason": "…" }`
}
