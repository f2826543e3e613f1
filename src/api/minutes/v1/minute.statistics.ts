// Generated from catalog/minutes.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getMinuteStatistics}. */
export interface GetMinuteStatisticsInput {
  path: { minute_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getMinuteStatistics} response. */
export interface GetMinuteStatisticsOutput {
  statistics?: {
    user_view_count?: string
    page_view_count?: string
    user_view_list?: { user_id?: string; view_time?: string }[]
  }
}

/**
 * `minutes.v1.minute.statistics.get`: GET /open-apis/minutes/v1/minutes/:minute_token/statistics (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=minutes&resource=minute.statistics&version=v1
 */
export const getMinuteStatistics = /*#__PURE__*/ endpoint<GetMinuteStatisticsInput, GetMinuteStatisticsOutput>({
  id: 'minutes.v1.minute.statistics.get',
  method: 'GET',
  path: '/open-apis/minutes/v1/minutes/:minute_token/statistics',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ minute_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})
