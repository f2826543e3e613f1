// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { View } from './types.ts'

/** Input of {@link queryUserStatsView}. */
export interface QueryUserStatsViewInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { locale: 'en' | 'ja' | 'zh'; stats_type: 'daily' | 'month'; user_id?: string }
}

/** `data` of a successful {@link queryUserStatsView} response. */
export interface QueryUserStatsViewOutput {
  view?: View
}

/**
 * `attendance.v1.user_stats_view.query`: POST /open-apis/attendance/v1/user_stats_views/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_stats_view&version=v1
 */
export const queryUserStatsView = /*#__PURE__*/ endpoint<QueryUserStatsViewInput, QueryUserStatsViewOutput>({
  id: 'attendance.v1.user_stats_view.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_stats_views/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({
        locale: picklist(['en', 'ja', 'zh']),
        stats_type: picklist(['daily', 'month']),
        user_id: optional(string()),
      }),
    }),
})

/** Input of {@link updateUserStatsView}. */
export interface UpdateUserStatsViewInput {
  path: { user_stats_view_id: string }
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: {
    view: {
      view_id: string
      stats_type: 'daily' | 'month'
      user_id: string
      items?: { code: string; child_items?: { code: string; value: string }[] }[]
    }
  }
}

/** `data` of a successful {@link updateUserStatsView} response. */
export interface UpdateUserStatsViewOutput {
  view?: View
}

/**
 * `attendance.v1.user_stats_view.update`: PUT /open-apis/attendance/v1/user_stats_views/:user_stats_view_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=attendance&resource=user_stats_view&version=v1
 */
export const updateUserStatsView = /*#__PURE__*/ endpoint<UpdateUserStatsViewInput, UpdateUserStatsViewOutput>({
  id: 'attendance.v1.user_stats_view.update',
  method: 'PUT',
  path: '/open-apis/attendance/v1/user_stats_views/:user_stats_view_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_stats_view_id: string() }),
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({
        view: looseObject({
          view_id: string(),
          stats_type: picklist(['daily', 'month']),
          user_id: string(),
          items: optional(array(looseObject({
            code: string(),
            child_items: optional(array(looseObject({ code: string(), value: string() }))),
          }))),
        }),
      }),
    }),
})
