/**
 * Reads `catalog/<domain>.<version>.json` files and checks them against docs/catalog-format.md, so
 * the emitters can trust what they get. Every problem of a file is reported at once, with its JSON path.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Catalog, CatalogEndpoint, CatalogPage, HttpMethod, TokenKind, TypeNode } from './catalog.ts'
import { catalogKey, catalogSegments, compare } from './catalog.ts'

/**
 * `<domain>.<version>.json`, or `<domain>.json` for the few unversioned paths (`meeting_room.json`);
 * anything else in the directory (overrides.json, events.json, SOURCE.md, additions/) is not a catalog.
 */
const CATALOG_FILE = /^([a-z][a-z0-9_]*)(?:\.(v[0-9][a-z0-9_]*))?\.json$/
const NOT_CATALOGS: ReadonlySet<string> = new Set(['events.json', 'overrides.json'])
/** Id segments: snake_case, or the few camelCase ones the platform uses (`batchDelete`). */
const SEGMENT = /^[a-z][A-Za-z0-9_]*$/
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const NODE_TYPES: readonly string[] = ['string', 'number', 'integer', 'boolean', 'file', 'any', 'array', 'object', 'map', 'union']
const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
const TOKENS: readonly string[] = ['tenant', 'app', 'user']
const NODE_KEYS = new Set(['type', 'ref', 'required', 'enum', 'items', 'maxItems', 'maxLength', 'minimum', 'maximum', 'properties', 'values', 'variants'])

/**
 * Reads and checks every catalog file of a directory.
 *
 * @param dir The catalog directory.
 * @returns The catalogs, sorted by file name.
 * @throws {Error} When a file is not valid JSON or breaks the catalog format; the message lists every problem.
 */
