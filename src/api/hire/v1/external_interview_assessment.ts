// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { AssessmentDimensionSchema } from './models.ts'
import type { AssessmentDimension, ExternalInterviewAssessment } from './types.ts'

/** Input of {@link createExternalInterviewAssessment}. */
export interface CreateExternalInterviewAssessmentInput {
  body: {
    external_id?: string
    username?: string
    conclusion?: number
    assessment_dimension_list?: AssessmentDimension[]
    content?: string
    external_interview_id: string
  }
}

/** `data` of a successful {@link createExternalInterviewAssessment} response. */
export interface CreateExternalInterviewAssessmentOutput {
  external_interview_assessment?: ExternalInterviewAssessment
}

/**
 * `hire.v1.external_interview_assessment.create`: POST /open-apis/hire/v1/external_interview_assessments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=external_interview_assessment&version=v1
 */
export const createExternalInterviewAssessment = /*#__PURE__*/ endpoint<CreateExternalInterviewAssessmentInput, CreateExternalInterviewAssessmentOutput>({
  id: 'hire.v1.external_interview_assessment.create',
  method: 'POST',
  path: '/open-apis/hire/v1/external_interview_assessments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        external_id: optional(string()),
        username: optional(string()),
        conclusion: optional(number()),
        assessment_dimension_list: optional(array(AssessmentDimensionSchema())),
        content: optional(string()),
        external_interview_id: string(),
      }),
    }),
})

/** Input of {@link patchExternalInterviewAssessment}. */
export interface PatchExternalInterviewAssessmentInput {
  path: { external_interview_assessment_id: string }
  body?: { username?: string; conclusion?: number; assessment_dimension_list?: AssessmentDimension[]; content?: string }
}

/** `data` of a successful {@link patchExternalInterviewAssessment} response. */
export interface PatchExternalInterviewAssessmentOutput {
  external_interview_assessment?: {
    id?: string
    username?: string
    conclusion?: number
    assessment_dimension_list?: AssessmentDimension[]
    content?: string
    external_interview_id?: string
  }
}

/**
 * `hire.v1.external_interview_assessment.patch`: PATCH /open-apis/hire/v1/external_interview_assessments/:external_interview_assessment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=hire&resource=external_interview_assessment&version=v1
 */
export const patchExternalInterviewAssessment = /*#__PURE__*/ endpoint<PatchExternalInterviewAssessmentInput, PatchExternalInterviewAssessmentOutput>({
  id: 'hire.v1.external_interview_assessment.patch',
  method: 'PATCH',
  path: '/open-apis/hire/v1/external_interview_assessments/:external_interview_assessment_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ external_interview_assessment_id: string() }),
      body: optional(looseObject({
        username: optional(string()),
        conclusion: optional(number()),
        assessment_dimension_list: optional(array(AssessmentDimensionSchema())),
        content: optional(string()),
      })),
    }),
})
