// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { NameSchema } from './models.ts'
import type { Name } from './types.ts'

/** Input of {@link createJobGrade}. */
export interface CreateJobGradeInput {
  query?: { client_token?: string }
  body: { grade_order: number; code?: string; names: Name[]; descriptions?: Name[] }
}

/** `data` of a successful {@link createJobGrade} response. */
export interface CreateJobGradeOutput {
  grade_id?: string
}

/**
 * `corehr.v2.job_grade.create`: POST /open-apis/corehr/v2/job_grades (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=job_grade&version=v2
 */
export const createJobGrade = /*#__PURE__*/ endpoint<CreateJobGradeInput, CreateJobGradeOutput>({
  id: 'corehr.v2.job_grade.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_grades',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        grade_order: number(),
        code: optional(string()),
        names: array(NameSchema()),
        descriptions: optional(array(NameSchema())),
      }),
    }),
})

/** Input of {@link deleteJobGrade}. */
export interface DeleteJobGradeInput {
  path: { job_grade_id: string }
}

/** `data` of a successful {@link deleteJobGrade} response. */
export type DeleteJobGradeOutput = { [key: string]: unknown }

/**
 * `corehr.v2.job_grade.delete`: DELETE /open-apis/corehr/v2/job_grades/:job_grade_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=job_grade&version=v2
 */
export const deleteJobGrade = /*#__PURE__*/ endpoint<DeleteJobGradeInput, DeleteJobGradeOutput>({
  id: 'corehr.v2.job_grade.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/job_grades/:job_grade_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_grade_id: string() }) }),
})

/** Input of {@link patchJobGrade}. */
export interface PatchJobGradeInput {
  path: { job_grade_id: string }
  query?: { client_token?: string }
  body?: { grade_order?: number; code?: string; names?: Name[]; descriptions?: Name[]; active?: boolean }
}

/** `data` of a successful {@link patchJobGrade} response. */
export type PatchJobGradeOutput = { [key: string]: unknown }

/**
 * `corehr.v2.job_grade.patch`: PATCH /open-apis/corehr/v2/job_grades/:job_grade_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=job_grade&version=v2
 */
export const patchJobGrade = /*#__PURE__*/ endpoint<PatchJobGradeInput, PatchJobGradeOutput>({
  id: 'corehr.v2.job_grade.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/job_grades/:job_grade_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_grade_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        grade_order: optional(number()),
        code: optional(string()),
        names: optional(array(NameSchema())),
        descriptions: optional(array(NameSchema())),
        active: optional(boolean()),
      })),
    }),
})

/** Input of {@link queryJobGrade}. */
export interface QueryJobGradeInput {
  query: { page_size: number; page_token?: string }
  body?: { ids?: string[]; codes?: string[]; active?: boolean }
}

/** `data` of a successful {@link queryJobGrade} response. */
export interface QueryJobGradeOutput {
  items?: {
    job_grade_id?: string
    grade_order?: number
    code?: string
    names?: Name[]
    descriptions?: Name[]
    active?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.job_grade.query`: POST /open-apis/corehr/v2/job_grades/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=job_grade&version=v2
 */
export const queryJobGrade = /*#__PURE__*/ endpoint<QueryJobGradeInput, QueryJobGradeOutput, true>({
  id: 'corehr.v2.job_grade.query',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_grades/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        ids: optional(array(string())),
        codes: optional(array(string())),
        active: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link queryJobGradeRecentChange}. */
export interface QueryJobGradeRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryJobGradeRecentChange} response. */
export interface QueryJobGradeRecentChangeOutput {
  job_grade_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_job_grade_ids?: string[]
}

/**
 * `corehr.v2.job_grade.query_recent_change`: GET /open-apis/corehr/v2/job_grades/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=job_grade&version=v2
 */
export const queryJobGradeRecentChange = /*#__PURE__*/ endpoint<QueryJobGradeRecentChangeInput, QueryJobGradeRecentChangeOutput, true>({
  id: 'corehr.v2.job_grade.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/job_grades/query_recent_change',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        start_date: string(),
        end_date: string(),
      }),
    }),
  page: { items: null },
})
