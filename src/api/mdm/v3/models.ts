// Generated from catalog/mdm.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, record, string } from '../../../core/valibot.ts'
import type { Data, FullName } from './types.ts'

/** Builds the schema of {@link Data}. */
export function DataSchema(): GenericSchema<Data> {
  return looseObject({
    alpha_3_code: optional(string()),
    alpha_2_code: optional(string()),
    numeric_code: optional(string()),
    name: optional(FullNameSchema()),
    mdm_code: optional(string()),
    full_name: optional(FullNameSchema()),
    global_code: optional(string()),
    status: optional(string()),
    continents: optional(looseObject({ value: string(), multilingual_name: optional(record(string(), string())) })),
  })
}

/** Builds the schema of {@link FullName}. */
export function FullNameSchema(): GenericSchema<FullName> {
  return looseObject({
    value: optional(string()),
    multilingual_value: optional(record(string(), string())),
    return_language: optional(string()),
  })
}
