// Generated from catalog/application.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { InvisibleUser } from './types.ts'

/** Builds the schema of {@link InvisibleUser}. */
export function InvisibleUserSchema(): GenericSchema<InvisibleUser> {
  return looseObject({ user_id: optional(string()), open_id: optional(string()) })
}
