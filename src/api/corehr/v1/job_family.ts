// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CustomFieldSchema, NameSchema } from './models.ts'
import type { CustomField, JobFamily, Name } from './types.ts'

/** Input of {@link createJobFamily}. */
export interface CreateJobFamilyInput {
  query?: { client_token?: string }
  body: {
    name: Name[]
    active: boolean
    selectable?: boolean
    parent_id?: string
    pathway_ids?: string[]
    effective_time: string
    expiration_time?: string
    code?: string
    description?: Name[]
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link createJobFamily} response. */
export interface CreateJobFamilyOutput {
  job_family?: JobFamily
}

/**
 * `corehr.v1.job_family.create`: POST /open-apis/corehr/v1/job_families (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=job_family&version=v1
 */
export const createJobFamily = /*#__PURE__*/ endpoint<CreateJobFamilyInput, CreateJobFamilyOutput>({
  id: 'corehr.v1.job_family.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/job_families',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        name: array(NameSchema()),
        active: boolean(),
        selectable: optional(boolean()),
        parent_id: optional(string()),
        pathway_ids: optional(array(string())),
        effective_time: string(),
        expiration_time: optional(string()),
        code: optional(string()),
        description: optional(array(NameSchema())),
        custom_fields: optional(array(CustomFieldSchema())),
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
 * `corehr.v1.job_family.delete`: DELETE /open-apis/corehr/v1/job_families/:job_family_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=job_family&version=v1
 */
export const deleteJobFamily = /*#__PURE__*/ endpoint<DeleteJobFamilyInput, DeleteJobFamilyOutput>({
  id: 'corehr.v1.job_family.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/job_families/:job_family_id',
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
 * `corehr.v1.job_family.get`: GET /open-apis/corehr/v1/job_families/:job_family_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=job_family&version=v1
 */
export const getJobFamily = /*#__PURE__*/ endpoint<GetJobFamilyInput, GetJobFamilyOutput>({
  id: 'corehr.v1.job_family.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/job_families/:job_family_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_family_id: string() }) }),
})

/** Input of {@link listJobFamily}. */
export interface ListJobFamilyInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listJobFamily} response. */
export interface ListJobFamilyOutput {
  items?: JobFamily[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.job_family.list`: GET /open-apis/corehr/v1/job_families (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=job_family&version=v1
 */
export const listJobFamily = /*#__PURE__*/ endpoint<ListJobFamilyInput, ListJobFamilyOutput, true>({
  id: 'corehr.v1.job_family.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/job_families',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})

/** Input of {@link patchJobFamily}. */
export interface PatchJobFamilyInput {
  path: { job_family_id: string }
  query?: { client_token?: string }
  body?: {
    name?: Name[]
    active?: boolean
    selectable?: boolean
    parent_id?: string
    pathway_ids?: string[]
    effective_time?: string
    expiration_time?: string
    code?: string
    description?: Name[]
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link patchJobFamily} response. */
export interface PatchJobFamilyOutput {
  job_family?: JobFamily
}

/**
 * `corehr.v1.job_family.patch`: PATCH /open-apis/corehr/v1/job_families/:job_family_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=job_family&version=v1
 */
export const patchJobFamily = /*#__PURE__*/ endpoint<PatchJobFamilyInput, PatchJobFamilyOutput>({
  id: 'corehr.v1.job_family.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/job_families/:job_family_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_family_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        name: optional(array(NameSchema())),
        active: optional(boolean()),
        selectable: optional(boolean()),
        parent_id: optional(string()),
        pathway_ids: optional(array(string())),
        effective_time: optional(string()),
        expiration_time: optional(string()),
        code: optional(string()),
        description: optional(array(NameSchema())),
        custom_fields: optional(array(CustomFieldSchema())),
      })),
    }),
})
