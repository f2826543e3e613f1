// Generated from catalog/tenant.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link queryTenantProductAssignInfo}. */
export type QueryTenantProductAssignInfoInput = { [key: string]: never }

/** `data` of a successful {@link queryTenantProductAssignInfo} response. */
export interface QueryTenantProductAssignInfoOutput {
  assign_info_list?: {
    subscription_id?: string
    license_plan_key?: string
    product_name?: string
    i18n_name?: { zh_cn?: string; ja_jp?: string; en_us?: string }
    total_seats?: string
    assigned_seats?: string
    start_time?: string
    end_time?: string
  }[]
}

/**
 * `tenant.v2.tenant.product_assign_info.query`: GET /open-apis/tenant/v2/tenant/assign_info_list/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=tenant&resource=tenant.product_assign_info&version=v2
 */
export const queryTenantProductAssignInfo = /*#__PURE__*/ endpoint<QueryTenantProductAssignInfoInput, QueryTenantProductAssignInfoOutput>({
  id: 'tenant.v2.tenant.product_assign_info.query',
  method: 'GET',
  path: '/open-apis/tenant/v2/tenant/assign_info_list/query',
  tokens: ['tenant'],
})
