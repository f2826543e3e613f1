// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CustomFieldSchema, NameSchema } from './models.ts'
import type { CustomField, Name, WorkingHoursType } from './types.ts'

/** Input of {@link createWorkingHoursType}. */
export interface CreateWorkingHoursTypeInput {
  query?: { client_token?: string }
  body: {
    code?: string
    name: Name[]
    country_region_id_list?: string[]
    default_for_job: boolean
    active: boolean
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link createWorkingHoursType} response. */
export interface CreateWorkingHoursTypeOutput {
  working_hours_type?: WorkingHoursType
}

/**
 * `corehr.v1.working_hours_type.create`: POST /open-apis/corehr/v1/working_hours_types (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=working_hours_type&version=v1
 */
export const createWorkingHoursType = /*#__PURE__*/ endpoint<CreateWorkingHoursTypeInput, CreateWorkingHoursTypeOutput>({
  id: 'corehr.v1.working_hours_type.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/working_hours_types',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        code: optional(string()),
        name: array(NameSchema()),
        country_region_id_list: optional(array(string())),
        default_for_job: boolean(),
        active: boolean(),
        custom_fields: optional(array(CustomFieldSchema())),
      }),
    }),
})

/** Input of {@link deleteWorkingHoursType}. */
export interface DeleteWorkingHoursTypeInput {
  path: { working_hours_type_id: string }
}

/** `data` of a successful {@link deleteWorkingHoursType} response. */
export type DeleteWorkingHoursTypeOutput = { [key: string]: unknown }

/**
 * `corehr.v1.working_hours_type.delete`: DELETE /open-apis/corehr/v1/working_hours_types/:working_hours_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=working_hours_type&version=v1
 */
export const deleteWorkingHoursType = /*#__PURE__*/ endpoint<DeleteWorkingHoursTypeInput, DeleteWorkingHoursTypeOutput>({
  id: 'corehr.v1.working_hours_type.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/working_hours_types/:working_hours_type_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ working_hours_type_id: string() }) }),
})

/** Input of {@link getWorkingHoursType}. */
export interface GetWorkingHoursTypeInput {
  path: { working_hours_type_id: string }
}

/** `data` of a successful {@link getWorkingHoursType} response. */
export interface GetWorkingHoursTypeOutput {
  working_hours_type?: WorkingHoursType
}

/**
 * `corehr.v1.working_hours_type.get`: GET /open-apis/corehr/v1/working_hours_types/:working_hours_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=working_hours_type&version=v1
 */
export const getWorkingHoursType = /*#__PURE__*/ endpoint<GetWorkingHoursTypeInput, GetWorkingHoursTypeOutput>({
  id: 'corehr.v1.working_hours_type.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/working_hours_types/:working_hours_type_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ working_hours_type_id: string() }) }),
})

/** Input of {@link listWorkingHoursType}. */
export interface ListWorkingHoursTypeInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listWorkingHoursType} response. */
export interface ListWorkingHoursTypeOutput {
  items?: WorkingHoursType[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.working_hours_type.list`: GET /open-apis/corehr/v1/working_hours_types (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=working_hours_type&version=v1
 */
export const listWorkingHoursType = /*#__PURE__*/ endpoint<ListWorkingHoursTypeInput, ListWorkingHoursTypeOutput, true>({
  id: 'corehr.v1.working_hours_type.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/working_hours_types',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})

/** Input of {@link patchWorkingHoursType}. */
export interface PatchWorkingHoursTypeInput {
  path: { working_hours_type_id: string }
  query?: { client_token?: string }
  body?: {
    code?: string
    name?: Name[]
    country_region_id_list?: string[]
    default_for_job?: boolean
    active?: boolean
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link patchWorkingHoursType} response. */
export interface PatchWorkingHoursTypeOutput {
  working_hours_type?: WorkingHoursType
}

/**
 * `corehr.v1.working_hours_type.patch`: PATCH /open-apis/corehr/v1/working_hours_types/:working_hours_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=working_hours_type&version=v1
 */
export const patchWorkingHoursType = /*#__PURE__*/ endpoint<PatchWorkingHoursTypeInput, PatchWorkingHoursTypeOutput>({
  id: 'corehr.v1.working_hours_type.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/working_hours_types/:working_hours_type_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ working_hours_type_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        code: optional(string()),
        name: optional(array(NameSchema())),
        country_region_id_list: optional(array(string())),
        default_for_job: optional(boolean()),
        active: optional(boolean()),
        custom_fields: optional(array(CustomFieldSchema())),
      })),
    }),
})
