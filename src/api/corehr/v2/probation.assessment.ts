// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createProbationAssessment}. */
export interface CreateProbationAssessmentInput {
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    employment_id: string
    assessments: {
      assessment_status: 'not_started' | 'in_process' | 'completed' | 'no_need'
      assessment_result?: 'approved' | 'rejected'
      assessment_score?: number
      assessment_grade?: string
      assessment_comment?: string
      assessment_detail?: string
      is_final_asssessment: boolean
    }[]
  }
}

/** `data` of a successful {@link createProbationAssessment} response. */
export interface CreateProbationAssessmentOutput {
  assessment_ids?: string[]
}

/**
 * `corehr.v2.probation.assessment.create`: POST /open-apis/corehr/v2/probation/assessments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=probation.assessment&version=v2
 */
export const createProbationAssessment = /*#__PURE__*/ endpoint<CreateProbationAssessmentInput, CreateProbationAssessmentOutput>({
  id: 'corehr.v2.probation.assessment.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/probation/assessments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        employment_id: string(),
        assessments: array(looseObject({
          assessment_status: picklist(['not_started', 'in_process', 'completed', 'no_need']),
          assessment_result: optional(picklist(['approved', 'rejected'])),
          assessment_score: optional(number()),
          assessment_grade: optional(string()),
          assessment_comment: optional(string()),
          assessment_detail: optional(string()),
          is_final_asssessment: boolean(),
        })),
      }),
    }),
})

/** Input of {@link deleteProbationAssessment}. */
export interface DeleteProbationAssessmentInput {
  path: { assessment_id: string }
}

/** `data` of a successful {@link deleteProbationAssessment} response. */
export type DeleteProbationAssessmentOutput = { [key: string]: unknown }

/**
 * `corehr.v2.probation.assessment.delete`: DELETE /open-apis/corehr/v2/probation/assessments/:assessment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=probation.assessment&version=v2
 */
export const deleteProbationAssessment = /*#__PURE__*/ endpoint<DeleteProbationAssessmentInput, DeleteProbationAssessmentOutput>({
  id: 'corehr.v2.probation.assessment.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/probation/assessments/:assessment_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ assessment_id: string() }) }),
})

/** Input of {@link patchProbationAssessment}. */
export interface PatchProbationAssessmentInput {
  path: { assessment_id: string }
  query?: { client_token?: string }
  body: {
    assessment_status: 'not_started' | 'in_process' | 'completed' | 'no_need'
    assessment_result?: 'approved' | 'rejected'
    assessment_score?: number
    assessment_grade?: string
    assessment_comment?: string
    assessment_detail?: string
    is_final_asssessment: boolean
  }
}

/** `data` of a successful {@link patchProbationAssessment} response. */
export type PatchProbationAssessmentOutput = { [key: string]: unknown }

/**
 * `corehr.v2.probation.assessment.patch`: PATCH /open-apis/corehr/v2/probation/assessments/:assessment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=probation.assessment&version=v2
 */
export const patchProbationAssessment = /*#__PURE__*/ endpoint<PatchProbationAssessmentInput, PatchProbationAssessmentOutput>({
  id: 'corehr.v2.probation.assessment.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/probation/assessments/:assessment_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ assessment_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        assessment_status: picklist(['not_started', 'in_process', 'completed', 'no_need']),
        assessment_result: optional(picklist(['approved', 'rejected'])),
        assessment_score: optional(number()),
        assessment_grade: optional(string()),
        assessment_comment: optional(string()),
        assessment_detail: optional(string()),
        is_final_asssessment: boolean(),
      }),
    }),
})
