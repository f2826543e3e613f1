// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Avatar, Name } from './types.ts'

/** Input of {@link listCollborationShareEntity}. */
export interface ListCollborationShareEntityInput {
  query: {
    target_tenant_key: string
    target_department_id?: string
    target_group_id?: string
    is_select_subject?: boolean
    page_token?: string
    page_size?: number
    tenant_id?: string
  }
}

/** `data` of a successful {@link listCollborationShareEntity} response. */
export interface ListCollborationShareEntityOutput {
  page_token?: string
  has_more?: boolean
  share_departments?: { open_department_id?: string; name?: Name }[]
  share_groups?: { open_group_id?: string; name?: Name }[]
  share_users?: { open_user_id?: string; name?: Name; avatar?: Avatar }[]
}

/**
 * `directory.v1.collboration_share_entity.list`: GET /open-apis/directory/v1/share_entities (tenant or user token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=directory&resource=collboration_share_entity&version=v1
 */
export const listCollborationShareEntity = /*#__PURE__*/ endpoint<ListCollborationShareEntityInput, ListCollborationShareEntityOutput, true>({
  id: 'directory.v1.collboration_share_entity.list',
  method: 'GET',
  path: '/open-apis/directory/v1/share_entities',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        target_tenant_key: string(),
        target_department_id: optional(string()),
        target_group_id: optional(string()),
        is_select_subject: optional(boolean()),
        page_token: optional(string()),
        page_size: optional(number()),
        tenant_id: optional(string()),
      }),
    }),
  page: { items: null },
})
