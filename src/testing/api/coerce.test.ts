import { array, boolean, looseObject, number, optional, picklist, pipe, maxLength, record, string, union, unknown } from 'valibot'
import { describe, expect, it } from 'vitest'
import { coerceFields, coerceValue } from './coerce.ts'
import type { SchemaNode } from './schema-node.ts'

const node = (schema: unknown) => schema as SchemaNode

describe('coerceValue', () => {
  it('turns query strings into the numbers, booleans and enum values the schema expects', () => {
    expect(coerceValue(node(optional(number())), '20', 'query')).toBe(20)
    expect(coerceValue(node(boolean()), 'true', 'query')).toBe(true)
    expect(coerceValue(node(boolean()), 'false', 'query')).toBe(false)
    expect(coerceValue(node(picklist([1, 2])), '2', 'query')).toBe(2)
    expect(coerceValue(node(picklist(['1', '2'])), '2', 'query')).toBe('2')
    expect(coerceValue(node(string()), '007', 'query')).toBe('007')
  })

  it('leaves values that do not convert as they came, for validation to report', () => {
    expect(coerceValue(node(number()), 'abc', 'query')).toBe('abc')
    expect(coerceValue(node(number()), '', 'query')).toBe('')
    expect(coerceValue(node(boolean()), 'yes', 'query')).toBe('yes')
    expect(coerceValue(node(string()), ['a', 'b'], 'query')).toEqual(['a', 'b'])
  })

  it('reads arrays from repeated query keys, one value or several', () => {
    const ids = node(pipe(array(number()), maxLength(5)))
    expect(coerceValue(ids, ['1', '2'], 'query')).toEqual([1, 2])
    expect(coerceValue(ids, '3', 'query')).toEqual([3])
    // In a query a JSON-looking value is one string item, not an encoded array.
    expect(coerceValue(node(array(string())), '["a"]', 'query')).toEqual(['["a"]'])
  })

  it('reads arrays and objects from JSON text parts of a multipart form', () => {
    expect(coerceValue(node(array(string())), '["a","b"]', 'form')).toEqual(['a', 'b'])
    expect(coerceValue(node(looseObject({ a: number() })), '{"a":1}', 'form')).toEqual({ a: 1 })
    expect(coerceValue(node(record(string(), string())), '{"k":"v"}', 'query')).toEqual({ k: 'v' })
  })

  it('tries union members in order', () => {
    expect(coerceValue(node(union([number(), string()])), '5', 'query')).toBe(5)
    expect(coerceValue(node(union([number(), string()])), 'x', 'query')).toBe('x')
  })

  it('keeps files and unknown fields untouched', () => {
    const file = new Blob(['x'])
    expect(coerceValue(node(unknown()), file, 'form')).toBe(file)
    expect(coerceValue(undefined, ['a', 'b'], 'query')).toEqual(['a', 'b'])
  })
})

describe('coerceFields', () => {
  it('converts each field by its property schema', () => {
    const schema = node(optional(looseObject({ page_size: optional(number()), ids: array(string()), flag: boolean() })))
    expect(coerceFields(schema, { page_size: '10', ids: 'a', flag: 'true', extra: 'x' }, 'query')).toEqual({
      page_size: 10,
      ids: ['a'],
      flag: true,
      extra: 'x',
    })
  })
})
