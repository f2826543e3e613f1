// Generated from catalog/application.v3.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AddUser` of catalog/application.v3.json. */
export interface AddUser {
  user_id?: string
  open_id?: string
}
