// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createExam}. */
export interface CreateExamInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: { application_id: string; exam_resource_name: string; score: number; uuid?: string; operator_id: string }
}

/** `data` of a successful {@link createExam} response. */
export interface CreateExamOutput {
  exam_id?: string
  application_id?: string
  exam_resource_name?: string
  score?: number
  uuid?: string
  operator_id?: string
  operate_time?: string
}

/**
 * `hire.v1.exam.create`: POST /open-apis/hire/v1/exams (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=exam&version=v1
 */
export const createExam = /*#__PURE__*/ endpoint<CreateExamInput, CreateExamOutput>({
  id: 'hire.v1.exam.create',
  method: 'POST',
  path: '/open-apis/hire/v1/exams',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        application_id: string(),
        exam_resource_name: string(),
        score: number(),
        uuid: optional(string()),
        operator_id: string(),
      }),
    }),
})
