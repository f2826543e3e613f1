// Generated from catalog/tenant.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { QueryTenantOutput } from './tenant.ts'
import type { QueryTenantProductAssignInfoOutput } from './tenant.product_assign_info.ts'

/** Schema of {@link QueryTenantOutput}, for opt-in response validation. */
export const QueryTenantOutputSchema: GenericSchema<QueryTenantOutput> = /*#__PURE__*/ (() => looseObject({
  tenant: optional(looseObject({
    name: string(),
    display_id: string(),
    tenant_tag: number(),
    tenant_key: string(),
    avatar: looseObject({
      avatar_origin: optional(string()),
      avatar_72: optional(string()),
      avatar_240: optional(string()),
      avatar_640: optional(string()),
    }),
    domain: optional(string()),
  })),
}))()

/** Schema of {@link QueryTenantProductAssignInfoOutput}, for opt-in response validation. */
export const QueryTenantProductAssignInfoOutputSchema: GenericSchema<QueryTenantProductAssignInfoOutput> = /*#__PURE__*/ (() => looseObject({
  assign_info_list: optional(array(looseObject({
    subscription_id: optional(string()),
    license_plan_key: optional(string()),
    product_name: optional(string()),
    i18n_name: optional(looseObject({
      zh_cn: optional(string()),
      ja_jp: optional(string()),
      en_us: optional(string()),
    })),
    total_seats: optional(string()),
    assigned_seats: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
  }))),
}))()
