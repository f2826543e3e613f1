/**
 * Teaching the fake generated endpoint modules. `larkfn/testing` never imports `larkfn/<domain>/…`
 * itself (browsers and workers import it too): a test hands over the modules it uses.
 *
 * @module
 */
import type { EndpointSpec } from '../../core/types.ts'
import type { Router } from '../router.ts'
import { learnedRoute } from './learned-route.ts'
import { isSchemaNode, type SchemaNode } from './schema-node.ts'
import { compareSpecificity } from './specific-router.ts'

/** A module as `import()` gives it: endpoint functions (`larkfn/contact/v3`) and/or response schemas (`…/schemas`). */
export type ApiModule = Readonly<Record<string, unknown>>

/** One endpoint to learn: its spec and, when known, its response schema. */
export interface LearnedEndpoint {
  readonly name: string
  readonly spec: EndpointSpec
  readonly output: SchemaNode | undefined
}

const OUTPUT_SUFFIX = 'OutputSchema'

function isEndpointFunction(value: unknown): value is { readonly spec: EndpointSpec } {
  if (typeof value !== 'function') return false
  const spec = (value as { spec?: Partial<EndpointSpec> }).spec
  return typeof spec === 'object' && spec !== null && typeof spec.path === 'string' && typeof spec.method === 'string'
}

/** `BatchGetUserIdOutputSchema` → `batchGetUserId`, the endpoint export it belongs to. */
function endpointNameOf(schemaName: string): string {
  const base = schemaName.slice(0, -OUTPUT_SUFFIX.length)
  return base.charAt(0).toLowerCase() + base.slice(1)
}

interface Parsed {
  readonly endpoints: Map<string, EndpointSpec>
  readonly schemas: Map<string, SchemaNode>
}

function parse(module: ApiModule): Parsed {
  const endpoints = new Map<string, EndpointSpec>()
  const schemas = new Map<string, SchemaNode>()
  for (const [name, value] of Object.entries(module)) {
    if (isEndpointFunction(value)) endpoints.set(name, value.spec)
    else if (name.endsWith(OUTPUT_SUFFIX) && isSchemaNode(value)) schemas.set(endpointNameOf(name), value)
  }
  return { endpoints, schemas }
}

/**
 * Finds the endpoints of some modules and pairs each with its response schema. Export names repeat
 * across domains (`createDepartment` is in contact and in corehr), so each endpoint module is paired
 * with the schemas module that matches most of its names, whatever the argument order.
 *
 * @param modules Endpoint modules and schemas modules, in any order.
 * @returns Every endpoint found.
 */
export function collectEndpoints(modules: readonly ApiModule[]): LearnedEndpoint[] {
  const parsed = modules.map(parse)
  const found: LearnedEndpoint[] = []
  for (const { endpoints, schemas: own } of parsed) {
    if (endpoints.size === 0) continue
    let best: Map<string, SchemaNode> = own
    let bestScore = overlap(endpoints, own)
    for (const { schemas } of parsed) {
      const score = overlap(endpoints, schemas)
      if (score > bestScore) [best, bestScore] = [schemas, score]
    }
    for (const [name, spec] of endpoints) found.push({ name, spec, output: best.get(name) ?? own.get(name) })
  }
  return found
}

function overlap(endpoints: ReadonlyMap<string, EndpointSpec>, schemas: ReadonlyMap<string, SchemaNode>): number {
  let count = 0
  for (const name of endpoints.keys()) if (schemas.has(name)) count++
  return count
}

/** The learned routes of one fake: its own router, and the remover of each route by method and path. */
export interface LearnedRoutes {
  readonly router: Router
  readonly removers: Map<string, () => void>
}

/**
 * Registers a generic route per endpoint; learning an endpoint again replaces its route.
 *
 * @param learned The fake's learned-route registry.
 * @param modules Endpoint and schemas modules.
 * @param keep Leave endpoints already learned as they are (learning on demand does not replace what a test taught).
 * @returns The number of endpoints learned.
 */
export function learnModules(learned: LearnedRoutes, modules: readonly ApiModule[], keep = false): number {
  const endpoints = collectEndpoints(modules)
  for (const { spec, output } of endpoints) {
    const key = `${spec.method} ${spec.path}`
    if (keep && learned.removers.has(key)) continue
    learned.removers.get(key)?.()
    learned.removers.set(key, learned.router.add(learnedRoute(spec, output)))
  }
  return endpoints.length
}

/**
 * A router that asks the fake's own routes first and the learned ones second. A learned route
 * wins only when its path is more specific (more literal segments), so a hand-written
 * `/users/:user_id` does not hide a learned `/users/batch`.
 *
 * @param main The fake's router (built-in and `fake.route` routes).
 * @param learned The learned routes.
 * @param reserved By `METHOD pattern`: path-parameter values that route does not take.
 * @returns The router the handler uses; `add` goes to `main`.
 */
export function layerRouters(main: Router, learned: Router, reserved: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Router {
  return {
    add: (spec) => main.add(spec),
    find(method, path) {
      const found = main.find(method, path)
      const refused = found && reserved.get(`${found.route.method} ${found.route.path}`)
      const own = refused && Object.values(found.params).some((value) => refused.has(value)) ? undefined : found
      const generic = learned.find(method, path)
      if (own === undefined || generic === undefined) return own ?? generic
      return compareSpecificity(generic.route.path, own.route.path) > 0 ? generic : own
    },
  }
}
