// Generated from catalog/workplace.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional } from '../../../core/valibot.ts'
import type { AccessData } from './types.ts'

/** Builds the schema of {@link AccessData}. */
export function AccessDataSchema(): GenericSchema<AccessData> {
  return looseObject({ pv: optional(number()), uv: optional(number()) })
}
