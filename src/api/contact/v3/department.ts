// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AssignInfoI18nNameSchema, LeaderSchema } from './models.ts'
import type { AssignInfoI18nName, Item, Leader } from './types.ts'

/** Input of {@link batchDepartment}. */
export interface BatchDepartmentInput {
  query: {
    department_ids: string[]
    department_id_type?: 'open_department_id' | 'department_id'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link batchDepartment} response. */
export interface BatchDepartmentOutput {
  items?: Item[]
}

/**
 * `contact.v3.department.batch`: GET /open-apis/contact/v3/departments/batch (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch&project=contact&resource=department&version=v3
 */
export const batchDepartment = /*#__PURE__*/ endpoint<BatchDepartmentInput, BatchDepartmentOutput>({
  id: 'contact.v3.department.batch',
  method: 'GET',
  path: '/open-apis/contact/v3/departments/batch',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        department_ids: array(string()),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link childrenDepartment}. */
export interface ChildrenDepartmentInput {
  path: { department_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    fetch_child?: boolean
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link childrenDepartment} response. */
export interface ChildrenDepartmentOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `contact.v3.department.children`: GET /open-apis/contact/v3/departments/:department_id/children (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=children&project=contact&resource=department&version=v3
 */
export const childrenDepartment = /*#__PURE__*/ endpoint<ChildrenDepartmentInput, ChildrenDepartmentOutput, true>({
  id: 'contact.v3.department.children',
  method: 'GET',
  path: '/open-apis/contact/v3/departments/:department_id/children',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        fetch_child: optional(boolean()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link createDepartment}. */
export interface CreateDepartmentInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    client_token?: string
  }
  body: {
    name: string
    i18n_name?: AssignInfoI18nName
    parent_department_id: string
    department_id?: string
    leader_user_id?: string
    order?: string
    create_group_chat?: boolean
    leaders?: Leader[]
    group_chat_employee_types?: number[]
    department_hrbps?: string[]
    unit_ids?: string[]
  }
}

/** `data` of a successful {@link createDepartment} response. */
export interface CreateDepartmentOutput {
  department?: Item
}

/**
 * `contact.v3.department.create`: POST /open-apis/contact/v3/departments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=department&version=v3
 */
export const createDepartment = /*#__PURE__*/ endpoint<CreateDepartmentInput, CreateDepartmentOutput>({
  id: 'contact.v3.department.create',
  method: 'POST',
  path: '/open-apis/contact/v3/departments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        client_token: optional(string()),
      })),
      body: looseObject({
        name: string(),
        i18n_name: optional(AssignInfoI18nNameSchema()),
        parent_department_id: string(),
        department_id: optional(string()),
        leader_user_id: optional(string()),
        order: optional(string()),
        create_group_chat: optional(boolean()),
        leaders: optional(array(LeaderSchema())),
        group_chat_employee_types: optional(array(number())),
        department_hrbps: optional(array(string())),
        unit_ids: optional(array(string())),
      }),
    }),
})

/** Input of {@link deleteDepartment}. */
export interface DeleteDepartmentInput {
  path: { department_id: string }
  query?: { department_id_type?: 'department_id' | 'open_department_id' }
}

/** `data` of a successful {@link deleteDepartment} response. */
export type DeleteDepartmentOutput = { [key: string]: unknown }

/**
 * `contact.v3.department.delete`: DELETE /open-apis/contact/v3/departments/:department_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=department&version=v3
 */
export const deleteDepartment = /*#__PURE__*/ endpoint<DeleteDepartmentInput, DeleteDepartmentOutput>({
  id: 'contact.v3.department.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/departments/:department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({ department_id_type: optional(picklist(['department_id', 'open_department_id'])) })),
    }),
})

/** Input of {@link getDepartment}. */
export interface GetDepartmentInput {
  path: { department_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getDepartment} response. */
export interface GetDepartmentOutput {
  department?: Item
}

/**
 * `contact.v3.department.get`: GET /open-apis/contact/v3/departments/:department_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=department&version=v3
 */
export const getDepartment = /*#__PURE__*/ endpoint<GetDepartmentInput, GetDepartmentOutput>({
  id: 'contact.v3.department.get',
  method: 'GET',
  path: '/open-apis/contact/v3/departments/:department_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})

/** Input of {@link listDepartment}. */
export interface ListDepartmentInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    parent_department_id?: string
    fetch_child?: boolean
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link listDepartment} response. */
export interface ListDepartmentOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `contact.v3.department.list`: GET /open-apis/contact/v3/departments (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use {@link childrenDepartment} instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=department&version=v3
 */
export const listDepartment = /*#__PURE__*/ endpoint<ListDepartmentInput, ListDepartmentOutput, true>({
  id: 'contact.v3.department.list',
  method: 'GET',
  path: '/open-apis/contact/v3/departments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        parent_department_id: optional(string()),
        fetch_child: optional(boolean()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link parentDepartment}. */
export interface ParentDepartmentInput {
  query: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    department_id: string
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link parentDepartment} response. */
export interface ParentDepartmentOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `contact.v3.department.parent`: GET /open-apis/contact/v3/departments/parent (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=parent&project=contact&resource=department&version=v3
 */
export const parentDepartment = /*#__PURE__*/ endpoint<ParentDepartmentInput, ParentDepartmentOutput, true>({
  id: 'contact.v3.department.parent',
  method: 'GET',
  path: '/open-apis/contact/v3/departments/parent',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        department_id: string(),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchDepartment}. */
export interface PatchDepartmentInput {
  path: { department_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    name?: string
    i18n_name?: AssignInfoI18nName
    parent_department_id?: string
    leader_user_id?: string
    order?: string
    create_group_chat?: boolean
    leaders?: Leader[]
    group_chat_employee_types?: number[]
    department_hrbps?: string[]
  }
}

/** `data` of a successful {@link patchDepartment} response. */
export interface PatchDepartmentOutput {
  department?: Item
}

/**
 * `contact.v3.department.patch`: PATCH /open-apis/contact/v3/departments/:department_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=contact&resource=department&version=v3
 */
export const patchDepartment = /*#__PURE__*/ endpoint<PatchDepartmentInput, PatchDepartmentOutput>({
  id: 'contact.v3.department.patch',
  method: 'PATCH',
  path: '/open-apis/contact/v3/departments/:department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        name: optional(string()),
        i18n_name: optional(AssignInfoI18nNameSchema()),
        parent_department_id: optional(string()),
        leader_user_id: optional(string()),
        order: optional(string()),
        create_group_chat: optional(boolean()),
        leaders: optional(array(LeaderSchema())),
        group_chat_employee_types: optional(array(number())),
        department_hrbps: optional(array(string())),
      })),
    }),
})

/** Input of {@link searchDepartment}. */
export interface SearchDepartmentInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    page_token?: string
    page_size?: number
  }
  body: { query: string }
}

