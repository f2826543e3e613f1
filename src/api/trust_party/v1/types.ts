// Generated from catalog/trust_party.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Avatar` of catalog/trust_party.v1.json. */
export interface Avatar {
  avatar_72?: string
  avatar_240?: string
  avatar_640?: string
  avatar_origin?: string
}

/** Shared shape `I18nName` of catalog/trust_party.v1.json. */
export interface I18nName {
  zh_cn?: string
  ja_jp?: string
  en_us?: string
}

/** Shared shape `Id` of catalog/trust_party.v1.json. */
export interface Id {
  user_id?: string
  open_id?: string
  union_id?: string
}

/** Shared shape `ParentDepartmentId` of catalog/trust_party.v1.json. */
export interface ParentDepartmentId {
  department_id?: string
  open_department_id?: string
}

/** Shared shape `TargetTenant` of catalog/trust_party.v1.json. */
export interface TargetTenant {
  tenant_key?: string
  tenant_name?: string
  i18n_tenant_name?: I18nName
  tenant_short_name?: string
  i18n_tenant_short_name?: I18nName
  connect_time?: number
  tenant_tag?: string
  i18n_tenant_tag?: I18nName
  avatar?: Avatar
  brand?: string
}
