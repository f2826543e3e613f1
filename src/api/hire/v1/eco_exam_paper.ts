// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'
import { PaperSchema } from './models.ts'
import type { Paper } from './types.ts'

/** Input of {@link batchDeleteEcoExamPaper}. */
export interface BatchDeleteEcoExamPaperInput {
  body: { account_id: string; paper_id_list: string[] }
}

/** `data` of a successful {@link batchDeleteEcoExamPaper} response. */
export type BatchDeleteEcoExamPaperOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_exam_paper.batch_delete`: POST /open-apis/hire/v1/eco_exam_papers/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=hire&resource=eco_exam_paper&version=v1
 */
export const batchDeleteEcoExamPaper = /*#__PURE__*/ endpoint<BatchDeleteEcoExamPaperInput, BatchDeleteEcoExamPaperOutput>({
  id: 'hire.v1.eco_exam_paper.batch_delete',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_exam_papers/batch_delete',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ account_id: string(), paper_id_list: array(string()) }) }),
})

/** Input of {@link batchUpdateEcoExamPaper}. */
export interface BatchUpdateEcoExamPaperInput {
  body: { account_id: string; paper_list: Paper[] }
}

/** `data` of a successful {@link batchUpdateEcoExamPaper} response. */
export type BatchUpdateEcoExamPaperOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_exam_paper.batch_update`: PATCH /open-apis/hire/v1/eco_exam_papers/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=hire&resource=eco_exam_paper&version=v1
 */
export const batchUpdateEcoExamPaper = /*#__PURE__*/ endpoint<BatchUpdateEcoExamPaperInput, BatchUpdateEcoExamPaperOutput>({
  id: 'hire.v1.eco_exam_paper.batch_update',
  method: 'PATCH',
  path: '/open-apis/hire/v1/eco_exam_papers/batch_update',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ account_id: string(), paper_list: array(PaperSchema()) }) }),
})

/** Input of {@link createEcoExamPaper}. */
export interface CreateEcoExamPaperInput {
  body: { account_id: string; paper_list: Paper[] }
}

/** `data` of a successful {@link createEcoExamPaper} response. */
export type CreateEcoExamPaperOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_exam_paper.create`: POST /open-apis/hire/v1/eco_exam_papers (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=eco_exam_paper&version=v1
 */
export const createEcoExamPaper = /*#__PURE__*/ endpoint<CreateEcoExamPaperInput, CreateEcoExamPaperOutput>({
  id: 'hire.v1.eco_exam_paper.create',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_exam_papers',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ account_id: string(), paper_list: array(PaperSchema()) }) }),
})
