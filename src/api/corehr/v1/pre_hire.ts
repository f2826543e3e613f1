// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import { CostCenterRateSchema, CustomFieldSchema } from './models.ts'
import type { CostCenterRate, CustomField, Gender, PreHire, WorkEmail } from './types.ts'

/** Input of {@link deletePreHire}. */
export interface DeletePreHireInput {
  path: { pre_hire_id: string }
}

/** `data` of a successful {@link deletePreHire} response. */
export type DeletePreHireOutput = { [key: string]: unknown }

/**
 * `corehr.v1.pre_hire.delete`: DELETE /open-apis/corehr/v1/pre_hires/:pre_hire_id (tenant token).
 *
 * @deprecated Use `deletePreHire` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=pre_hire&version=v1
 */
export const deletePreHire = /*#__PURE__*/ endpoint<DeletePreHireInput, DeletePreHireOutput>({
  id: 'corehr.v1.pre_hire.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/pre_hires/:pre_hire_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ pre_hire_id: string() }) }),
})

/** Input of {@link getPreHire}. */
export interface GetPreHireInput {
  path: { pre_hire_id: string }
}

/** `data` of a successful {@link getPreHire} response. */
export interface GetPreHireOutput {
  pre_hire?: PreHire
}

/**
 * `corehr.v1.pre_hire.get`: GET /open-apis/corehr/v1/pre_hires/:pre_hire_id (tenant token).
 *
 * @deprecated Use `queryPreHire` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=pre_hire&version=v1
 */
export const getPreHire = /*#__PURE__*/ endpoint<GetPreHireInput, GetPreHireOutput>({
  id: 'corehr.v1.pre_hire.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/pre_hires/:pre_hire_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ pre_hire_id: string() }) }),
})

/** Input of {@link listPreHire}. */
export interface ListPreHireInput {
  query: { page_token?: string; page_size: string; pre_hire_ids?: string[] }
}

/** `data` of a successful {@link listPreHire} response. */
export interface ListPreHireOutput {
  items?: {
    ats_application_id?: string
    id?: string
    hire_date?: string
    employee_type: Gender
    worker_id?: string
    employee_type_id: string
    person_id: string
    custom_fields?: CustomField[]
    onboarding_status: Gender
    cost_center_rate?: CostCenterRate[]
    work_email_list?: WorkEmail[]
    department_id?: string
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.pre_hire.list`: GET /open-apis/corehr/v1/pre_hires (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use `queryPreHire` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=pre_hire&version=v1
 */
export const listPreHire = /*#__PURE__*/ endpoint<ListPreHireInput, ListPreHireOutput, true>({
  id: 'corehr.v1.pre_hire.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/pre_hires',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        pre_hire_ids: optional(array(string())),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchPreHire}. */
export interface PatchPreHireInput {
  path: { pre_hire_id: string }
  query?: { client_token?: string }
  body: {
    ats_application_id?: string
    hire_date?: string
    employee_type?: { enum_name: string }
    worker_id?: string
    employee_type_id?: string
    person_id?: string
    custom_fields?: CustomField[]
    cost_center_rate?: CostCenterRate[]
    onboarding_status: { enum_name: string }
  }
}

/** `data` of a successful {@link patchPreHire} response. */
export interface PatchPreHireOutput {
  pre_hire?: PreHire
}

/**
 * `corehr.v1.pre_hire.patch`: PATCH /open-apis/corehr/v1/pre_hires/:pre_hire_id (tenant token).
 *
 * @deprecated Use `patchPreHire` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=pre_hire&version=v1
 */
export const patchPreHire = /*#__PURE__*/ endpoint<PatchPreHireInput, PatchPreHireOutput>({
  id: 'corehr.v1.pre_hire.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/pre_hires/:pre_hire_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ pre_hire_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        ats_application_id: optional(string()),
        hire_date: optional(string()),
        employee_type: optional(looseObject({ enum_name: string() })),
        worker_id: optional(string()),
        employee_type_id: optional(string()),
        person_id: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        cost_center_rate: optional(array(CostCenterRateSchema())),
        onboarding_status: looseObject({ enum_name: string() }),
      }),
    }),
})
