import { array, boolean, lazy, literal, looseObject, number, optional, picklist, record, safeParse, string, union, unknown, type GenericSchema } from 'valibot'
import { describe, expect, it } from 'vitest'
import { MAX_DEPTH, sampleOf } from './sample.ts'
import type { SchemaNode } from './schema-node.ts'

const sample = (schema: GenericSchema) => sampleOf(schema as unknown as SchemaNode)

describe('sampleOf', () => {
  it('fills every property: strings by name, first enum value, 1, false, one array item', () => {
    const schema = looseObject({
      name: optional(string()),
      kind: picklist(['b', 'a']),
      count: optional(number()),
      done: optional(boolean()),
      tags: optional(array(string())),
      fixed: literal(3),
      meta: optional(record(string(), number())),
      either: optional(union([number(), string()])),
      anything: optional(unknown()),
    })
    expect(sample(schema)).toEqual({
      name: 'name',
      kind: 'b',
      count: 1,
      done: false,
      tags: ['tags'],
      fixed: 3,
      meta: { meta: 1 },
      either: 1,
      anything: {},
    })
  })

  it('is deterministic', () => {
    const schema = looseObject({ a: optional(array(looseObject({ b: string() }))) })
    expect(sample(schema)).toEqual(sample(schema))
  })

  it('cuts deep models to their required properties, so the sample stays valid', () => {
    type Node = { id: string; child?: Node; children?: Node[] }
    const tree: GenericSchema<Node> = looseObject({
      id: string(),
      child: optional(lazy(() => tree)),
      children: optional(array(lazy(() => tree))),
    }) as GenericSchema<Node>
    const value = sample(tree) as Node
    let depth = 0
    for (let at: Node | undefined = value; at !== undefined; at = at.child) depth++
    expect(depth).toBeGreaterThan(1)
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 1)
    expect(safeParse(tree, value).success).toBe(true)
  })

  it('keeps wide models small', () => {
    const wide = looseObject(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, optional(looseObject(
      Object.fromEntries(Array.from({ length: 60 }, (_, j) => [`p${j}`, optional(array(looseObject({ q: optional(string()) })))])),
    ))])))
    const text = JSON.stringify(sample(wide))
    expect(text.length).toBeLessThan(200_000)
    expect(safeParse(wide, JSON.parse(text)).success).toBe(true)
  })
})
