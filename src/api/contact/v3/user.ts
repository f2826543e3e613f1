// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  CustomAttrSchema,
  DepartmentPathSchema,
  NotificationOptionSchema,
  OrderSchema,
  PositionSchema,
} from './models.ts'
import type {
  AssignInfoI18nName,
  BatchItem,
  CustomAttr,
  DepartmentPath,
  GetUser,
  ListItem,
  NotificationOption,
  Order,
  Position,
  Status,
  UpdateUser,
  User,
} from './types.ts'

/** Input of {@link basicUserBatch}. */
export interface BasicUserBatchInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { user_ids: string[] }
}

/** `data` of a successful {@link basicUserBatch} response. */
export interface BasicUserBatchOutput {
  users?: { user_id?: string; name?: string; i18n_name?: AssignInfoI18nName }[]
}

/**
 * `contact.v3.user.basic_batch`: POST /open-apis/contact/v3/users/basic_batch (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=basic_batch&project=contact&resource=user&version=v3
 */
export const basicUserBatch = /*#__PURE__*/ endpoint<BasicUserBatchInput, BasicUserBatchOutput>({
  id: 'contact.v3.user.basic_batch',
  method: 'POST',
  path: '/open-apis/contact/v3/users/basic_batch',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({ user_ids: array(string()) }),
    }),
})

/** Input of {@link batchUser}. */
export interface BatchUserInput {
  query: {
    user_ids: string[]
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
  }
}

/** `data` of a successful {@link batchUser} response. */
export interface BatchUserOutput {
  items?: BatchItem[]
}

/**
 * `contact.v3.user.batch`: GET /open-apis/contact/v3/users/batch (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch&project=contact&resource=user&version=v3
 */
export const batchUser = /*#__PURE__*/ endpoint<BatchUserInput, BatchUserOutput>({
  id: 'contact.v3.user.batch',
  method: 'GET',
  path: '/open-apis/contact/v3/users/batch',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        user_ids: array(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
      }),
    }),
})

/** Input of {@link batchGetUserId}. */
export interface BatchGetUserIdInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { emails?: string[]; mobiles?: string[]; include_resigned?: boolean }
}

/** `data` of a successful {@link batchGetUserId} response. */
export interface BatchGetUserIdOutput {
  user_list?: { user_id?: string; mobile?: string; email?: string; status?: Status }[]
}

/**
 * `contact.v3.user.batch_get_id`: POST /open-apis/contact/v3/users/batch_get_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get_id&project=contact&resource=user&version=v3
 */
export const batchGetUserId = /*#__PURE__*/ endpoint<BatchGetUserIdInput, BatchGetUserIdOutput>({
  id: 'contact.v3.user.batch_get_id',
  method: 'POST',
  path: '/open-apis/contact/v3/users/batch_get_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        emails: optional(array(string())),
        mobiles: optional(array(string())),
        include_resigned: optional(boolean()),
      })),
    }),
})

/** Input of {@link createUser}. */
export interface CreateUserInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    client_token?: string
  }
  body: {
    user_id?: string
    name: string
    en_name?: string
    nickname?: string
    email?: string
    mobile: string
    mobile_visible?: boolean
    gender?: number
    avatar_key?: string
    department_ids: string[]
    leader_user_id?: string
    city?: string
    country?: string
    work_station?: string
    join_time?: number
    employee_no?: string
    employee_type: number
    positions?: Position[]
    orders?: Order[]
    custom_attrs?: CustomAttr[]
    enterprise_email?: string
    idp_type?: string
    description?: string
    job_title?: string
    need_send_notification?: boolean
    notification_option?: NotificationOption
    geo?: string
    job_level_id?: string
    job_family_id?: string
    subscription_ids?: string[]
    department_path?: DepartmentPath[]
    dotted_line_leader_user_ids?: string[]
  }
}

/** `data` of a successful {@link createUser} response. */
export interface CreateUserOutput {
  user?: User
}

/**
 * `contact.v3.user.create`: POST /open-apis/contact/v3/users (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=user&version=v3
 */
export const createUser = /*#__PURE__*/ endpoint<CreateUserInput, CreateUserOutput>({
  id: 'contact.v3.user.create',
  method: 'POST',
  path: '/open-apis/contact/v3/users',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        client_token: optional(string()),
      })),
      body: looseObject({
        user_id: optional(string()),
        name: string(),
        en_name: optional(string()),
        nickname: optional(string()),
        email: optional(string()),
        mobile: string(),
        mobile_visible: optional(boolean()),
        gender: optional(number()),
        avatar_key: optional(string()),
        department_ids: array(string()),
        leader_user_id: optional(string()),
        city: optional(string()),
        country: optional(string()),
        work_station: optional(string()),
        join_time: optional(number()),
        employee_no: optional(string()),
        employee_type: number(),
        positions: optional(array(PositionSchema())),
        orders: optional(array(OrderSchema())),
        custom_attrs: optional(array(CustomAttrSchema())),
        enterprise_email: optional(string()),
        idp_type: optional(string()),
        description: optional(string()),
        job_title: optional(string()),
        need_send_notification: optional(boolean()),
        notification_option: optional(NotificationOptionSchema()),
        geo: optional(string()),
        job_level_id: optional(string()),
        job_family_id: optional(string()),
        subscription_ids: optional(array(string())),
        department_path: optional(array(DepartmentPathSchema())),
        dotted_line_leader_user_ids: optional(array(string())),
      }),
    }),
})

