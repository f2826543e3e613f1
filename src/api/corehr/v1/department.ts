// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateHiberarchyCommonSchema, CustomFieldSchema, NameSchema } from './models.ts'
import type { CreateHiberarchyCommon, CustomField, Department, Name } from './types.ts'

/** Input of {@link createDepartment}. */
export interface CreateDepartmentInput {
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    sub_type?: { enum_name: string }
    manager?: string
    is_confidential?: boolean
    hiberarchy_common: CreateHiberarchyCommon
    effective_time: string
    expiration_time?: string
    custom_fields?: CustomField[]
    cost_center_id?: string
    staffing_model?: { enum_name: string }
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link createDepartment} response. */
export interface CreateDepartmentOutput {
  department?: Department
}

/**
 * `corehr.v1.department.create`: POST /open-apis/corehr/v1/departments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=department&version=v1
 */
export const createDepartment = /*#__PURE__*/ endpoint<CreateDepartmentInput, CreateDepartmentOutput>({
  id: 'corehr.v1.department.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/departments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        sub_type: optional(looseObject({ enum_name: string() })),
        manager: optional(string()),
        is_confidential: optional(boolean()),
        hiberarchy_common: CreateHiberarchyCommonSchema(),
        effective_time: string(),
        expiration_time: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        cost_center_id: optional(string()),
        staffing_model: optional(looseObject({ enum_name: string() })),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteDepartment}. */
export interface DeleteDepartmentInput {
  path: { department_id: string }
}

/** `data` of a successful {@link deleteDepartment} response. */
export type DeleteDepartmentOutput = { [key: string]: unknown }

/**
 * `corehr.v1.department.delete`: DELETE /open-apis/corehr/v1/departments/:department_id (tenant token).
 *
 * @deprecated Use `deleteDepartment` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=department&version=v1
 */
export const deleteDepartment = /*#__PURE__*/ endpoint<DeleteDepartmentInput, DeleteDepartmentOutput>({
  id: 'corehr.v1.department.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/departments/:department_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ department_id: string() }) }),
})

/** Input of {@link getDepartment}. */
export interface GetDepartmentInput {
  path: { department_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
}

/** `data` of a successful {@link getDepartment} response. */
export interface GetDepartmentOutput {
  department?: Department
}

/**
 * `corehr.v1.department.get`: GET /open-apis/corehr/v1/departments/:department_id (tenant token).
 *
 * @deprecated Use `batchGetDepartment` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=department&version=v1
 */
export const getDepartment = /*#__PURE__*/ endpoint<GetDepartmentInput, GetDepartmentOutput>({
  id: 'corehr.v1.department.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/departments/:department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
    }),
})

/** Input of {@link listDepartment}. */
export interface ListDepartmentInput {
  query: {
    page_token?: string
    page_size: string
    department_id_list?: string[]
    name_list?: string[]
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
}

/** `data` of a successful {@link listDepartment} response. */
export interface ListDepartmentOutput {
  items?: Department[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.department.list`: GET /open-apis/corehr/v1/departments (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use `batchGetDepartment` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=department&version=v1
 */
export const listDepartment = /*#__PURE__*/ endpoint<ListDepartmentInput, ListDepartmentOutput, true>({
  id: 'corehr.v1.department.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/departments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        department_id_list: optional(array(string())),
        name_list: optional(array(string())),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchDepartment}. */
export interface PatchDepartmentInput {
  path: { department_id: string }
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    id?: string
    sub_type?: { enum_name: string }
    manager?: string
    is_confidential?: boolean
    hiberarchy_common?: {
      parent_id?: string
      name?: Name[]
      type?: { enum_name: string }
      active?: boolean
      effective_time?: string
      expiration_time?: string
      code?: string
      description?: Name[]
      custom_fields?: CustomField[]
    }
    effective_time: string
    expiration_time?: string
    custom_fields?: CustomField[]
    cost_center_id?: string
    staffing_model?: { enum_name: string }
  }
}

/** `data` of a successful {@link patchDepartment} response. */
export interface PatchDepartmentOutput {
  department?: Department
}

/**
 * `corehr.v1.department.patch`: PATCH /open-apis/corehr/v1/departments/:department_id (tenant token).
 *
 * @deprecated Use `patchDepartment` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=department&version=v1
 */
export const patchDepartment = /*#__PURE__*/ endpoint<PatchDepartmentInput, PatchDepartmentOutput>({
  id: 'corehr.v1.department.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/departments/:department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        id: optional(string()),
        sub_type: optional(looseObject({ enum_name: string() })),
        manager: optional(string()),
        is_confidential: optional(boolean()),
        hiberarchy_common: optional(looseObject({
          parent_id: optional(string()),
          name: optional(array(NameSchema())),
          type: optional(looseObject({ enum_name: string() })),
          active: optional(boolean()),
          effective_time: optional(string()),
          expiration_time: optional(string()),
          code: optional(string()),
          description: optional(array(NameSchema())),
          custom_fields: optional(array(CustomFieldSchema())),
        })),
        effective_time: string(),
        expiration_time: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        cost_center_id: optional(string()),
        staffing_model: optional(looseObject({ enum_name: string() })),
      }),
    }),
})
