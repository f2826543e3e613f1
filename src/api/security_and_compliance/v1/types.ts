// Generated from catalog/security_and_compliance.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `UserMigration` of catalog/security_and_compliance.v1.json. */
export interface UserMigration {
  user_id?: string
  dest_geo?: string
  task_id?: string
  status?: '0' | '1' | '2'
  progress?: number
}