/** `data` of a successful {@link searchDepartment} response. */
export interface SearchDepartmentOutput {
  items?: Item[]
  page_token?: string
  has_more: boolean
}

/**
 * `contact.v3.department.search`: POST /open-apis/contact/v3/departments/search (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=contact&resource=department&version=v3
 */
export const searchDepartment = /*#__PURE__*/ endpoint<SearchDepartmentInput, SearchDepartmentOutput, true>({
  id: 'contact.v3.department.search',
  method: 'POST',
  path: '/open-apis/contact/v3/departments/search',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: looseObject({ query: string() }),
    }),
  page: { items: 'items' },
})

/** Input of {@link unbindDepartmentDepartmentChat}. */
export interface UnbindDepartmentDepartmentChatInput {
  query?: { department_id_type?: 'department_id' | 'open_department_id' }
  body: { department_id: string }
}

/** `data` of a successful {@link unbindDepartmentDepartmentChat} response. */
export type UnbindDepartmentDepartmentChatOutput = { [key: string]: unknown }

/**
 * `contact.v3.department.unbind_department_chat`: POST /open-apis/contact/v3/departments/unbind_department_chat (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unbind_department_chat&project=contact&resource=department&version=v3
 */
export const unbindDepartmentDepartmentChat = /*#__PURE__*/ endpoint<UnbindDepartmentDepartmentChatInput, UnbindDepartmentDepartmentChatOutput>({
  id: 'contact.v3.department.unbind_department_chat',
  method: 'POST',
  path: '/open-apis/contact/v3/departments/unbind_department_chat',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ department_id_type: optional(picklist(['department_id', 'open_department_id'])) })),
      body: looseObject({ department_id: string() }),
    }),
})

/** Input of {@link updateDepartment}. */
export interface UpdateDepartmentInput {
  path: { department_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: {
    name: string
    i18n_name?: AssignInfoI18nName
    parent_department_id: string
    leader_user_id?: string
    order?: string
    create_group_chat?: boolean
    leaders?: Leader[]
    group_chat_employee_types?: number[]
  }
}

/** `data` of a successful {@link updateDepartment} response. */
export interface UpdateDepartmentOutput {
  department?: {
    name: string
    i18n_name?: AssignInfoI18nName
    parent_department_id: string
    department_id?: string
    open_department_id?: string
    leader_user_id?: string
    chat_id?: string
    order?: string
    unit_ids?: string[]
    member_count?: number
    status?: { is_deleted?: boolean }
    leaders?: Leader[]
    group_chat_employee_types?: number[]
    primary_member_count?: number
  }
}

/**
 * `contact.v3.department.update`: PUT /open-apis/contact/v3/departments/:department_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=contact&resource=department&version=v3
 */
export const updateDepartment = /*#__PURE__*/ endpoint<UpdateDepartmentInput, UpdateDepartmentOutput>({
  id: 'contact.v3.department.update',
  method: 'PUT',
  path: '/open-apis/contact/v3/departments/:department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({
        name: string(),
        i18n_name: optional(AssignInfoI18nNameSchema()),
        parent_department_id: string(),
        leader_user_id: optional(string()),
        order: optional(string()),
        create_group_chat: optional(boolean()),
        leaders: optional(array(LeaderSchema())),
        group_chat_employee_types: optional(array(number())),
      }),
    }),
})

/** Input of {@link updateDepartmentDepartmentId}. */
export interface UpdateDepartmentDepartmentIdInput {
  path: { department_id: string }
  query?: { department_id_type?: 'department_id' | 'open_department_id' }
  body: { new_department_id: string }
}

/** `data` of a successful {@link updateDepartmentDepartmentId} response. */
export type UpdateDepartmentDepartmentIdOutput = { [key: string]: unknown }

/**
 * `contact.v3.department.update_department_id`: PATCH /open-apis/contact/v3/departments/:department_id/update_department_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_department_id&project=contact&resource=department&version=v3
 */
export const updateDepartmentDepartmentId = /*#__PURE__*/ endpoint<UpdateDepartmentDepartmentIdInput, UpdateDepartmentDepartmentIdOutput>({
  id: 'contact.v3.department.update_department_id',
  method: 'PATCH',
  path: '/open-apis/contact/v3/departments/:department_id/update_department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({ department_id_type: optional(picklist(['department_id', 'open_department_id'])) })),
      body: looseObject({ new_department_id: string() }),
    }),
})
