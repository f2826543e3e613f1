// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link queryUserStatsData}. */
export interface QueryUserStatsDataInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: {
    locale: 'en' | 'ja' | 'zh'
    stats_type: 'daily' | 'month'
    start_date: number
    end_date: number
    user_ids?: string[]
    need_history?: boolean
    current_group_only?: boolean
    user_id?: string
  }
}

/** `data` of a successful {@link queryUserStatsData} response. */
export interface QueryUserStatsDataOutput {
  user_datas?: {
    name: string
    user_id: string
    datas?: {
      code: string
      value: string
      features?: { key: string; value: string }[]
      title?: string
      duration_num?: { day?: string; half_day?: string; hour?: string; half_hour?: string; minute?: string }
    }[]
  }[]
  invalid_user_list?: string[]
}

/**
 * `attendance.v1.user_stats_data.query`: POST /open-apis/attendance/v1/user_stats_datas/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_stats_data&version=v1
 */
export const queryUserStatsData = /*#__PURE__*/ endpoint<QueryUserStatsDataInput, QueryUserStatsDataOutput>({
  id: 'attendance.v1.user_stats_data.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_stats_datas/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({
        locale: picklist(['en', 'ja', 'zh']),
        stats_type: picklist(['daily', 'month']),
        start_date: number(),
        end_date: number(),
        user_ids: optional(array(string())),
        need_history: optional(boolean()),
        current_group_only: optional(boolean()),
        user_id: optional(string()),
      }),
    }),
})
