// Generated from catalog/trust_party.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Avatar, I18nName, Id, ParentDepartmentId, TargetTenant } from './types.ts'

/** Builds the schema of {@link Avatar}. */
export function AvatarSchema(): GenericSchema<Avatar> {
  return looseObject({
    avatar_72: optional(string()),
    avatar_240: optional(string()),
    avatar_640: optional(string()),
    avatar_origin: optional(string()),
  })
}

/** Builds the schema of {@link I18nName}. */
export function I18nNameSchema(): GenericSchema<I18nName> {
  return looseObject({ zh_cn: optional(string()), ja_jp: optional(string()), en_us: optional(string()) })
}

/** Builds the schema of {@link Id}. */
export function IdSchema(): GenericSchema<Id> {
  return looseObject({ user_id: optional(string()), open_id: optional(string()), union_id: optional(string()) })
}

/** Builds the schema of {@link ParentDepartmentId}. */
export function ParentDepartmentIdSchema(): GenericSchema<ParentDepartmentId> {
  return looseObject({ department_id: optional(string()), open_department_id: optional(string()) })
}

/** Builds the schema of {@link TargetTenant}. */
export function TargetTenantSchema(): GenericSchema<TargetTenant> {
  return looseObject({
    tenant_key: optional(string()),
    tenant_name: optional(string()),
    i18n_tenant_name: optional(I18nNameSchema()),
    tenant_short_name: optional(string()),
    i18n_tenant_short_name: optional(I18nNameSchema()),
    connect_time: optional(number()),
    tenant_tag: optional(string()),
    i18n_tenant_tag: optional(I18nNameSchema()),
    avatar: optional(AvatarSchema()),
    brand: optional(string()),
  })
}
