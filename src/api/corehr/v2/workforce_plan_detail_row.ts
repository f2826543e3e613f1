// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'
import { ItemSchema } from './models.ts'
import type { Item } from './types.ts'

/** Input of {@link batchDeleteWorkforcePlanDetailRow}. */
export interface BatchDeleteWorkforcePlanDetailRowInput {
  body: { workforce_plan_id: string; items: Item[] }
}

/** `data` of a successful {@link batchDeleteWorkforcePlanDetailRow} response. */
export type BatchDeleteWorkforcePlanDetailRowOutput = { [key: string]: unknown }

/**
 * `corehr.v2.workforce_plan_detail_row.batchDelete`: POST /open-apis/corehr/v2/workforce_plan_detail_row/batchDelete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batchDelete&project=corehr&resource=workforce_plan_detail_row&version=v2
 */
export const batchDeleteWorkforcePlanDetailRow = /*#__PURE__*/ endpoint<BatchDeleteWorkforcePlanDetailRowInput, BatchDeleteWorkforcePlanDetailRowOutput>({
  id: 'corehr.v2.workforce_plan_detail_row.batchDelete',
  method: 'POST',
  path: '/open-apis/corehr/v2/workforce_plan_detail_row/batchDelete',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ workforce_plan_id: string(), items: array(ItemSchema()) }) }),
})

/** Input of {@link batchSaveWorkforcePlanDetailRow}. */
export interface BatchSaveWorkforcePlanDetailRowInput {
  body: { workforce_plan_id: string; items: Item[] }
}

/** `data` of a successful {@link batchSaveWorkforcePlanDetailRow} response. */
export type BatchSaveWorkforcePlanDetailRowOutput = { [key: string]: unknown }

/**
 * `corehr.v2.workforce_plan_detail_row.batchSave`: POST /open-apis/corehr/v2/workforce_plan_detail_row/batchSave (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batchSave&project=corehr&resource=workforce_plan_detail_row&version=v2
 */
export const batchSaveWorkforcePlanDetailRow = /*#__PURE__*/ endpoint<BatchSaveWorkforcePlanDetailRowInput, BatchSaveWorkforcePlanDetailRowOutput>({
  id: 'corehr.v2.workforce_plan_detail_row.batchSave',
  method: 'POST',
  path: '/open-apis/corehr/v2/workforce_plan_detail_row/batchSave',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ workforce_plan_id: string(), items: array(ItemSchema()) }) }),
})
