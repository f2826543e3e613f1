// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link getAppEnumEnumDetail}. */
export interface GetAppEnumEnumDetailInput {
  path: { app_id: string; enum_name: string }
  query?: { env?: string }
}

/** `data` of a successful {@link getAppEnumEnumDetail} response. */
export interface GetAppEnumEnumDetailOutput {
  name: string
  description: string
  options: string[]
  created_at: string
}

/**
 * `spark.v1.app.enum.get_enum_detail`: GET /open-apis/spark/v1/apps/:app_id/enums/:enum_name (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_enum_detail&project=spark&resource=app.enum&version=v1
 */
export const getAppEnumEnumDetail = /*#__PURE__*/ endpoint<GetAppEnumEnumDetailInput, GetAppEnumEnumDetailOutput>({
  id: 'spark.v1.app.enum.get_enum_detail',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/enums/:enum_name',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), enum_name: string() }),
      query: optional(looseObject({ env: optional(string()) })),
    }),
})

/** Input of {@link getAppEnumEnumList}. */
export interface GetAppEnumEnumListInput {
  path: { app_id: string }
  query?: { page_size?: number; page_token?: string; env?: string }
}

/** `data` of a successful {@link getAppEnumEnumList} response. */
export interface GetAppEnumEnumListOutput {
  has_more: boolean
  page_token: string
  items: { name: string; description: string; options: string[]; created_at: number }[]
}

/**
 * `spark.v1.app.enum.get_enum_list`: GET /open-apis/spark/v1/apps/:app_id/enums (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_enum_list&project=spark&resource=app.enum&version=v1
 */
export const getAppEnumEnumList = /*#__PURE__*/ endpoint<GetAppEnumEnumListInput, GetAppEnumEnumListOutput, true>({
  id: 'spark.v1.app.enum.get_enum_list',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/enums',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        env: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
