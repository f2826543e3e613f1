// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { CustomFieldSchema, NameSchema } from './models.ts'
import type { CustomField, JobLevel, Name } from './types.ts'

/** Input of {@link createJobLevel}. */
export interface CreateJobLevelInput {
  query?: { client_token?: string }
  body: {
    level_order: number
    code?: string
    name: Name[]
    description?: Name[]
    active: boolean
    custom_fields?: CustomField[]
    job_grade?: string[]
    pathway_ids?: string[]
    view_order?: number
  }
}

/** `data` of a successful {@link createJobLevel} response. */
export interface CreateJobLevelOutput {
  job_level?: JobLevel
}

/**
 * `corehr.v1.job_level.create`: POST /open-apis/corehr/v1/job_levels (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=job_level&version=v1
 */
export const createJobLevel = /*#__PURE__*/ endpoint<CreateJobLevelInput, CreateJobLevelOutput>({
  id: 'corehr.v1.job_level.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/job_levels',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        level_order: number(),
        code: optional(string()),
        name: array(NameSchema()),
        description: optional(array(NameSchema())),
        active: boolean(),
        custom_fields: optional(array(CustomFieldSchema())),
        job_grade: optional(array(string())),
        pathway_ids: optional(array(string())),
        view_order: optional(number()),
      }),
    }),
})

/** Input of {@link deleteJobLevel}. */
export interface DeleteJobLevelInput {
  path: { job_level_id: string }
}

/** `data` of a successful {@link deleteJobLevel} response. */
export type DeleteJobLevelOutput = { [key: string]: unknown }

/**
 * `corehr.v1.job_level.delete`: DELETE /open-apis/corehr/v1/job_levels/:job_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=job_level&version=v1
 */
export const deleteJobLevel = /*#__PURE__*/ endpoint<DeleteJobLevelInput, DeleteJobLevelOutput>({
  id: 'corehr.v1.job_level.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/job_levels/:job_level_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_level_id: string() }) }),
})

/** Input of {@link getJobLevel}. */
export interface GetJobLevelInput {
  path: { job_level_id: string }
}

/** `data` of a successful {@link getJobLevel} response. */
export interface GetJobLevelOutput {
  job_level?: JobLevel
}

/**
 * `corehr.v1.job_level.get`: GET /open-apis/corehr/v1/job_levels/:job_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=job_level&version=v1
 */
export const getJobLevel = /*#__PURE__*/ endpoint<GetJobLevelInput, GetJobLevelOutput>({
  id: 'corehr.v1.job_level.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/job_levels/:job_level_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_level_id: string() }) }),
})

/** Input of {@link listJobLevel}. */
export interface ListJobLevelInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listJobLevel} response. */
export interface ListJobLevelOutput {
  items?: JobLevel[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.job_level.list`: GET /open-apis/corehr/v1/job_levels (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=job_level&version=v1
 */
export const listJobLevel = /*#__PURE__*/ endpoint<ListJobLevelInput, ListJobLevelOutput, true>({
  id: 'corehr.v1.job_level.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/job_levels',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})

/** Input of {@link patchJobLevel}. */
export interface PatchJobLevelInput {
  path: { job_level_id: string }
  query?: { client_token?: string }
  body?: {
    level_order?: number
    code?: string
    name?: Name[]
    description?: Name[]
    active?: boolean
    custom_fields?: CustomField[]
    job_grade?: string[]
    pathway_ids?: string[]
    view_order?: number
  }
}

/** `data` of a successful {@link patchJobLevel} response. */
export interface PatchJobLevelOutput {
  job_level?: JobLevel
}

/**
 * `corehr.v1.job_level.patch`: PATCH /open-apis/corehr/v1/job_levels/:job_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=job_level&version=v1
 */
export const patchJobLevel = /*#__PURE__*/ endpoint<PatchJobLevelInput, PatchJobLevelOutput>({
  id: 'corehr.v1.job_level.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/job_levels/:job_level_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_level_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        level_order: optional(number()),
        code: optional(string()),
        name: optional(array(NameSchema())),
        description: optional(array(NameSchema())),
        active: optional(boolean()),
        custom_fields: optional(array(CustomFieldSchema())),
        job_grade: optional(array(string())),
        pathway_ids: optional(array(string())),
        view_order: optional(number()),
      })),
    }),
})
