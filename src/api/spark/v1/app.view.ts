// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link getAppViewViewRecordList}. */
export interface GetAppViewViewRecordListInput {
  path: { app_id: string; view_name: string }
  query?: {
    page_size?: number
    page_token?: string
    select?: string
    filter?: string
    order?: string
    env?: string
    user_identifier_type?: string
  }
}

/** `data` of a successful {@link getAppViewViewRecordList} response. */
export interface GetAppViewViewRecordListOutput {
  has_more: boolean
  page_token: string
  total: number
  items: string
}

/**
 * `spark.v1.app.view.get_view_record_list`: GET /open-apis/spark/v1/apps/:app_id/views/:view_name/records (tenant or user token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_view_record_list&project=spark&resource=app.view&version=v1
 */
export const getAppViewViewRecordList = /*#__PURE__*/ endpoint<GetAppViewViewRecordListInput, GetAppViewViewRecordListOutput, true>({
  id: 'spark.v1.app.view.get_view_record_list',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/views/:view_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), view_name: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        select: optional(string()),
        filter: optional(string()),
        order: optional(string()),
        env: optional(string()),
        user_identifier_type: optional(string()),
      })),
    }),
  page: { items: null },
})
