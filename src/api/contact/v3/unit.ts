// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Unit } from './types.ts'

/** Input of {@link bindUnitDepartment}. */
export interface BindUnitDepartmentInput {
  body: { unit_id: string; department_id: string; department_id_type?: 'department_id' | 'open_department_id' }
}

/** `data` of a successful {@link bindUnitDepartment} response. */
export type BindUnitDepartmentOutput = { [key: string]: unknown }

/**
 * `contact.v3.unit.bind_department`: POST /open-apis/contact/v3/unit/bind_department (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=bind_department&project=contact&resource=unit&version=v3
 */
export const bindUnitDepartment = /*#__PURE__*/ endpoint<BindUnitDepartmentInput, BindUnitDepartmentOutput>({
  id: 'contact.v3.unit.bind_department',
  method: 'POST',
  path: '/open-apis/contact/v3/unit/bind_department',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        unit_id: string(),
        department_id: string(),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      }),
    }),
})

/** Input of {@link createUnit}. */
export interface CreateUnitInput {
  body: { unit_id?: string; name: string; unit_type: string }
}

/** `data` of a successful {@link createUnit} response. */
export interface CreateUnitOutput {
  unit_id: string
}

/**
 * `contact.v3.unit.create`: POST /open-apis/contact/v3/unit (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=unit&version=v3
 */
export const createUnit = /*#__PURE__*/ endpoint<CreateUnitInput, CreateUnitOutput>({
  id: 'contact.v3.unit.create',
  method: 'POST',
  path: '/open-apis/contact/v3/unit',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ unit_id: optional(string()), name: string(), unit_type: string() }) }),
})

/** Input of {@link deleteUnit}. */
export interface DeleteUnitInput {
  path: { unit_id: string }
}

/** `data` of a successful {@link deleteUnit} response. */
export type DeleteUnitOutput = { [key: string]: unknown }

/**
 * `contact.v3.unit.delete`: DELETE /open-apis/contact/v3/unit/:unit_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=unit&version=v3
 */
export const deleteUnit = /*#__PURE__*/ endpoint<DeleteUnitInput, DeleteUnitOutput>({
  id: 'contact.v3.unit.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/unit/:unit_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ unit_id: string() }) }),
})

/** Input of {@link getUnit}. */
export interface GetUnitInput {
  path: { unit_id: string }
}

/** `data` of a successful {@link getUnit} response. */
export interface GetUnitOutput {
  unit: Unit
}

/**
 * `contact.v3.unit.get`: GET /open-apis/contact/v3/unit/:unit_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=unit&version=v3
 */
export const getUnit = /*#__PURE__*/ endpoint<GetUnitInput, GetUnitOutput>({
  id: 'contact.v3.unit.get',
  method: 'GET',
  path: '/open-apis/contact/v3/unit/:unit_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ unit_id: string() }) }),
})

/** Input of {@link listUnit}. */
export interface ListUnitInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listUnit} response. */
export interface ListUnitOutput {
  unitlist: Unit[]
  has_more: boolean
  page_token: string
}

/**
 * `contact.v3.unit.list`: GET /open-apis/contact/v3/unit (tenant token).
 *
 * Paginated over `unitlist`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=unit&version=v3
 */
export const listUnit = /*#__PURE__*/ endpoint<ListUnitInput, ListUnitOutput, true>({
  id: 'contact.v3.unit.list',
  method: 'GET',
  path: '/open-apis/contact/v3/unit',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'unitlist' },
})

/** Input of {@link listUnitDepartment}. */
export interface ListUnitDepartmentInput {
  query: {
    unit_id: string
    department_id_type?: 'department_id' | 'open_department_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listUnitDepartment} response. */
export interface ListUnitDepartmentOutput {
  departmentlist: { unit_id: string; department_id: string }[]
  has_more: boolean
  page_token: string
}

/**
 * `contact.v3.unit.list_department`: GET /open-apis/contact/v3/unit/list_department (tenant token).
 *
 * Paginated over `departmentlist`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_department&project=contact&resource=unit&version=v3
 */
export const listUnitDepartment = /*#__PURE__*/ endpoint<ListUnitDepartmentInput, ListUnitDepartmentOutput, true>({
  id: 'contact.v3.unit.list_department',
  method: 'GET',
  path: '/open-apis/contact/v3/unit/list_department',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        unit_id: string(),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'departmentlist' },
})

/** Input of {@link patchUnit}. */
export interface PatchUnitInput {
  path: { unit_id: string }
  body?: { name?: string }
}

/** `data` of a successful {@link patchUnit} response. */
export type PatchUnitOutput = { [key: string]: unknown }

/**
 * `contact.v3.unit.patch`: PATCH /open-apis/contact/v3/unit/:unit_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=contact&resource=unit&version=v3
 */
export const patchUnit = /*#__PURE__*/ endpoint<PatchUnitInput, PatchUnitOutput>({
  id: 'contact.v3.unit.patch',
  method: 'PATCH',
  path: '/open-apis/contact/v3/unit/:unit_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ unit_id: string() }),
      body: optional(looseObject({ name: optional(string()) })),
    }),
})

/** Input of {@link unbindUnitDepartment}. */
export interface UnbindUnitDepartmentInput {
  body: { unit_id: string; department_id: string; department_id_type?: 'department_id' | 'open_department_id' }
}

/** `data` of a successful {@link unbindUnitDepartment} response. */
export type UnbindUnitDepartmentOutput = { [key: string]: unknown }

/**
 * `contact.v3.unit.unbind_department`: POST /open-apis/contact/v3/unit/unbind_department (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unbind_department&project=contact&resource=unit&version=v3
 */
export const unbindUnitDepartment = /*#__PURE__*/ endpoint<UnbindUnitDepartmentInput, UnbindUnitDepartmentOutput>({
  id: 'contact.v3.unit.unbind_department',
  method: 'POST',
  path: '/open-apis/contact/v3/unit/unbind_department',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        unit_id: string(),
        department_id: string(),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      }),
    }),
})
