// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listAlert}. */
export interface ListAlertInput {
  query: {
    start_time: string
    end_time: string
    query_type?: number
    query_value?: string
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link listAlert} response. */
export interface ListAlertOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    alert_id?: string
    resource_scope?: string
    monitor_target?: number
    alert_strategy?: string
    alert_time?: string
    alert_level?: number
    contacts?: { contact_type?: number; contact_name?: string }[]
    notifyMethods?: number[]
    alertRule?: string
    process_time?: string
    recover_time?: string
    process_status?: number
    alert_rule_id?: string
    monitor_target_room_id?: string
    monitor_target_room_mac?: string
  }[]
}

/**
 * `vc.v1.alert.list`: GET /open-apis/vc/v1/alerts (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=vc&resource=alert&version=v1
 */
export const listAlert = /*#__PURE__*/ endpoint<ListAlertInput, ListAlertOutput, true>({
  id: 'vc.v1.alert.list',
  method: 'GET',
  path: '/open-apis/vc/v1/alerts',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        start_time: string(),
        end_time: string(),
        query_type: optional(number()),
        query_value: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
