// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ChatSchema, CreateUserSchema, DepartmentSchema } from './models.ts'
import type { Chat, CreateUser, Department } from './types.ts'

/** Input of {@link cancelNotificationApprove}. */
export interface CancelNotificationApproveInput {
  path: { notification_id: string }
}

/** `data` of a successful {@link cancelNotificationApprove} response. */
export type CancelNotificationApproveOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.notification.cancel_approve`: POST /open-apis/helpdesk/v1/notifications/:notification_id/cancel_approve (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel_approve&project=helpdesk&resource=notification&version=v1
 */
export const cancelNotificationApprove = /*#__PURE__*/ endpoint<CancelNotificationApproveInput, CancelNotificationApproveOutput>({
  id: 'helpdesk.v1.notification.cancel_approve',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/notifications/:notification_id/cancel_approve',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ notification_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link cancelNotificationSend}. */
export interface CancelNotificationSendInput {
  path: { notification_id: string }
  body: { is_recall: boolean }
}

/** `data` of a successful {@link cancelNotificationSend} response. */
export type CancelNotificationSendOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.notification.cancel_send`: POST /open-apis/helpdesk/v1/notifications/:notification_id/cancel_send (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel_send&project=helpdesk&resource=notification&version=v1
 */
export const cancelNotificationSend = /*#__PURE__*/ endpoint<CancelNotificationSendInput, CancelNotificationSendOutput>({
  id: 'helpdesk.v1.notification.cancel_send',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/notifications/:notification_id/cancel_send',
  tokens: ['user'],
  input: () =>
    looseObject({ path: looseObject({ notification_id: string() }), body: looseObject({ is_recall: boolean() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link createNotification}. */
export interface CreateNotificationInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    id?: string
    job_name?: string
    status?: number
    create_user?: CreateUser
    created_at?: string
    update_user?: CreateUser
    updated_at?: string
    target_user_count?: number
    sent_user_count?: number
    read_user_count?: number
    send_at?: string
    push_content?: string
    push_type?: number
    push_scope_type?: number
    new_staff_scope_type?: number
    new_staff_scope_department_list?: Department[]
    user_list?: CreateUser[]
    department_list?: Department[]
    chat_list?: Chat[]
    ext?: string
  }
}

/** `data` of a successful {@link createNotification} response. */
export interface CreateNotificationOutput {
  notification_id?: string
  status?: number
}

/**
 * `helpdesk.v1.notification.create`: POST /open-apis/helpdesk/v1/notifications (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=notification&version=v1
 */
export const createNotification = /*#__PURE__*/ endpoint<CreateNotificationInput, CreateNotificationOutput>({
  id: 'helpdesk.v1.notification.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/notifications',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        id: optional(string()),
        job_name: optional(string()),
        status: optional(number()),
        create_user: optional(CreateUserSchema()),
        created_at: optional(string()),
        update_user: optional(CreateUserSchema()),
        updated_at: optional(string()),
        target_user_count: optional(number()),
        sent_user_count: optional(number()),
        read_user_count: optional(number()),
        send_at: optional(string()),
        push_content: optional(string()),
        push_type: optional(number()),
        push_scope_type: optional(number()),
        new_staff_scope_type: optional(number()),
        new_staff_scope_department_list: optional(array(DepartmentSchema())),
        user_list: optional(array(CreateUserSchema())),
        department_list: optional(array(DepartmentSchema())),
        chat_list: optional(array(ChatSchema())),
        ext: optional(string()),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link executeNotificationSend}. */
export interface ExecuteNotificationSendInput {
  path: { notification_id: string }
  body: { send_at: string }
}

/** `data` of a successful {@link executeNotificationSend} response. */
export type ExecuteNotificationSendOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.notification.execute_send`: POST /open-apis/helpdesk/v1/notifications/:notification_id/execute_send (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=execute_send&project=helpdesk&resource=notification&version=v1
 */
export const executeNotificationSend = /*#__PURE__*/ endpoint<ExecuteNotificationSendInput, ExecuteNotificationSendOutput>({
  id: 'helpdesk.v1.notification.execute_send',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/notifications/:notification_id/execute_send',
  tokens: ['user'],
  input: () =>
    looseObject({ path: looseObject({ notification_id: string() }), body: looseObject({ send_at: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link getNotification}. */
export interface GetNotificationInput {
  path: { notification_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getNotification} response. */
export interface GetNotificationOutput {
  notification?: {
    id?: string
    job_name?: string
    status?: number
    create_user?: CreateUser
    created_at?: string
    update_user?: CreateUser
    updated_at?: string
    target_user_count?: number
    sent_user_count?: number
    read_user_count?: number
    send_at?: string
    push_content?: string
    push_type?: number
    push_scope_type?: number
    new_staff_scope_type?: number
    new_staff_scope_department_list?: Department[]
    user_list?: CreateUser[]
    department_list?: Department[]
    chat_list?: Chat[]
    ext?: string
  }
  approval_app_link?: string
}

/**
 * `helpdesk.v1.notification.get`: GET /open-apis/helpdesk/v1/notifications/:notification_id (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=helpdesk&resource=notification&version=v1
 */
export const getNotification = /*#__PURE__*/ endpoint<GetNotificationInput, GetNotificationOutput>({
  id: 'helpdesk.v1.notification.get',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/notifications/:notification_id',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ notification_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link patchNotification}. */
export interface PatchNotificationInput {
  path: { notification_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    id?: string
    job_name?: string
    status?: number
    create_user?: CreateUser
    created_at?: string
    update_user?: CreateUser
    updated_at?: string
    target_user_count?: number
    sent_user_count?: number
    read_user_count?: number
    send_at?: string
    push_content?: string
    push_type?: number
    push_scope_type?: number
    new_staff_scope_type?: number
    new_staff_scope_department_list?: Department[]
    user_list?: CreateUser[]
    department_list?: Department[]
    chat_list?: Chat[]
    ext?: string
  }
}

/** `data` of a successful {@link patchNotification} response. */
export type PatchNotificationOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.notification.patch`: PATCH /open-apis/helpdesk/v1/notifications/:notification_id (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=helpdesk&resource=notification&version=v1
 */
export const patchNotification = /*#__PURE__*/ endpoint<PatchNotificationInput, PatchNotificationOutput>({
  id: 'helpdesk.v1.notification.patch',
  method: 'PATCH',
  path: '/open-apis/helpdesk/v1/notifications/:notification_id',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ notification_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        id: optional(string()),
        job_name: optional(string()),
        status: optional(number()),
        create_user: optional(CreateUserSchema()),
        created_at: optional(string()),
        update_user: optional(CreateUserSchema()),
        updated_at: optional(string()),
        target_user_count: optional(number()),
        sent_user_count: optional(number()),
        read_user_count: optional(number()),
        send_at: optional(string()),
        push_content: optional(string()),
        push_type: optional(number()),
        push_scope_type: optional(number()),
        new_staff_scope_type: optional(number()),
        new_staff_scope_department_list: optional(array(DepartmentSchema())),
        user_list: optional(array(CreateUserSchema())),
        department_list: optional(array(DepartmentSchema())),
        chat_list: optional(array(ChatSchema())),
        ext: optional(string()),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link previewNotification}. */
export interface PreviewNotificationInput {
  path: { notification_id: string }
}

/** `data` of a successful {@link previewNotification} response. */
export type PreviewNotificationOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.notification.preview`: POST /open-apis/helpdesk/v1/notifications/:notification_id/preview (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=preview&project=helpdesk&resource=notification&version=v1
 */
export const previewNotification = /*#__PURE__*/ endpoint<PreviewNotificationInput, PreviewNotificationOutput>({
  id: 'helpdesk.v1.notification.preview',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/notifications/:notification_id/preview',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ notification_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link submitNotificationApprove}. */
export interface SubmitNotificationApproveInput {
  path: { notification_id: string }
  body: { reason: string }
}

/** `data` of a successful {@link submitNotificationApprove} response. */
export interface SubmitNotificationApproveOutput {
  has_access?: boolean
}

/**
 * `helpdesk.v1.notification.submit_approve`: POST /open-apis/helpdesk/v1/notifications/:notification_id/submit_approve (user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=submit_approve&project=helpdesk&resource=notification&version=v1
 */
export const submitNotificationApprove = /*#__PURE__*/ endpoint<SubmitNotificationApproveInput, SubmitNotificationApproveOutput>({
  id: 'helpdesk.v1.notification.submit_approve',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/notifications/:notification_id/submit_approve',
  tokens: ['user'],
  input: () =>
    looseObject({ path: looseObject({ notification_id: string() }), body: looseObject({ reason: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})
