// Generated from catalog/application.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `InvisibleUser` of catalog/application.v2.json. */
export interface InvisibleUser {
  user_id?: string
  open_id?: string
}