export function readCatalogDir(dir: string): Catalog[] {
  const files = readdirSync(dir)
    .filter((name) => CATALOG_FILE.test(name) && !NOT_CATALOGS.has(name))
    .sort(compare)
  if (files.length === 0) throw new Error(`no catalog files (<domain>.<version>.json) in ${dir}`)
  const catalogs = files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`)
    }
    return checkCatalog(raw, file)
  })
  // A replacement must be an endpoint of the catalog, and not a deprecated one itself.
  const byId = new Map(catalogs.flatMap((c) => c.endpoints.map((e) => [e.id, e] as const)))
  const problems: string[] = []
  for (const e of byId.values()) {
    if (e.replacedBy === undefined) continue
    const target = byId.get(e.replacedBy)
    if (target === undefined) problems.push(`${e.id}: "replacedBy" names ${e.replacedBy}, which is not in the catalog`)
    else if (target.deprecated) problems.push(`${e.id}: "replacedBy" names ${e.replacedBy}, which is deprecated too`)
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return catalogs
}

/**
 * Checks one parsed catalog file.
 *
 * @param raw The parsed JSON.
 * @param file The file name (`contact.v3.json`); domain and version must match it.
 * @returns The catalog with defaults filled in and endpoints sorted by id.
 * @throws {Error} Listing every problem found, each with its JSON path.
 */
export function checkCatalog(raw: unknown, file: string): Catalog {
  const problems: string[] = []
  const fail = (at: string, message: string) => problems.push(`${at}: ${message}`)
  const match = CATALOG_FILE.exec(file)
  if (!match) throw new Error(`${file}: a catalog file is named <domain>.<version>.json`)
  const domain = match[1] as string
  const version = match[2] ?? ''
  if (!isRecord(raw)) throw new Error(`${file}: the top level is not an object`)
  if (raw['domain'] !== domain) fail('domain', `is ${JSON.stringify(raw['domain'])}, the file name says "${domain}"`)
  if (raw['version'] !== version) fail('version', `is ${JSON.stringify(raw['version'])}, the file name says "${version}"`)

  const models = raw['models'] ?? {}
  if (!isRecord(models)) fail('models', 'is not an object')
  const modelNames = isRecord(models) ? Object.keys(models) : []
  const checkNode = (node: unknown, at: string): void => {
    if (!isRecord(node)) return void fail(at, 'is not a type node object')
    for (const key of Object.keys(node)) if (!NODE_KEYS.has(key)) fail(at, `unknown key "${key}"`)
    const { type, ref } = node
    if (ref !== undefined) {
      if (typeof ref !== 'string' || !modelNames.includes(ref)) fail(at, `ref ${JSON.stringify(ref)} names no model of this file`)
      if (type !== undefined) fail(at, 'has both "ref" and "type"')
      return
    }
    if (typeof type !== 'string' || !NODE_TYPES.includes(type)) return void fail(at, `type ${JSON.stringify(type)} is not one of ${NODE_TYPES.join(', ')}`)
    if (node['required'] !== undefined && typeof node['required'] !== 'boolean') fail(at, '"required" is not a boolean')
    for (const key of ['maxItems', 'maxLength', 'minimum', 'maximum']) {
      if (node[key] !== undefined && typeof node[key] !== 'number') fail(at, `"${key}" is not a number`)
    }
    if (node['maxItems'] !== undefined && !(Number.isInteger(node['maxItems']) && (node['maxItems'] as number) >= 0)) {
      fail(at, '"maxItems" is not a non-negative integer')
    }
    if (node['enum'] !== undefined) {
      const values = node['enum']
      if (!Array.isArray(values) || values.length === 0) fail(at, '"enum" is not a non-empty array')
      else {
        const kind = type === 'integer' ? 'number' : type
        if (!['string', 'number', 'boolean'].includes(kind)) fail(at, `"enum" on a ${type} node`)
        else if (values.some((v) => typeof v !== kind)) fail(at, `"enum" holds values that are not ${kind}s`)
        if (new Set(values).size !== values.length) fail(at, '"enum" repeats a value')
      }
    }
    if (type === 'array') {
      if (node['items'] === undefined) fail(at, 'array without "items"')
      else checkNode(node['items'], `${at}.items`)
    }
    if (type === 'map') {
      if (node['values'] === undefined) fail(at, 'map without "values"')
      else checkNode(node['values'], `${at}.values`)
    }
    if (type === 'union') {
      const variants = node['variants']
      if (!Array.isArray(variants) || variants.length === 0) fail(at, 'union without "variants"')
      else variants.forEach((v, i) => checkNode(v, `${at}.variants[${i}]`))
    }
    if (node['properties'] !== undefined) {
      if (type !== 'object') fail(at, `"properties" on a ${type} node`)
      if (!isRecord(node['properties'])) fail(at, '"properties" is not an object')
      else for (const [name, child] of Object.entries(node['properties'])) checkNode(child, `${at}.properties${pathKey(name)}`)
    }
  }
  for (const name of modelNames) {
    if (!IDENTIFIER.test(name) || !/^[A-Z]/.test(name)) fail(`models.${name}`, 'a model name is a PascalCase identifier')
    checkNode((models as Record<string, unknown>)[name], `models.${name}`)
  }

  const endpoints: CatalogEndpoint[] = []
  const rawEndpoints = raw['endpoints']
  if (!Array.isArray(rawEndpoints)) fail('endpoints', 'is not an array')
  const seen = new Set<string>()
  for (const [i, e] of (Array.isArray(rawEndpoints) ? rawEndpoints : []).entries()) {
    const at = `endpoints[${i}]`
    if (!isRecord(e)) {
      fail(at, 'is not an object')
      continue
    }
    const id = e['id']
    const where = typeof id === 'string' ? `${at} (${id})` : at
    const before = problems.length
    if (typeof id !== 'string') fail(at, '"id" is not a string')
    else {
      const segments = id.split('.')
      const prefix = catalogKey({ domain, version })
      if (!id.startsWith(`${prefix}.`) || catalogSegments(id) !== (version === '' ? 1 : 2) || segments.length < (version === '' ? 2 : 3)) {
        fail(where, `"id" does not start with "${prefix}." followed by a name`)
      }
      if (!segments.every((s) => SEGMENT.test(s))) fail(where, '"id" segments are not all [a-z][A-Za-z0-9_]*')
      if (seen.has(id)) fail(where, '"id" is used twice')
      seen.add(id)
    }
    const method = e['method']
    if (typeof method !== 'string' || !METHODS.includes(method)) fail(where, `"method" ${JSON.stringify(method)} is not one of ${METHODS.join(', ')}`)
    const path = e['path']
    if (typeof path !== 'string' || !path.startsWith('/')) fail(where, '"path" is not an absolute path')
    const tokens = e['tokens']
    if (!Array.isArray(tokens) || tokens.some((t) => !TOKENS.includes(t)) || new Set(tokens).size !== tokens.length) {
      fail(where, `"tokens" is not a list of distinct ${TOKENS.join(' / ')}`)
    }
    if (typeof e['docUrl'] !== 'string' || !/^https:\/\//.test(e['docUrl'])) fail(where, '"docUrl" is not an https URL')
    for (const flag of ['deprecated', 'multipart', 'download', 'flat', 'idempotent', 'listOnly', 'schemaKnown']) {
      if (e[flag] !== undefined && typeof e[flag] !== 'boolean') fail(where, `"${flag}" is not a boolean`)
    }
    let paginated: CatalogPage | null = null
    const page = e['paginated']
    if (page !== undefined && page !== null) {
      if (!isRecord(page)) fail(where, '"paginated" is not an object or null')
      else {
        const items = page['items'] === undefined ? 'items' : page['items']
        const tokenIn = page['tokenIn'] ?? 'query'
        const next = page['next'] ?? 'page_token'
        if (items !== null && typeof items !== 'string') fail(where, '"paginated.items" is not a string or null')
        if (typeof next !== 'string') fail(where, '"paginated.next" is not a string')
        if (tokenIn !== 'query' && tokenIn !== 'body') fail(where, '"paginated.tokenIn" is not "query" or "body"')
        paginated = { items: items === null ? null : String(items), tokenIn: tokenIn === 'body' ? 'body' : 'query', next: String(next) }
      }
    }
    const headers = e['headers'] ?? []
    if (!Array.isArray(headers) || headers.some((h) => typeof h !== 'string' || !/^[A-Za-z0-9-]+$/.test(h))) {
      fail(where, '"headers" is not a list of header names')
    }
    const request = e['request'] ?? {}
    if (!isRecord(request)) fail(where, '"request" is not an object')
    else {
      for (const part of Object.keys(request)) {
        if (part !== 'path' && part !== 'query' && part !== 'body') fail(where, `"request.${part}" is not path, query or body`)
        else checkNode(request[part], `${where}.request.${part}`)
      }
      for (const part of ['path', 'query'] as const) {
        const node = request[part]
        if (isRecord(node) && node['type'] !== 'object') fail(where, `"request.${part}" is not an object node`)
      }
    }
    if (e['response'] !== undefined) checkNode(e['response'], `${where}.response`)
    if (e['host'] !== undefined && e['host'] !== 'www') fail(where, '"host" is not "www"')
    for (const key of ['listId', 'schemaNote', 'replacedBy']) {
      if (e[key] !== undefined && (typeof e[key] !== 'string' || e[key] === '')) fail(where, `"${key}" is not a non-empty string`)
    }
    if (e['listOnly'] === true && e['listId'] === undefined) fail(where, 'a list-only endpoint needs "listId"')
    if (e['schemaKnown'] === false && e['schemaNote'] === undefined) fail(where, '"schemaKnown": false needs a "schemaNote" saying why')
    if (e['replacedBy'] !== undefined && e['deprecated'] !== true) fail(where, '"replacedBy" on an endpoint that is not deprecated')
    if (e['multipart'] === true && !isRecord(isRecord(request) ? request['body'] : undefined)) fail(where, 'multipart without a request body')
    if (problems.length > before) continue
    endpoints.push({
      id: id as string,
      method: method as HttpMethod,
      path: path as string,
      tokens: tokens as TokenKind[],
      docUrl: e['docUrl'] as string,
      deprecated: e['deprecated'] === true,
      paginated,
      multipart: e['multipart'] === true,
      download: e['download'] === true,
      flat: e['flat'] === true,
      idempotent: e['idempotent'] === true,
      headers: headers as string[],
      request: request as CatalogEndpoint['request'],
      ...(e['response'] === undefined ? {} : { response: e['response'] as TypeNode }),
      ...(e['host'] === 'www' ? { host: 'www' as const } : {}),
      listOnly: e['listOnly'] === true,
      schemaKnown: e['schemaKnown'] !== false,
      ...(typeof e['listId'] === 'string' ? { listId: e['listId'] } : {}),
      ...(typeof e['schemaNote'] === 'string' ? { schemaNote: e['schemaNote'] } : {}),
      ...(typeof e['replacedBy'] === 'string' ? { replacedBy: e['replacedBy'] } : {}),
    })
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 50).map((p) => `  ${p}`)
    if (problems.length > 50) shown.push(`  … and ${problems.length - 50} more`)
    throw new Error(`${file}: ${problems.length} problem(s):\n${shown.join('\n')}`)
  }
  endpoints.sort((a, b) => compare(a.id, b.id))
  return { domain, version, file, models: models as Record<string, TypeNode>, endpoints }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pathKey(name: string): string {
  return IDENTIFIER.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`
}
