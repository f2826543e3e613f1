// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, picklist } from '../../../core/valibot.ts'

/** Input of {@link queryUserStatsField}. */
export interface QueryUserStatsFieldInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { locale: 'en' | 'ja' | 'zh'; stats_type: 'daily' | 'month'; start_date: number; end_date: number }
}

/** `data` of a successful {@link queryUserStatsField} response. */
export interface QueryUserStatsFieldOutput {
  user_stats_field?: {
    stats_type: 'daily' | 'month'
    user_id: string
    fields: { code: string; title: string; child_fields?: { code: string; title: string; time_unit?: string }[] }[]
  }
}

/**
 * `attendance.v1.user_stats_field.query`: POST /open-apis/attendance/v1/user_stats_fields/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_stats_field&version=v1
 */
export const queryUserStatsField = /*#__PURE__*/ endpoint<QueryUserStatsFieldInput, QueryUserStatsFieldOutput>({
  id: 'attendance.v1.user_stats_field.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_stats_fields/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({
        locale: picklist(['en', 'ja', 'zh']),
        stats_type: picklist(['daily', 'month']),
        start_date: number(),
        end_date: number(),
      }),
    }),
})
