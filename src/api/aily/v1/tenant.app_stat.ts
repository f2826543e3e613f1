// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listTenantAppStat}. */
export interface ListTenantAppStatInput {
  query: { start_at: string; end_at: string; filter_type: string; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listTenantAppStat} response. */
export interface ListTenantAppStatOutput {
  items?: {
    id: string
    name?: string
    avg_daily_active_user_num?: number
    avg_daily_run_num?: number
    avg_daily_credit_usage?: number
    total_credit_usage?: number
    owner?: {
      id: string
      name?: string
      tenant_id?: string
      lark_user_id?: string
      open_user_id?: string
      open_id?: string
    }
    app_created_at?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `aily.v1.tenant.app_stat.list`: GET /open-apis/aily/v1/app_stats (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=aily&resource=tenant.app_stat&version=v1
 */
export const listTenantAppStat = /*#__PURE__*/ endpoint<ListTenantAppStatInput, ListTenantAppStatOutput, true>({
  id: 'aily.v1.tenant.app_stat.list',
  method: 'GET',
  path: '/open-apis/aily/v1/app_stats',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        start_at: string(),
        end_at: string(),
        filter_type: string(),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'items' },
})
