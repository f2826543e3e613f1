// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { I18nNameSchema } from './models.ts'
import type { I18nName, JobFamily } from './types.ts'

/** Input of {@link createJobFamily}. */
export interface CreateJobFamilyInput {
  body: {
    name: string
    description?: string
    parent_job_family_id?: string
    status: boolean
    i18n_name?: I18nName[]
    i18n_description?: I18nName[]
  }
}

/** `data` of a successful {@link createJobFamily} response. */
export interface CreateJobFamilyOutput {
  job_family?: JobFamily
}

/**
 * `contact.v3.job_family.create`: POST /open-apis/contact/v3/job_families (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=job_family&version=v3
 */
export const createJobFamily = /*#__PURE__*/ endpoint<CreateJobFamilyInput, CreateJobFamilyOutput>({
  id: 'contact.v3.job_family.create',
  method: 'POST',
  path: '/open-apis/contact/v3/job_families',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        name: string(),
        description: optional(string()),
        parent_job_family_id: optional(string()),
        status: boolean(),
        i18n_name: optional(array(I18nNameSchema())),
        i18n_description: optional(array(I18nNameSchema())),
      }),
    }),
})

/** Input of {@link deleteJobFamily}. */
export interface DeleteJobFamilyInput {
  path: { job_family_id: string }
}

/** `data` of a successful {@link deleteJobFamily} response. */
export type DeleteJobFamilyOutput = { [key: string]: unknown }

/**
 * `contact.v3.job_family.delete`: DELETE /open-apis/contact/v3/job_families/:job_family_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=job_family&version=v3
 */
export const deleteJobFamily = /*#__PURE__*/ endpoint<DeleteJobFamilyInput, DeleteJobFamilyOutput>({
  id: 'contact.v3.job_family.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/job_families/:job_family_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_family_id: string() }) }),
})

/** Input of {@link getJobFamily}. */
export interface GetJobFamilyInput {
  path: { job_family_id: string }
}

/** `data` of a successful {@link getJobFamily} response. */
export interface GetJobFamilyOutput {
  job_family?: JobFamily
}

/**
 * `contact.v3.job_family.get`: GET /open-apis/contact/v3/job_families/:job_family_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=job_family&version=v3
 */
export const getJobFamily = /*#__PURE__*/ endpoint<GetJobFamilyInput, GetJobFamilyOutput>({
  id: 'contact.v3.job_family.get',
  method: 'GET',
  path: '/open-apis/contact/v3/job_families/:job_family_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_family_id: string() }) }),
})

/** Input of {@link listJobFamily}. */
export interface ListJobFamilyInput {
  query?: { page_size?: number; page_token?: string; name?: string }
}

/** `data` of a successful {@link listJobFamily} response. */
export interface ListJobFamilyOutput {
  items?: JobFamily[]
  page_token?: string
  has_more?: boolean
}

/**
 * `contact.v3.job_family.list`: GET /open-apis/contact/v3/job_families (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=job_family&version=v3
 */
export const listJobFamily = /*#__PURE__*/ endpoint<ListJobFamilyInput, ListJobFamilyOutput, true>({
  id: 'contact.v3.job_family.list',
  method: 'GET',
  path: '/open-apis/contact/v3/job_families',
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

/** Input of {@link updateJobFamily}. */
export interface UpdateJobFamilyInput {
  path: { job_family_id: string }
  body?: {
    name?: string
    description?: string
    parent_job_family_id?: string
    status?: boolean
    i18n_name?: I18nName[]
    i18n_description?: I18nName[]
  }
}

/** `data` of a successful {@link updateJobFamily} response. */
export interface UpdateJobFamilyOutput {
  job_family?: JobFamily
}

/**
 * `contact.v3.job_family.update`: PUT /open-apis/contact/v3/job_families/:job_family_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=contact&resource=job_family&version=v3
 */
export const updateJobFamily = /*#__PURE__*/ endpoint<UpdateJobFamilyInput, UpdateJobFamilyOutput>({
  id: 'contact.v3.job_family.update',
  method: 'PUT',
  path: '/open-apis/contact/v3/job_families/:job_family_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_family_id: string() }),
      body: optional(looseObject({
        name: optional(string()),
        description: optional(string()),
        parent_job_family_id: optional(string()),
        status: optional(boolean()),
        i18n_name: optional(array(I18nNameSchema())),
        i18n_description: optional(array(I18nNameSchema())),
      })),
    }),
})
