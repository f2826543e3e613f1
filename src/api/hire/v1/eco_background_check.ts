// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { ReportFileSchema } from './models.ts'
import type { ReportFile } from './types.ts'

/** Input of {@link cancelEcoBackgroundCheck}. */
export interface CancelEcoBackgroundCheckInput {
  body: { background_check_id: string }
}

/** `data` of a successful {@link cancelEcoBackgroundCheck} response. */
export type CancelEcoBackgroundCheckOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check.cancel`: POST /open-apis/hire/v1/eco_background_checks/cancel (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel&project=hire&resource=eco_background_check&version=v1
 */
export const cancelEcoBackgroundCheck = /*#__PURE__*/ endpoint<CancelEcoBackgroundCheckInput, CancelEcoBackgroundCheckOutput>({
  id: 'hire.v1.eco_background_check.cancel',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_background_checks/cancel',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ background_check_id: string() }) }),
})

/** Input of {@link updateEcoBackgroundCheckProgress}. */
export interface UpdateEcoBackgroundCheckProgressInput {
  body: {
    background_check_id: string
    stage_id: string
    stage_en_name?: string
    stage_name: string
    stage_time: string
    result?: string
    operator_role?: number
    report_file_list?: ReportFile[]
  }
}

/** `data` of a successful {@link updateEcoBackgroundCheckProgress} response. */
export type UpdateEcoBackgroundCheckProgressOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check.update_progress`: POST /open-apis/hire/v1/eco_background_checks/update_progress (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_progress&project=hire&resource=eco_background_check&version=v1
 */
export const updateEcoBackgroundCheckProgress = /*#__PURE__*/ endpoint<UpdateEcoBackgroundCheckProgressInput, UpdateEcoBackgroundCheckProgressOutput>({
  id: 'hire.v1.eco_background_check.update_progress',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_background_checks/update_progress',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        background_check_id: string(),
        stage_id: string(),
        stage_en_name: optional(string()),
        stage_name: string(),
        stage_time: string(),
        result: optional(string()),
        operator_role: optional(number()),
        report_file_list: optional(array(ReportFileSchema())),
      }),
    }),
})

/** Input of {@link updateEcoBackgroundCheckResult}. */
export interface UpdateEcoBackgroundCheckResultInput {
  body: {
    background_check_id: string
    result: string
    result_time: string
    operator_role?: number
    report_file_list?: ReportFile[]
  }
}

/** `data` of a successful {@link updateEcoBackgroundCheckResult} response. */
export type UpdateEcoBackgroundCheckResultOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_background_check.update_result`: POST /open-apis/hire/v1/eco_background_checks/update_result (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_result&project=hire&resource=eco_background_check&version=v1
 */
export const updateEcoBackgroundCheckResult = /*#__PURE__*/ endpoint<UpdateEcoBackgroundCheckResultInput, UpdateEcoBackgroundCheckResultOutput>({
  id: 'hire.v1.eco_background_check.update_result',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_background_checks/update_result',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        background_check_id: string(),
        result: string(),
        result_time: string(),
        operator_role: optional(number()),
        report_file_list: optional(array(ReportFileSchema())),
      }),
    }),
})
