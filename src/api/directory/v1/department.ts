// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import {
  ConditionSchema,
  CustomFieldValueSchema,
  EnumValueSchema,
  LeaderSchema,
  NameSchema,
  PageRequestSchema,
  PhoneValueSchema,
  UrlValueSchema,
  UserValueSchema,
} from './models.ts'
import type {
  Abnormal,
  Condition,
  CustomFieldValue,
  Department,
  EnumValue,
  Leader,
  Name,
  PageRequest,
  PageResponse,
  PhoneValue,
  UrlValue,
  UserValue,
} from './types.ts'

/** Input of {@link createDepartment}. */
export interface CreateDepartmentInput {
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
    is_admin_role?: boolean
    tenant_id?: string
  }
  body: {
    department: {
      custom_department_id?: string
      name?: Name
      parent_department_id?: string
      leaders?: Leader[]
      order_weight?: string
      enabled_status?: boolean
      custom_field_values?: CustomFieldValue[]
      org_dimension?: string
    }
  }
}

/** `data` of a successful {@link createDepartment} response. */
export interface CreateDepartmentOutput {
  department_id?: string
}

/**
 * `directory.v1.department.create`: POST /open-apis/directory/v1/departments (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=directory&resource=department&version=v1
 */
export const createDepartment = /*#__PURE__*/ endpoint<CreateDepartmentInput, CreateDepartmentOutput>({
  id: 'directory.v1.department.create',
  method: 'POST',
  path: '/open-apis/directory/v1/departments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        is_admin_role: optional(boolean()),
        tenant_id: optional(string()),
      })),
      body: looseObject({
        department: looseObject({
          custom_department_id: optional(string()),
          name: optional(NameSchema()),
          parent_department_id: optional(string()),
          leaders: optional(array(LeaderSchema())),
          order_weight: optional(string()),
          enabled_status: optional(boolean()),
          custom_field_values: optional(array(CustomFieldValueSchema())),
          org_dimension: optional(string()),
        }),
      }),
    }),
})

/** Input of {@link deleteDepartment}. */
export interface DeleteDepartmentInput {
  path: { department_id: string }
  query?: {
    department_id_type?: 'department_id' | 'open_department_id'
    is_admin_role?: boolean
    employee_id_type?: 'open_id' | 'employee_id' | 'union_id'
  }
}

/** `data` of a successful {@link deleteDepartment} response. */
export type DeleteDepartmentOutput = { [key: string]: unknown }

/**
 * `directory.v1.department.delete`: DELETE /open-apis/directory/v1/departments/:department_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=directory&resource=department&version=v1
 */
export const deleteDepartment = /*#__PURE__*/ endpoint<DeleteDepartmentInput, DeleteDepartmentOutput>({
  id: 'directory.v1.department.delete',
  method: 'DELETE',
  path: '/open-apis/directory/v1/departments/:department_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        is_admin_role: optional(boolean()),
        employee_id_type: optional(picklist(['open_id', 'employee_id', 'union_id'])),
      })),
    }),
})

/** Input of {@link filterDepartment}. */
export interface FilterDepartmentInput {
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'open_department_id' | 'department_id'
    is_admin_role?: boolean
    tenant_id?: string
  }
  body: { filter: { conditions: Condition[] }; required_fields: string[]; page_request: PageRequest }
}

/** `data` of a successful {@link filterDepartment} response. */
export interface FilterDepartmentOutput {
  departments?: Department[]
  page_response?: PageResponse
  abnormals?: Abnormal[]
}

/**
 * `directory.v1.department.filter`: POST /open-apis/directory/v1/departments/filter (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=filter&project=directory&resource=department&version=v1
 */
export const filterDepartment = /*#__PURE__*/ endpoint<FilterDepartmentInput, FilterDepartmentOutput>({
  id: 'directory.v1.department.filter',
  method: 'POST',
  path: '/open-apis/directory/v1/departments/filter',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        is_admin_role: optional(boolean()),
        tenant_id: optional(string()),
      })),
      body: looseObject({
        filter: looseObject({ conditions: array(ConditionSchema()) }),
        required_fields: array(string()),
        page_request: PageRequestSchema(),
      }),
    }),
})

