/**
 * The catalog as the generator sees it once read-catalog.ts has checked it (docs/catalog-format.md).
 *
 * @module
 */

export type NodeType = 'string' | 'number' | 'integer' | 'boolean' | 'file' | 'any' | 'array' | 'object' | 'map' | 'union'
export type EnumValue = string | number | boolean

/** One type node of the catalog (see docs/catalog-format.md). */
export interface TypeNode {
  readonly type?: NodeType
  readonly ref?: string
  readonly required?: boolean
  readonly enum?: readonly EnumValue[]
  readonly items?: TypeNode
  readonly maxItems?: number
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly properties?: Readonly<Record<string, TypeNode>>
  readonly values?: TypeNode
  readonly variants?: readonly TypeNode[]
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type TokenKind = 'tenant' | 'app' | 'user'

export interface CatalogPage {
  /** The response's array of page items; null when it has no single one. */
  readonly items: string | null
  readonly tokenIn: 'query' | 'body'
  readonly next: string
}

export interface CatalogEndpoint {
  /** Official dotted snake name: `contact.v3.user.batch_get_id`. */
  readonly id: string
  readonly method: HttpMethod
  readonly path: string
  readonly tokens: readonly TokenKind[]
  readonly docUrl: string
  readonly deprecated: boolean
  readonly paginated: CatalogPage | null
  readonly multipart: boolean
  readonly download: boolean
  readonly flat: boolean
  readonly idempotent: boolean
  /** Extra request headers the endpoint needs (e.g. `X-Lark-Helpdesk-Authorization`). */
  readonly headers: readonly string[]
  readonly request: { readonly path?: TypeNode; readonly query?: TypeNode; readonly body?: TypeNode }
  readonly response?: TypeNode
  /** On the platform's API list but in no SDK's catalog: added by hand from its doc page (`catalog/additions/`). */
  readonly listOnly: boolean
  /** The official list's name for a list-only endpoint (`ccm_sheet.old.default.…`). */
  readonly listId?: string
  /** False when the doc page could not be read with certainty: the schemas are loose, `schemaNote` says why. */
  readonly schemaKnown: boolean
  readonly schemaNote?: string
  /** `www`: served on the brand's www host, not the Open API host (the old approval API). */
  readonly host?: 'www'
  /** The id of the endpoint the docs name as the replacement of a deprecated one. */
  readonly replacedBy?: string
}

export interface Catalog {
  readonly domain: string
  readonly version: string
  /** File name inside the catalog directory, e.g. `contact.v3.json`. */
  readonly file: string
  readonly models: Readonly<Record<string, TypeNode>>
  /** Sorted by id. */
  readonly endpoints: readonly CatalogEndpoint[]
}

/** Code-unit order: the same on every machine and locale (`localeCompare` is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The `:param` names of a path, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string)
}

/**
 * A few official paths carry no version (`/open-apis/meeting_room/room/list`): their ids and catalogs
 * have none either (`meeting_room.room.list`, `catalog/meeting_room.json`, `larkfn/meeting_room`).
 */
export const VERSION = /^v[0-9][a-z0-9_]*$/

/** How many leading id segments name the catalog: 2 (`contact.v3.…`) or 1 for an unversioned one. */
export function catalogSegments(id: string): 1 | 2 {
  return VERSION.test(id.split('.')[1] ?? '') ? 2 : 1
}

/** `contact/v3`, or `meeting_room` for an unversioned catalog: the directory under `src/api/` and the subpath tail. */
export function catalogDir(catalog: Pick<Catalog, 'domain' | 'version'>): string {
  return catalog.version === '' ? catalog.domain : `${catalog.domain}/${catalog.version}`
}

/** `contact.v3`, or `meeting_room`: the catalog's id prefix and file stem. */
export function catalogKey(catalog: Pick<Catalog, 'domain' | 'version'>): string {
  return catalog.version === '' ? catalog.domain : `${catalog.domain}.${catalog.version}`
}

/** The relative path from a catalog's generated directory to `src/core` (one level less when unversioned). */
export function coreDir(catalog: Pick<Catalog, 'version'>): string {
  return catalog.version === '' ? '../../core' : '../../../core'
}
