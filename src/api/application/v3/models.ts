// Generated from catalog/application.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { AddUser } from './types.ts'

/** Builds the schema of {@link AddUser}. */
export function AddUserSchema(): GenericSchema<AddUser> {
  return looseObject({ user_id: optional(string()), open_id: optional(string()) })
}