/** Input of {@link deleteUser}. */
export interface DeleteUserInput {
  path: { user_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    department_chat_acceptor_user_id?: string
    external_chat_acceptor_user_id?: string
    docs_acceptor_user_id?: string
    calendar_acceptor_user_id?: string
    application_acceptor_user_id?: string
    minutes_acceptor_user_id?: string
    survey_acceptor_user_id?: string
    email_acceptor?: { processing_type: '1' | '2' | '3'; acceptor_user_id?: string }
    anycross_acceptor_user_id?: string
  }
}

/** `data` of a successful {@link deleteUser} response. */
export type DeleteUserOutput = { [key: string]: unknown }

/**
 * `contact.v3.user.delete`: DELETE /open-apis/contact/v3/users/:user_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=user&version=v3
 */
export const deleteUser = /*#__PURE__*/ endpoint<DeleteUserInput, DeleteUserOutput>({
  id: 'contact.v3.user.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/users/:user_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        department_chat_acceptor_user_id: optional(string()),
        external_chat_acceptor_user_id: optional(string()),
        docs_acceptor_user_id: optional(string()),
        calendar_acceptor_user_id: optional(string()),
        application_acceptor_user_id: optional(string()),
        minutes_acceptor_user_id: optional(string()),
        survey_acceptor_user_id: optional(string()),
        email_acceptor: optional(looseObject({
          processing_type: picklist(['1', '2', '3']),
          acceptor_user_id: optional(string()),
        })),
        anycross_acceptor_user_id: optional(string()),
      })),
    }),
})

/** Input of {@link findUserByDepartment}. */
export interface FindUserByDepartmentInput {
  query: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    department_id: string
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link findUserByDepartment} response. */
export interface FindUserByDepartmentOutput {
  has_more?: boolean
  page_token?: string
  items?: User[]
}

/**
 * `contact.v3.user.find_by_department`: GET /open-apis/contact/v3/users/find_by_department (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=find_by_department&project=contact&resource=user&version=v3
 */
export const findUserByDepartment = /*#__PURE__*/ endpoint<FindUserByDepartmentInput, FindUserByDepartmentOutput, true>({
  id: 'contact.v3.user.find_by_department',
  method: 'GET',
  path: '/open-apis/contact/v3/users/find_by_department',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        department_id: string(),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link getUser}. */
export interface GetUserInput {
  path: { user_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getUser} response. */
export interface GetUserOutput {
  user?: GetUser
}

/**
 * `contact.v3.user.get`: GET /open-apis/contact/v3/users/:user_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=user&version=v3
 */
export const getUser = /*#__PURE__*/ endpoint<GetUserInput, GetUserOutput>({
  id: 'contact.v3.user.get',
  method: 'GET',
  path: '/open-apis/contact/v3/users/:user_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})

/** Input of {@link listUser}. */
export interface ListUserInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    department_id?: string
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listUser} response. */
export interface ListUserOutput {
  has_more?: boolean
  page_token?: string
  items?: ListItem[]
}

/**
 * `contact.v3.user.list`: GET /open-apis/contact/v3/users (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use {@link findUserByDepartment} instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=user&version=v3
 */
export const listUser = /*#__PURE__*/ endpoint<ListUserInput, ListUserOutput, true>({
  id: 'contact.v3.user.list',
  method: 'GET',
  path: '/open-apis/contact/v3/users',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        department_id: optional(string()),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchUser}. */
export interface PatchUserInput {
  path: { user_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    name?: string
    en_name?: string
    nickname?: string
    email?: string
    mobile?: string
    mobile_visible?: boolean
    gender?: number
    avatar_key?: string
    department_ids?: string[]
    leader_user_id?: string
    city?: string
    country?: string
    work_station?: string
    join_time?: number
    employee_no?: string
    employee_type?: number
    positions?: Position[]
    orders?: Order[]
    custom_attrs?: CustomAttr[]
    enterprise_email?: string
    idp_type?: string
    description?: string
    job_title?: string
    is_frozen?: boolean
    geo?: string
    job_level_id?: string
    job_family_id?: string
    subscription_ids?: string[]
    department_path?: DepartmentPath[]
    dotted_line_leader_user_ids?: string[]
  }
}

/** `data` of a successful {@link patchUser} response. */
export interface PatchUserOutput {
  user?: User
}

/**
 * `contact.v3.user.patch`: PATCH /open-apis/contact/v3/users/:user_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=contact&resource=user&version=v3
 */
export const patchUser = /*#__PURE__*/ endpoint<PatchUserInput, PatchUserOutput>({
  id: 'contact.v3.user.patch',
  method: 'PATCH',
  path: '/open-apis/contact/v3/users/:user_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        name: optional(string()),
        en_name: optional(string()),
        nickname: optional(string()),
        email: optional(string()),
        mobile: optional(string()),
        mobile_visible: optional(boolean()),
        gender: optional(number()),
        avatar_key: optional(string()),
        department_ids: optional(array(string())),
        leader_user_id: optional(string()),
        city: optional(string()),
        country: optional(string()),
        work_station: optional(string()),
        join_time: optional(number()),
        employee_no: optional(string()),
        employee_type: optional(number()),
        positions: optional(array(PositionSchema())),
        orders: optional(array(OrderSchema())),
        custom_attrs: optional(array(CustomAttrSchema())),
        enterprise_email: optional(string()),
        idp_type: optional(string()),
        description: optional(string()),
        job_title: optional(string()),
        is_frozen: optional(boolean()),
        geo: optional(string()),
        job_level_id: optional(string()),
        job_family_id: optional(string()),
        subscription_ids: optional(array(string())),
        department_path: optional(array(DepartmentPathSchema())),
        dotted_line_leader_user_ids: optional(array(string())),
      })),
    }),
})