/** Input of {@link mgetDepartment}. */
export interface MgetDepartmentInput {
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
    is_admin_role?: boolean
  }
  body: { department_ids: string[]; required_fields: string[] }
}

/** `data` of a successful {@link mgetDepartment} response. */
export interface MgetDepartmentOutput {
  departments?: Department[]
  abnormals?: Abnormal[]
}

/**
 * `directory.v1.department.mget`: POST /open-apis/directory/v1/departments/mget (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=mget&project=directory&resource=department&version=v1
 */
export const mgetDepartment = /*#__PURE__*/ endpoint<MgetDepartmentInput, MgetDepartmentOutput>({
  id: 'directory.v1.department.mget',
  method: 'POST',
  path: '/open-apis/directory/v1/departments/mget',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        is_admin_role: optional(boolean()),
      })),
      body: looseObject({ department_ids: array(string()), required_fields: array(string()) }),
    }),
})

/** Input of {@link patchDepartment}. */
export interface PatchDepartmentInput {
  path: { department_id: string }
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'open_department_id' | 'department_id'
    is_admin_role?: boolean
  }
  body: {
    department: {
      custom_department_id?: string
      name?: Name
      parent_department_id?: string
      leaders?: Leader[]
      order_weight?: string
      description?: Name
      enabled_status?: boolean
      custom_field_values?: {
        field_type?: '1' | '2' | '3' | '4' | '10' | '11'
        text_value?: Name
        url_value?: UrlValue
        enum_value?: EnumValue
        user_values?: UserValue[]
        phone_value?: PhoneValue
        field_key?: string
      }[]
    }
  }
}

/** `data` of a successful {@link patchDepartment} response. */
export type PatchDepartmentOutput = { [key: string]: unknown }

/**
 * `directory.v1.department.patch`: PATCH /open-apis/directory/v1/departments/:department_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=directory&resource=department&version=v1
 */
export const patchDepartment = /*#__PURE__*/ endpoint<PatchDepartmentInput, PatchDepartmentOutput>({
  id: 'directory.v1.department.patch',
  method: 'PATCH',
  path: '/open-apis/directory/v1/departments/:department_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        is_admin_role: optional(boolean()),
      })),
      body: looseObject({
        department: looseObject({
          custom_department_id: optional(string()),
          name: optional(NameSchema()),
          parent_department_id: optional(string()),
          leaders: optional(array(LeaderSchema())),
          order_weight: optional(string()),
          description: optional(NameSchema()),
          enabled_status: optional(boolean()),
          custom_field_values: optional(array(looseObject({
            field_type: optional(picklist(['1', '2', '3', '4', '10', '11'])),
            text_value: optional(NameSchema()),
            url_value: optional(UrlValueSchema()),
            enum_value: optional(EnumValueSchema()),
            user_values: optional(array(UserValueSchema())),
            phone_value: optional(PhoneValueSchema()),
            field_key: optional(string()),
          }))),
        }),
      }),
    }),
})

/** Input of {@link searchDepartment}. */
export interface SearchDepartmentInput {
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'open_department_id' | 'department_id'
  }
  body: { query: string; page_request: PageRequest; required_fields: string[] }
}

/** `data` of a successful {@link searchDepartment} response. */
export interface SearchDepartmentOutput {
  departments?: Department[]
  page_response?: PageResponse
  abnormals?: Abnormal[]
}

/**
 * `directory.v1.department.search`: POST /open-apis/directory/v1/departments/search (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=directory&resource=department&version=v1
 */
export const searchDepartment = /*#__PURE__*/ endpoint<SearchDepartmentInput, SearchDepartmentOutput>({
  id: 'directory.v1.department.search',
  method: 'POST',
  path: '/open-apis/directory/v1/departments/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
      })),
      body: looseObject({ query: string(), page_request: PageRequestSchema(), required_fields: array(string()) }),
    }),
})
