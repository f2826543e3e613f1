// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link listDistrict}. */
export interface ListDistrictInput {
  query?: {
    page_size?: number
    page_token?: string
    root_district_id?: string
    list_type?: 'sub_level' | 'leaf_level'
    locale?: 'zh-CN' | 'en-US'
  }
}

/** `data` of a successful {@link listDistrict} response. */
export interface ListDistrictOutput {
  version?: string
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `approval.v4.district.list`: GET /open-apis/approval/v4/districts (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=approval&resource=district&version=v4
 */
export const listDistrict = /*#__PURE__*/ endpoint<ListDistrictInput, ListDistrictOutput, true>({
  id: 'approval.v4.district.list',
  method: 'GET',
  path: '/open-apis/approval/v4/districts',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        root_district_id: optional(string()),
        list_type: optional(picklist(['sub_level', 'leaf_level'])),
        locale: optional(picklist(['zh-CN', 'en-US'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link searchDistrict}. */
export interface SearchDistrictInput {
  query?: { locale?: 'zh-CN' | 'en-US'; page_size?: number; page_token?: string }
  body?: { district_ids?: string[]; keyword?: string }
}

/** `data` of a successful {@link searchDistrict} response. */
export interface SearchDistrictOutput {
  version?: string
  items?: Item[]
  has_more?: boolean
  page_token?: string
}

/**
 * `approval.v4.district.search`: POST /open-apis/approval/v4/districts/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=approval&resource=district&version=v4
 */
export const searchDistrict = /*#__PURE__*/ endpoint<SearchDistrictInput, SearchDistrictOutput, true>({
  id: 'approval.v4.district.search',
  method: 'POST',
  path: '/open-apis/approval/v4/districts/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        locale: optional(picklist(['zh-CN', 'en-US'])),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
      body: optional(looseObject({ district_ids: optional(array(string())), keyword: optional(string()) })),
    }),
  page: { items: 'items' },
})