/** Input of {@link resurrectUser}. */
export interface ResurrectUserInput {
  path: { user_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    departments?: { department_id: string; user_order?: number; department_order?: number }[]
    subscription_ids?: string[]
  }
}

/** `data` of a successful {@link resurrectUser} response. */
export type ResurrectUserOutput = { [key: string]: unknown }

/**
 * `contact.v3.user.resurrect`: POST /open-apis/contact/v3/users/:user_id/resurrect (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=resurrect&project=contact&resource=user&version=v3
 */
export const resurrectUser = /*#__PURE__*/ endpoint<ResurrectUserInput, ResurrectUserOutput>({
  id: 'contact.v3.user.resurrect',
  method: 'POST',
  path: '/open-apis/contact/v3/users/:user_id/resurrect',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        departments: optional(array(looseObject({
          department_id: string(),
          user_order: optional(number()),
          department_order: optional(number()),
        }))),
        subscription_ids: optional(array(string())),
      })),
    }),
})

/** Input of {@link updateUser}. */
export interface UpdateUserInput {
  path: { user_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: {
    name: string
    en_name?: string
    nickname?: string
    email?: string
    mobile: string
    mobile_visible?: boolean
    gender?: number
    avatar_key?: string
    department_ids: string[]
    leader_user_id?: string
    city?: string
    country?: string
    work_station?: string
    join_time?: number
    employee_no?: string
    employee_type: number
    positions?: Position[]
    orders?: Order[]
    custom_attrs?: CustomAttr[]
    enterprise_email?: string
    idp_type?: string
    description?: string
    job_title?: string
    is_frozen?: boolean
    geo?: string
    department_path?: DepartmentPath[]
    dotted_line_leader_user_ids?: string[]
  }
}

/** `data` of a successful {@link updateUser} response. */
export interface UpdateUserOutput {
  user?: UpdateUser
}

/**
 * `contact.v3.user.update`: PUT /open-apis/contact/v3/users/:user_id (tenant token).
 *
 * @deprecated Use {@link patchUser} instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=contact&resource=user&version=v3
 */
export const updateUser = /*#__PURE__*/ endpoint<UpdateUserInput, UpdateUserOutput>({
  id: 'contact.v3.user.update',
  method: 'PUT',
  path: '/open-apis/contact/v3/users/:user_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({
        name: string(),
        en_name: optional(string()),
        nickname: optional(string()),
        email: optional(string()),
        mobile: string(),
        mobile_visible: optional(boolean()),
        gender: optional(number()),
        avatar_key: optional(string()),
        department_ids: array(string()),
        leader_user_id: optional(string()),
        city: optional(string()),
        country: optional(string()),
        work_station: optional(string()),
        join_time: optional(number()),
        employee_no: optional(string()),
        employee_type: number(),
        positions: optional(array(PositionSchema())),
        orders: optional(array(OrderSchema())),
        custom_attrs: optional(array(CustomAttrSchema())),
        enterprise_email: optional(string()),
        idp_type: optional(string()),
        description: optional(string()),
        job_title: optional(string()),
        is_frozen: optional(boolean()),
        geo: optional(string()),
        department_path: optional(array(DepartmentPathSchema())),
        dotted_line_leader_user_ids: optional(array(string())),
      }),
    }),
})

/** Input of {@link updateUserUserId}. */
export interface UpdateUserUserIdInput {
  path: { user_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { new_user_id: string }
}

/** `data` of a successful {@link updateUserUserId} response. */
export type UpdateUserUserIdOutput = { [key: string]: unknown }

/**
 * `contact.v3.user.update_user_id`: PATCH /open-apis/contact/v3/users/:user_id/update_user_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_user_id&project=contact&resource=user&version=v3
 */
export const updateUserUserId = /*#__PURE__*/ endpoint<UpdateUserUserIdInput, UpdateUserUserIdOutput>({
  id: 'contact.v3.user.update_user_id',
  method: 'PATCH',
  path: '/open-apis/contact/v3/users/:user_id/update_user_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ new_user_id: string() }),
    }),
})
