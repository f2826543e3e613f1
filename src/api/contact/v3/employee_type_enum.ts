// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { I18nNameSchema } from './models.ts'
import type { EmployeeTypeEnum, I18nName } from './types.ts'

/** Input of {@link createEmployeeTypeEnum}. */
export interface CreateEmployeeTypeEnumInput {
  body: { content: string; enum_type: number; enum_status: number; i18n_content?: I18nName[] }
}

/** `data` of a successful {@link createEmployeeTypeEnum} response. */
export interface CreateEmployeeTypeEnumOutput {
  employee_type_enum?: EmployeeTypeEnum
}

/**
 * `contact.v3.employee_type_enum.create`: POST /open-apis/contact/v3/employee_type_enums (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=employee_type_enum&version=v3
 */
export const createEmployeeTypeEnum = /*#__PURE__*/ endpoint<CreateEmployeeTypeEnumInput, CreateEmployeeTypeEnumOutput>({
  id: 'contact.v3.employee_type_enum.create',
  method: 'POST',
  path: '/open-apis/contact/v3/employee_type_enums',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        content: string(),
        enum_type: number(),
        enum_status: number(),
        i18n_content: optional(array(I18nNameSchema())),
      }),
    }),
})

/** Input of {@link deleteEmployeeTypeEnum}. */
export interface DeleteEmployeeTypeEnumInput {
  path: { enum_id: string }
}

/** `data` of a successful {@link deleteEmployeeTypeEnum} response. */
export type DeleteEmployeeTypeEnumOutput = { [key: string]: unknown }

/**
 * `contact.v3.employee_type_enum.delete`: DELETE /open-apis/contact/v3/employee_type_enums/:enum_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=employee_type_enum&version=v3
 */
export const deleteEmployeeTypeEnum = /*#__PURE__*/ endpoint<DeleteEmployeeTypeEnumInput, DeleteEmployeeTypeEnumOutput>({
  id: 'contact.v3.employee_type_enum.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/employee_type_enums/:enum_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ enum_id: string() }) }),
})

/** Input of {@link listEmployeeTypeEnum}. */
export interface ListEmployeeTypeEnumInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listEmployeeTypeEnum} response. */
export interface ListEmployeeTypeEnumOutput {
  items?: EmployeeTypeEnum[]
  has_more?: boolean
  page_token?: string
}

/**
 * `contact.v3.employee_type_enum.list`: GET /open-apis/contact/v3/employee_type_enums (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=employee_type_enum&version=v3
 */
export const listEmployeeTypeEnum = /*#__PURE__*/ endpoint<ListEmployeeTypeEnumInput, ListEmployeeTypeEnumOutput, true>({
  id: 'contact.v3.employee_type_enum.list',
  method: 'GET',
  path: '/open-apis/contact/v3/employee_type_enums',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'items' },
})

/** Input of {@link updateEmployeeTypeEnum}. */
export interface UpdateEmployeeTypeEnumInput {
  path: { enum_id: string }
  body: { content: string; enum_type: number; enum_status: number; i18n_content?: I18nName[] }
}

/** `data` of a successful {@link updateEmployeeTypeEnum} response. */
export interface UpdateEmployeeTypeEnumOutput {
  employee_type_enum?: EmployeeTypeEnum
}

/**
 * `contact.v3.employee_type_enum.update`: PUT /open-apis/contact/v3/employee_type_enums/:enum_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=contact&resource=employee_type_enum&version=v3
 */
export const updateEmployeeTypeEnum = /*#__PURE__*/ endpoint<UpdateEmployeeTypeEnumInput, UpdateEmployeeTypeEnumOutput>({
  id: 'contact.v3.employee_type_enum.update',
  method: 'PUT',
  path: '/open-apis/contact/v3/employee_type_enums/:enum_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ enum_id: string() }),
      body: looseObject({
        content: string(),
        enum_type: number(),
        enum_status: number(),
        i18n_content: optional(array(I18nNameSchema())),
      }),
    }),
})
