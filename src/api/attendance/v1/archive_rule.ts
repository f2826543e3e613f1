// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { ArchiveRuleName } from './types.ts'

/** Input of {@link delArchiveRuleReport}. */
export interface DelArchiveRuleReportInput {
  query: { employee_type: string }
  body: { month: string; operator_id: string; archive_rule_id: string; user_ids?: string[] }
}

/** `data` of a successful {@link delArchiveRuleReport} response. */
export type DelArchiveRuleReportOutput = { [key: string]: unknown }

/**
 * `attendance.v1.archive_rule.del_report`: POST /open-apis/attendance/v1/archive_rule/del_report (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=del_report&project=attendance&resource=archive_rule&version=v1
 */
export const delArchiveRuleReport = /*#__PURE__*/ endpoint<DelArchiveRuleReportInput, DelArchiveRuleReportOutput>({
  id: 'attendance.v1.archive_rule.del_report',
  method: 'POST',
  path: '/open-apis/attendance/v1/archive_rule/del_report',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: string() }),
      body: looseObject({
        month: string(),
        operator_id: string(),
        archive_rule_id: string(),
        user_ids: optional(array(string())),
      }),
    }),
})

/** Input of {@link listArchiveRule}. */
export interface ListArchiveRuleInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listArchiveRule} response. */
export interface ListArchiveRuleOutput {
  items?: {
    report_id?: string
    report_name?: ArchiveRuleName
    archive_rule_id?: string
    archive_rule_name?: ArchiveRuleName
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `attendance.v1.archive_rule.list`: GET /open-apis/attendance/v1/archive_rule (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=attendance&resource=archive_rule&version=v1
 */
export const listArchiveRule = /*#__PURE__*/ endpoint<ListArchiveRuleInput, ListArchiveRuleOutput, true>({
  id: 'attendance.v1.archive_rule.list',
  method: 'GET',
  path: '/open-apis/attendance/v1/archive_rule',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})

/** Input of {@link uploadArchiveRuleReport}. */
export interface UploadArchiveRuleReportInput {
  query: { employee_type: string }
  body: {
    month: string
    operator_id: string
    archive_report_datas?: {
      member_id: string
      start_time: string
      end_time: string
      field_datas?: { code: string; value?: string }[]
    }[]
    archive_rule_id: string
  }
}

/** `data` of a successful {@link uploadArchiveRuleReport} response. */
export interface UploadArchiveRuleReportOutput {
  invalid_code?: string[]
  invalid_member_id?: string[]
}

/**
 * `attendance.v1.archive_rule.upload_report`: POST /open-apis/attendance/v1/archive_rule/upload_report (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_report&project=attendance&resource=archive_rule&version=v1
 */
export const uploadArchiveRuleReport = /*#__PURE__*/ endpoint<UploadArchiveRuleReportInput, UploadArchiveRuleReportOutput>({
  id: 'attendance.v1.archive_rule.upload_report',
  method: 'POST',
  path: '/open-apis/attendance/v1/archive_rule/upload_report',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: string() }),
      body: looseObject({
        month: string(),
        operator_id: string(),
        archive_report_datas: optional(array(looseObject({
          member_id: string(),
          start_time: string(),
          end_time: string(),
          field_datas: optional(array(looseObject({ code: string(), value: optional(string()) }))),
        }))),
        archive_rule_id: string(),
      }),
    }),
})

/** Input of {@link userArchiveRuleStatsFieldsQuery}. */
export interface UserArchiveRuleStatsFieldsQueryInput {
  query: { employee_type: string }
  body: { locale?: string; month: string; archive_rule_id: string; operator_id: string }
}

/** `data` of a successful {@link userArchiveRuleStatsFieldsQuery} response. */
export interface UserArchiveRuleStatsFieldsQueryOutput {
  archive_report_fields?: { code?: string; title?: string; upper_titles?: string[] }[]
}

/**
 * `attendance.v1.archive_rule.user_stats_fields_query`: POST /open-apis/attendance/v1/archive_rule/user_stats_fields_query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=user_stats_fields_query&project=attendance&resource=archive_rule&version=v1
 */
export const userArchiveRuleStatsFieldsQuery = /*#__PURE__*/ endpoint<UserArchiveRuleStatsFieldsQueryInput, UserArchiveRuleStatsFieldsQueryOutput>({
  id: 'attendance.v1.archive_rule.user_stats_fields_query',
  method: 'POST',
  path: '/open-apis/attendance/v1/archive_rule/user_stats_fields_query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: string() }),
      body: looseObject({
        locale: optional(string()),
        month: string(),
        archive_rule_id: string(),
        operator_id: string(),
      }),
    }),
})
