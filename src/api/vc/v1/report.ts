// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getReportDaily}. */
export interface GetReportDailyInput {
  query: { start_time: string; end_time: string; unit?: number }
}

/** `data` of a successful {@link getReportDaily} response. */
export interface GetReportDailyOutput {
  meeting_report?: {
    total_meeting_count?: string
    total_meeting_duration?: string
    total_participant_count?: string
    daily_report?: { date?: string; meeting_count?: string; meeting_duration?: string; participant_count?: string }[]
  }
}

/**
 * `vc.v1.report.get_daily`: GET /open-apis/vc/v1/reports/get_daily (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_daily&project=vc&resource=report&version=v1
 */
export const getReportDaily = /*#__PURE__*/ endpoint<GetReportDailyInput, GetReportDailyOutput>({
  id: 'vc.v1.report.get_daily',
  method: 'GET',
  path: '/open-apis/vc/v1/reports/get_daily',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: looseObject({ start_time: string(), end_time: string(), unit: optional(number()) }) }),
})

/** Input of {@link getReportTopUser}. */
export interface GetReportTopUserInput {
  query: {
    start_time: string
    end_time: string
    limit: number
    order_by: number
    unit?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link getReportTopUser} response. */
export interface GetReportTopUserOutput {
  top_user_report?: {
    id?: string
    name?: string
    user_type?: number
    meeting_count?: string
    meeting_duration?: string
  }[]
}

/**
 * `vc.v1.report.get_top_user`: GET /open-apis/vc/v1/reports/get_top_user (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_top_user&project=vc&resource=report&version=v1
 */
export const getReportTopUser = /*#__PURE__*/ endpoint<GetReportTopUserInput, GetReportTopUserOutput>({
  id: 'vc.v1.report.get_top_user',
  method: 'GET',
  path: '/open-apis/vc/v1/reports/get_top_user',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        start_time: string(),
        end_time: string(),
        limit: number(),
        order_by: number(),
        unit: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})
