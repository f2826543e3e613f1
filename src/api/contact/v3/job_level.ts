// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { I18nNameSchema } from './models.ts'
import type { I18nName, JobLevel } from './types.ts'

/** Input of {@link createJobLevel}. */
export interface CreateJobLevelInput {
  body: {
    name: string
    description?: string
    order?: number
    status: boolean
    i18n_name?: I18nName[]
    i18n_description?: I18nName[]
  }
}

/** `data` of a successful {@link createJobLevel} response. */
export interface CreateJobLevelOutput {
  job_level?: JobLevel
}

/**
 * `contact.v3.job_level.create`: POST /open-apis/contact/v3/job_levels (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=job_level&version=v3
 */
export const createJobLevel = /*#__PURE__*/ endpoint<CreateJobLevelInput, CreateJobLevelOutput>({
  id: 'contact.v3.job_level.create',
  method: 'POST',
  path: '/open-apis/contact/v3/job_levels',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        name: string(),
        description: optional(string()),
        order: optional(number()),
        status: boolean(),
        i18n_name: optional(array(I18nNameSchema())),
        i18n_description: optional(array(I18nNameSchema())),
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
 * `contact.v3.job_level.delete`: DELETE /open-apis/contact/v3/job_levels/:job_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=job_level&version=v3
 */
export const deleteJobLevel = /*#__PURE__*/ endpoint<DeleteJobLevelInput, DeleteJobLevelOutput>({
  id: 'contact.v3.job_level.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/job_levels/:job_level_id',
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
 * `contact.v3.job_level.get`: GET /open-apis/contact/v3/job_levels/:job_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=job_level&version=v3
 */
export const getJobLevel = /*#__PURE__*/ endpoint<GetJobLevelInput, GetJobLevelOutput>({
  id: 'contact.v3.job_level.get',
  method: 'GET',
  path: '/open-apis/contact/v3/job_levels/:job_level_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_level_id: string() }) }),
})

/** Input of {@link listJobLevel}. */
export interface ListJobLevelInput {
  query?: { page_size?: number; page_token?: string; name?: string }
}

/** `data` of a successful {@link listJobLevel} response. */
export interface ListJobLevelOutput {
  items?: JobLevel[]
  page_token?: string
  has_more?: boolean
}

/**
 * `contact.v3.job_level.list`: GET /open-apis/contact/v3/job_levels (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=job_level&version=v3
 */
export const listJobLevel = /*#__PURE__*/ endpoint<ListJobLevelInput, ListJobLevelOutput, true>({
  id: 'contact.v3.job_level.list',
  method: 'GET',
  path: '/open-apis/contact/v3/job_levels',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        name: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateJobLevel}. */
export interface UpdateJobLevelInput {
  path: { job_level_id: string }
  body?: {
    name?: string
    description?: string
    order?: number
    status?: boolean
    i18n_name?: I18nName[]
    i18n_description?: I18nName[]
  }
}

/** `data` of a successful {@link updateJobLevel} response. */
export interface UpdateJobLevelOutput {
  job_level?: JobLevel
}

/**
 * `contact.v3.job_level.update`: PUT /open-apis/contact/v3/job_levels/:job_level_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=contact&resource=job_level&version=v3
 */
export const updateJobLevel = /*#__PURE__*/ endpoint<UpdateJobLevelInput, UpdateJobLevelOutput>({
  id: 'contact.v3.job_level.update',
  method: 'PUT',
  path: '/open-apis/contact/v3/job_levels/:job_level_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_level_id: string() }),
      body: optional(looseObject({
        name: optional(string()),
        description: optional(string()),
        order: optional(number()),
        status: optional(boolean()),
        i18n_name: optional(array(I18nNameSchema())),
        i18n_description: optional(array(I18nNameSchema())),
      })),
    }),
})
