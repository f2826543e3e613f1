// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CustomFieldSchema, NameSchema } from './models.ts'
import type { CustomField, EmployeeType, Name } from './types.ts'

/** Input of {@link createEmployeeType}. */
export interface CreateEmployeeTypeInput {
  query?: { client_token?: string }
  body: { name: Name[]; default_employee_type: boolean; active: boolean; code?: string; custom_fields?: CustomField[] }
}

/** `data` of a successful {@link createEmployeeType} response. */
export interface CreateEmployeeTypeOutput {
  employee_type?: EmployeeType
}

/**
 * `corehr.v1.employee_type.create`: POST /open-apis/corehr/v1/employee_types (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=employee_type&version=v1
 */
export const createEmployeeType = /*#__PURE__*/ endpoint<CreateEmployeeTypeInput, CreateEmployeeTypeOutput>({
  id: 'corehr.v1.employee_type.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/employee_types',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        name: array(NameSchema()),
        default_employee_type: boolean(),
        active: boolean(),
        code: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
      }),
    }),
})

/** Input of {@link deleteEmployeeType}. */
export interface DeleteEmployeeTypeInput {
  path: { employee_type_id: string }
}

/** `data` of a successful {@link deleteEmployeeType} response. */
export type DeleteEmployeeTypeOutput = { [key: string]: unknown }

/**
 * `corehr.v1.employee_type.delete`: DELETE /open-apis/corehr/v1/employee_types/:employee_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=employee_type&version=v1
 */
export const deleteEmployeeType = /*#__PURE__*/ endpoint<DeleteEmployeeTypeInput, DeleteEmployeeTypeOutput>({
  id: 'corehr.v1.employee_type.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/employee_types/:employee_type_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ employee_type_id: string() }) }),
})

/** Input of {@link getEmployeeType}. */
export interface GetEmployeeTypeInput {
  path: { employee_type_id: string }
}

/** `data` of a successful {@link getEmployeeType} response. */
export interface GetEmployeeTypeOutput {
  employee_type?: EmployeeType
}

/**
 * `corehr.v1.employee_type.get`: GET /open-apis/corehr/v1/employee_types/:employee_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=employee_type&version=v1
 */
export const getEmployeeType = /*#__PURE__*/ endpoint<GetEmployeeTypeInput, GetEmployeeTypeOutput>({
  id: 'corehr.v1.employee_type.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/employee_types/:employee_type_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ employee_type_id: string() }) }),
})

/** Input of {@link listEmployeeType}. */
export interface ListEmployeeTypeInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listEmployeeType} response. */
export interface ListEmployeeTypeOutput {
  items?: EmployeeType[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.employee_type.list`: GET /open-apis/corehr/v1/employee_types (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=employee_type&version=v1
 */
export const listEmployeeType = /*#__PURE__*/ endpoint<ListEmployeeTypeInput, ListEmployeeTypeOutput, true>({
  id: 'corehr.v1.employee_type.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/employee_types',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})

/** Input of {@link patchEmployeeType}. */
export interface PatchEmployeeTypeInput {
  path: { employee_type_id: string }
  query?: { client_token?: string }
  body?: {
    name?: Name[]
    default_employee_type?: boolean
    active?: boolean
    code?: string
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link patchEmployeeType} response. */
export interface PatchEmployeeTypeOutput {
  employee_type?: EmployeeType
}

/**
 * `corehr.v1.employee_type.patch`: PATCH /open-apis/corehr/v1/employee_types/:employee_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=employee_type&version=v1
 */
export const patchEmployeeType = /*#__PURE__*/ endpoint<PatchEmployeeTypeInput, PatchEmployeeTypeOutput>({
  id: 'corehr.v1.employee_type.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/employee_types/:employee_type_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ employee_type_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        name: optional(array(NameSchema())),
        default_employee_type: optional(boolean()),
        active: optional(boolean()),
        code: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
      })),
    }),
})
