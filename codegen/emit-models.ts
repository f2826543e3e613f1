/**
 * The shared modules of a domain-version: `types.ts` (models as interfaces and aliases), `models.ts`
 * (one lazy schema factory per model, shared by request and response schemas) and `schemas.ts`
 * (response schemas, opt-in).
 *
 * @module
 */
import type { EndpointNames } from './names.ts'
import { modelSchemaName } from './names.ts'
import { importDecl, printExpr, printProps, printType } from './layout.ts'
import type { Catalog, CatalogEndpoint, TypeNode } from './catalog.ts'
import { compare, coreDir } from './catalog.ts'
import { newUses, propsOf, refsOf, schemaOf, typeOf } from './emit-types.ts'

/** The first line of every generated module. */
export const banner = (catalog: Catalog) =>
  `// Generated from catalog/${catalog.file} by codegen. Do not edit; run \`npm run generate\`.\n`

/** Values in code-unit order (see `compare`). */
export function sorted(values: Iterable<string>): string[] {
  return [...values].sort(compare)
}

/** `types.ts`: every model, as an interface when it is an object with properties, else a type alias. */
export function emitTypes(catalog: Catalog): string {
  const blocks: string[] = []
  for (const model of Object.keys(catalog.models).sort(compare)) {
    const node = catalog.models[model] as TypeNode
    const uses = newUses()
    const doc = `/** Shared shape \`${model}\` of catalog/${catalog.file}. */`
    if (node.type === 'object' && node.properties !== undefined && Object.keys(node.properties).length > 0) {
      blocks.push(`${doc}\nexport interface ${model} {\n${printProps(propsOf(node.properties, uses), 2)}}\n`)
    } else {
      const head = `export type ${model} =`
      const type = printType(typeOf(node, uses), 0, head.length + 1)
      blocks.push(`${doc}\n${head}${type.startsWith('\n') ? '' : ' '}${type}\n`)
    }
  }
  const body = blocks.length > 0 ? `\n${blocks.join('\n')}` : '\nexport {}\n'
  return `${banner(catalog)}${body}`
}

/** The models some endpoint schema reaches, directly or through other models. */
function reachableModels(catalog: Catalog): Set<string> {
  const seen = new Set<string>()
  const visit = (model: string) => {
    if (seen.has(model)) return
    seen.add(model)
    for (const next of refsOf(catalog.models[model] as TypeNode)) visit(next)
  }
  for (const e of catalog.endpoints) {
    const roots = [e.request.query, e.request.body, e.download ? undefined : e.response]
    for (const root of roots) if (root) for (const model of refsOf(root)) visit(model)
  }
  return seen
}

/**
 * `models.ts`: one schema factory per model an endpoint uses. Plain function declarations, so a
 * bundle keeps only the factories its endpoints call; each is typed by its model's interface.
 */
export function emitModels(catalog: Catalog): string {
  const reachable = reachableModels(catalog)
  const cyclic = modelCycles(catalog.models)
  const uses = newUses()
  const blocks: string[] = []
  for (const model of [...reachable].sort(compare)) {
    const node = catalog.models[model] as TypeNode
    const factory = modelSchemaName(model)
    const schema = schemaOf(node, uses, (to) => (cyclic(model, to) ? 'lazy' : 'call'))
    uses.models.add(model)
    blocks.push(
      [
        `/** Builds the schema of {@link ${model}}. */`,
        `export function ${factory}(): GenericSchema<${model}> {`,
        `  return ${printExpr(schema, 2, 9)}`,
        '}',
        '',
      ].join('\n'),
    )
  }
  if (blocks.length === 0) return `${banner(catalog)}\nexport {}\n`
  const lines: string[] = []
  lines.push(`import type { GenericSchema } from 'valibot'`)
  if (uses.file) lines.push(`import { file } from '${coreDir(catalog)}/schema.ts'`)
  if (uses.valibot.size > 0) lines.push(importDecl(sorted(uses.valibot), `${coreDir(catalog)}/valibot.ts`))
  lines.push(importDecl(sorted(uses.models), './types.ts', true))
  return `${banner(catalog)}${lines.join('\n')}\n\n${blocks.join('\n')}`
}

/**
 * `schemas.ts` (subpath `…/schemas`): the response schema of every endpoint that answers JSON. Each is
 * built by a pure IIFE, so a bundle that does not import it drops it.
 */
export function emitSchemas(
  catalog: Catalog,
  resources: readonly string[],
  byResource: ReadonlyMap<string, CatalogEndpoint[]>,
  nameOf: (e: CatalogEndpoint) => EndpointNames,
): string {
  const uses = newUses()
  const blocks: string[] = []
  const outputTypes = new Map<string, string[]>()
  for (const resource of resources) {
    for (const e of byResource.get(resource) as CatalogEndpoint[]) {
      if (e.download) continue
      const names = nameOf(e)
      outputTypes.set(resource, [...(outputTypes.get(resource) ?? []), names.output])
      const schema = e.response === undefined ? schemaOf({ type: 'any' }, uses) : schemaOf(e.response, uses)
      const head = `export const ${names.schema}: GenericSchema<${names.output}> = /*#__PURE__*/ (() => `
      blocks.push(`/** Schema of {@link ${names.output}}, for opt-in response validation. */\n${head}${printExpr(schema, 0, head.length, 3)})()\n`)
    }
  }
  if (blocks.length === 0) return `${banner(catalog)}\nexport {}\n`
  const lines: string[] = []
  lines.push(`import type { GenericSchema } from 'valibot'`)
  if (uses.file) lines.push(`import { file } from '${coreDir(catalog)}/schema.ts'`)
  if (uses.valibot.size > 0) lines.push(importDecl(sorted(uses.valibot), `${coreDir(catalog)}/valibot.ts`))
  if (uses.factories.size > 0) lines.push(importDecl(sorted(uses.factories), './models.ts'))
  for (const resource of resources) {
    const types = outputTypes.get(resource)
    if (types) lines.push(importDecl([...types].sort(compare), `./${resource}.ts`, true))
  }
  return `${banner(catalog)}${lines.join('\n')}\n\n${blocks.join('\n')}`
}

/**
 * Strongly connected components of the model graph (Tarjan), as model → component number. Two
 * models in one component, or a model that reaches itself, form a cycle.
 */
export function modelCycles(models: Readonly<Record<string, TypeNode>>): (from: string, to: string) => boolean {
  const edges = new Map(Object.entries(models).map(([n, node]) => [n, [...refsOf(node)]]))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const component = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  let counter = 0
  let components = 0
  // Iterative, so a deep model graph cannot overflow the call stack.
  for (const root of edges.keys()) {
    if (index.has(root)) continue
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }]
    index.set(root, counter)
    low.set(root, counter++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number }
      const targets = edges.get(frame.node) ?? []
      if (frame.next < targets.length) {
        const to = targets[frame.next++] as string
        if (!index.has(to)) {
          index.set(to, counter)
          low.set(to, counter++)
          stack.push(to)
          onStack.add(to)
          work.push({ node: to, next: 0 })
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(to) as number))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number))
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string | undefined
        do {
          member = stack.pop() as string
          onStack.delete(member)
          component.set(member, components)
        } while (member !== frame.node)
        components++
      }
    }
  }
  return (from, to) => component.get(from) === component.get(to) && (from !== to || (edges.get(from) ?? []).includes(to))
}
