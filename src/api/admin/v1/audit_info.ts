// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link listAuditInfo}. */
export interface ListAuditInfoInput {
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    latest?: number
    oldest?: number
    event_name?: string
    operator_type?: 'user' | 'bot'
    operator_value?: string
    event_module?: number
    page_token?: string
    page_size?: number
    user_type?: number
    object_type?: number
    object_value?: string
    ext_filter_object_by_ccm_token?: string
  }
}

/** `data` of a successful {@link listAuditInfo} response. */
export interface ListAuditInfoOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `admin.v1.audit_info.list`: GET /open-apis/admin/v1/audit_infos (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=admin&resource=audit_info&version=v1
 */
export const listAuditInfo = /*#__PURE__*/ endpoint<ListAuditInfoInput, ListAuditInfoOutput, true>({
  id: 'admin.v1.audit_info.list',
  method: 'GET',
  path: '/open-apis/admin/v1/audit_infos',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        latest: optional(number()),
        oldest: optional(number()),
        event_name: optional(string()),
        operator_type: optional(picklist(['user', 'bot'])),
        operator_value: optional(string()),
        event_module: optional(number()),
        page_token: optional(string()),
        page_size: optional(number()),
        user_type: optional(number()),
        object_type: optional(number()),
        object_value: optional(string()),
        ext_filter_object_by_ccm_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
