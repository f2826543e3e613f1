// Generated from catalog/workplace.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AccessData` of catalog/workplace.v1.json. */
export interface AccessData {
  pv?: number
  uv?: number
}
