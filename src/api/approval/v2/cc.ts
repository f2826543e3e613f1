// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Approval, Group, Instance, Link } from './types.ts'

/** Input of {@link searchCc}. */
export interface SearchCcInput {
  body?: {
    user_id?: string
    approval_code?: string
    instance_code?: string
    instance_external_id?: string
    group_external_id?: string
    cc_title?: string
    read_status?: 'READ' | 'UNREAD'
    CcCreateTimeFrom?: number
    CcCreateTimeTo?: number
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    offset?: number
    limit?: number
  }
}

/** `data` of a successful {@link searchCc} response. */
export interface SearchCcOutput {
  count?: number
  cc_list?: {
    approval?: Approval
    group?: Group
    instance?: Instance
    cc?: { user_id?: string; create_time?: number; read_status?: string; title?: string; extra?: string; link?: Link }
  }[]
}

/**
 * `approval.v2.cc.search`: POST /approval/openapi/v2/cc/search (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `searchInstanceCc` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/approval-search/cc-list-query
 */
export const searchCc = /*#__PURE__*/ endpoint<SearchCcInput, SearchCcOutput>({
  id: 'approval.v2.cc.search',
  method: 'POST',
  path: '/approval/openapi/v2/cc/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        user_id: optional(string()),
        approval_code: optional(string()),
        instance_code: optional(string()),
        instance_external_id: optional(string()),
        group_external_id: optional(string()),
        cc_title: optional(string()),
        read_status: optional(picklist(['READ', 'UNREAD'])),
        CcCreateTimeFrom: optional(number()),
        CcCreateTimeTo: optional(number()),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        offset: optional(number()),
        limit: optional(number()),
      })),
    }),
  host: 'www',
})
