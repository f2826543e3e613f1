// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { ListItem } from './types.ts'

/** Input of {@link listSecurityGroup}. */
export interface ListSecurityGroupInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listSecurityGroup} response. */
export interface ListSecurityGroupOutput {
  items?: ListItem[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.security_group.list`: GET /open-apis/corehr/v1/security_groups (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=security_group&version=v1
 */
export const listSecurityGroup = /*#__PURE__*/ endpoint<ListSecurityGroupInput, ListSecurityGroupOutput, true>({
  id: 'corehr.v1.security_group.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/security_groups',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})

/** Input of {@link querySecurityGroup}. */
export interface QuerySecurityGroupInput {
  query?: { department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id' }
  body: {
    item_list: { role_key: string; department_id: string; work_location_id?: string }[]
    updated_at_gte?: string
    updated_at_lte?: string
  }
}

/** `data` of a successful {@link querySecurityGroup} response. */
export interface QuerySecurityGroupOutput {
  hrbp_list?: { employment_id_list: string[]; department_id?: string; work_location_id?: string }[]
}

/**
 * `corehr.v1.security_group.query`: POST /open-apis/corehr/v1/security_groups/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=security_group&version=v1
 */
export const querySecurityGroup = /*#__PURE__*/ endpoint<QuerySecurityGroupInput, QuerySecurityGroupOutput>({
  id: 'corehr.v1.security_group.query',
  method: 'POST',
  path: '/open-apis/corehr/v1/security_groups/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        item_list: array(looseObject({
          role_key: string(),
          department_id: string(),
          work_location_id: optional(string()),
        })),
        updated_at_gte: optional(string()),
        updated_at_lte: optional(string()),
      }),
    }),
})
