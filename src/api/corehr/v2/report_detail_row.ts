// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'
import { ItemSchema } from './models.ts'
import type { Item } from './types.ts'

/** Input of {@link batchDeleteReportDetailRow}. */
export interface BatchDeleteReportDetailRowInput {
  body: { workforce_plan_id: string; centralized_reporting_project_id: string; items: Item[] }
}

/** `data` of a successful {@link batchDeleteReportDetailRow} response. */
export type BatchDeleteReportDetailRowOutput = { [key: string]: unknown }

/**
 * `corehr.v2.report_detail_row.batchDelete`: POST /open-apis/corehr/v2/report_detail_row/batchDelete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batchDelete&project=corehr&resource=report_detail_row&version=v2
 */
export const batchDeleteReportDetailRow = /*#__PURE__*/ endpoint<BatchDeleteReportDetailRowInput, BatchDeleteReportDetailRowOutput>({
  id: 'corehr.v2.report_detail_row.batchDelete',
  method: 'POST',
  path: '/open-apis/corehr/v2/report_detail_row/batchDelete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        workforce_plan_id: string(),
        centralized_reporting_project_id: string(),
        items: array(ItemSchema()),
      }),
    }),
})

/** Input of {@link batchSaveReportDetailRow}. */
export interface BatchSaveReportDetailRowInput {
  body: { workforce_plan_id: string; centralized_reporting_project_id: string; items: Item[] }
}

/** `data` of a successful {@link batchSaveReportDetailRow} response. */
export type BatchSaveReportDetailRowOutput = { [key: string]: unknown }

/**
 * `corehr.v2.report_detail_row.batchSave`: POST /open-apis/corehr/v2/report_detail_row/batchSave (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batchSave&project=corehr&resource=report_detail_row&version=v2
 */
export const batchSaveReportDetailRow = /*#__PURE__*/ endpoint<BatchSaveReportDetailRowInput, BatchSaveReportDetailRowOutput>({
  id: 'corehr.v2.report_detail_row.batchSave',
  method: 'POST',
  path: '/open-apis/corehr/v2/report_detail_row/batchSave',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        workforce_plan_id: string(),
        centralized_reporting_project_id: string(),
        items: array(ItemSchema()),
      }),
    }),
})
