// Generated from catalog/security_and_compliance.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { UserMigration } from './types.ts'

/** Builds the schema of {@link UserMigration}. */
export function UserMigrationSchema(): GenericSchema<UserMigration> {
  return looseObject({
    user_id: optional(string()),
    dest_geo: optional(string()),
    task_id: optional(string()),
    status: optional(picklist(['0', '1', '2'])),
    progress: optional(number()),
  })
}
