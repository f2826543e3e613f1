// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { GetByTalentItem, Interview } from './types.ts'

/** Input of {@link getInterviewByTalent}. */
export interface GetInterviewByTalentInput {
  query: {
    talent_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
  }
}

/** `data` of a successful {@link getInterviewByTalent} response. */
export interface GetInterviewByTalentOutput {
  items?: GetByTalentItem[]
}

/**
 * `hire.v1.interview.get_by_talent`: GET /open-apis/hire/v1/interviews/get_by_talent (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_by_talent&project=hire&resource=interview&version=v1
 */
export const getInterviewByTalent = /*#__PURE__*/ endpoint<GetInterviewByTalentInput, GetInterviewByTalentOutput>({
  id: 'hire.v1.interview.get_by_talent',
  method: 'GET',
  path: '/open-apis/hire/v1/interviews/get_by_talent',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        talent_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
      }),
    }),
})

/** Input of {@link listInterview}. */
export interface ListInterviewInput {
  query?: {
    page_size?: number
    page_token?: string
    application_id?: string
    interview_id?: string
    start_time?: string
    end_time?: string
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listInterview} response. */
export interface ListInterviewOutput {
  items?: Interview[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.interview.list`: GET /open-apis/hire/v1/interviews (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=interview&version=v1
 */
export const listInterview = /*#__PURE__*/ endpoint<ListInterviewInput, ListInterviewOutput, true>({
  id: 'hire.v1.interview.list',
  method: 'GET',
  path: '/open-apis/hire/v1/interviews',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        application_id: optional(string()),
        interview_id: optional(string()),
        start_time: optional(string()),
        end_time: optional(string()),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
