/**
 * valibot's schema functions as the generated request and response schemas call them: the same
 * functions, typed plainly (`GenericSchema` in and out) instead of valibot's deep generic inference,
 * which multiplied the type-check time of the generated modules. Types of endpoint inputs and outputs
 * come from the generated interfaces, not from these schemas. Internal: not a package subpath.
 *
 * Measured when the aliases were introduced: over 1,680 endpoints valibot's inferred types made
 * `tsc --noEmit` take ~20 s and 1.1 GB (~15 s of it that inference); with the aliases ~3 s, ~330 MB.
 *
 * @module
 */
import type { GenericSchema, MaxLengthAction } from 'valibot'
import * as v from 'valibot'

/** A schema whose type is erased; model factories and response schemas restore it by annotation. */
type Schema = GenericSchema<any>

type MaxItems = MaxLengthAction<unknown[], number, undefined>

export const array: (item: Schema) => Schema = v.array
export const boolean: () => Schema = v.boolean
export const lazy: (getter: () => Schema) => Schema = v.lazy
export const literal: (value: string | number | boolean) => Schema = v.literal
export const looseObject: (entries: { readonly [key: string]: Schema }) => Schema = v.looseObject
export const maxLength: (requirement: number) => MaxItems = v.maxLength
export const number: () => Schema = v.number
export const optional: (wrapped: Schema) => Schema = v.optional
export const picklist: (options: readonly (string | number)[]) => Schema = v.picklist
export const record: (key: Schema, value: Schema) => Schema = v.record
export const string: () => Schema = v.string
export const union: (options: readonly Schema[]) => Schema = v.union
export const unknown: () => Schema = v.unknown

/** `pipe(array(…), maxLength(n))`: valibot's `pipe` overloads cannot be aliased to a plain type. */
export function pipe(schema: Schema, action: MaxItems): Schema {
  return v.pipe(schema as GenericSchema<unknown[]>, action)
}
