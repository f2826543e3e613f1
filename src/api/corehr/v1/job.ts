// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CustomFieldSchema, NameSchema } from './models.ts'
import type { CustomField, Job, Name } from './types.ts'

/** Input of {@link createJob}. */
export interface CreateJobInput {
  query?: { client_token?: string }
  body: {
    code?: string
    name: Name[]
    description?: Name[]
    active: boolean
    job_title?: Name[]
    pathway_id?: string
    job_family_id_list?: string[]
    job_level_id_list?: string[]
    working_hours_type_id?: string
    effective_time: string
    expiration_time?: string
    custom_fields?: CustomField[]
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link createJob} response. */
export interface CreateJobOutput {
  job?: Job
}

/**
 * `corehr.v1.job.create`: POST /open-apis/corehr/v1/jobs (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=job&version=v1
 */
export const createJob = /*#__PURE__*/ endpoint<CreateJobInput, CreateJobOutput>({
  id: 'corehr.v1.job.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/jobs',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        code: optional(string()),
        name: array(NameSchema()),
        description: optional(array(NameSchema())),
        active: boolean(),
        job_title: optional(array(NameSchema())),
        pathway_id: optional(string()),
        job_family_id_list: optional(array(string())),
        job_level_id_list: optional(array(string())),
        working_hours_type_id: optional(string()),
        effective_time: string(),
        expiration_time: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteJob}. */
export interface DeleteJobInput {
  path: { job_id: string }
}

/** `data` of a successful {@link deleteJob} response. */
export type DeleteJobOutput = { [key: string]: unknown }

/**
 * `corehr.v1.job.delete`: DELETE /open-apis/corehr/v1/jobs/:job_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=job&version=v1
 */
export const deleteJob = /*#__PURE__*/ endpoint<DeleteJobInput, DeleteJobOutput>({
  id: 'corehr.v1.job.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/jobs/:job_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_id: string() }) }),
})

/** Input of {@link getJob}. */
export interface GetJobInput {
  path: { job_id: string }
}

/** `data` of a successful {@link getJob} response. */
export interface GetJobOutput {
  job?: Job
}

/**
 * `corehr.v1.job.get`: GET /open-apis/corehr/v1/jobs/:job_id (tenant token).
 *
 * @deprecated Use `getJob` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=job&version=v1
 */
export const getJob = /*#__PURE__*/ endpoint<GetJobInput, GetJobOutput>({
  id: 'corehr.v1.job.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/jobs/:job_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_id: string() }) }),
})

/** Input of {@link listJob}. */
export interface ListJobInput {
  query: { page_token?: string; page_size: string; name?: string; query_language?: string }
}

/** `data` of a successful {@link listJob} response. */
export interface ListJobOutput {
  items?: Job[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.job.list`: GET /open-apis/corehr/v1/jobs (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use `listJob` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=job&version=v1
 */
export const listJob = /*#__PURE__*/ endpoint<ListJobInput, ListJobOutput, true>({
  id: 'corehr.v1.job.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/jobs',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        name: optional(string()),
        query_language: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchJob}. */
export interface PatchJobInput {
  path: { job_id: string }
  query?: { client_token?: string }
  body?: {
    code?: string
    name?: Name[]
    description?: Name[]
    active?: boolean
    job_title?: Name[]
    pathway_id?: string
    job_family_id_list?: string[]
    job_level_id_list?: string[]
    working_hours_type_id?: string
    effective_time?: string
    expiration_time?: string
    custom_fields?: CustomField[]
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link patchJob} response. */
export interface PatchJobOutput {
  job?: Job
}

/**
 * `corehr.v1.job.patch`: PATCH /open-apis/corehr/v1/jobs/:job_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=job&version=v1
 */
export const patchJob = /*#__PURE__*/ endpoint<PatchJobInput, PatchJobOutput>({
  id: 'corehr.v1.job.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/jobs/:job_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        code: optional(string()),
        name: optional(array(NameSchema())),
        description: optional(array(NameSchema())),
        active: optional(boolean()),
        job_title: optional(array(NameSchema())),
        pathway_id: optional(string()),
        job_family_id_list: optional(array(string())),
        job_level_id_list: optional(array(string())),
        working_hours_type_id: optional(string()),
        effective_time: optional(string()),
        expiration_time: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        is_prefer_manual_encoding: optional(boolean()),
      })),
    }),
})
