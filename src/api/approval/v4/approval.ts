// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ApproverSchema, I18nResourceSchema, ViewerSchema } from './models.ts'
import type { Approver, I18nResource, Viewer } from './types.ts'

/** Input of {@link createApproval}. */
export interface CreateApprovalInput {
  query?: {
    department_id_type?: 'department_id' | 'open_department_id'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
  body: {
    approval_name: string
    approval_code?: string
    description?: string
    viewers: Viewer[]
    form: { form_content: string; widget_relation?: string }
    node_list: {
      id: string
      name?: string
      node_type?: 'AND' | 'OR' | 'SEQUENTIAL'
      approver?: Approver[]
      ccer?: Approver[]
      privilege_field?: { writable: string[]; readable: string[] }
      approver_chosen_multi?: boolean
      approver_chosen_range?: { type?: 'ALL' | 'PERSONAL' | 'ROLE'; id_list?: string[] }[]
      starter_assignee?: 'STARTER' | 'AUTO_PASS' | 'SUPERVISOR' | 'DEPARTMENT_MANAGER'
    }[]
    settings?: {
      revert_interval?: number
      revert_option?: number
      reject_option?: number
      quick_approval_option?: number
      overtime_disable?: boolean
      overtime_notice_time?: number
      overtime_close_time?: number
      overtime_recover_time?: number
    }
    config?: {
      can_update_viewer: boolean
      can_update_form: boolean
      can_update_process: boolean
      can_update_revert: boolean
      help_url?: string
    }
    icon?: number
    i18n_resources: I18nResource[]
    process_manager_ids?: string[]
  }
}

/** `data` of a successful {@link createApproval} response. */
export interface CreateApprovalOutput {
  approval_code?: string
  approval_id?: string
}

/**
 * `approval.v4.approval.create`: POST /open-apis/approval/v4/approvals (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=approval&resource=approval&version=v4
 */
export const createApproval = /*#__PURE__*/ endpoint<CreateApprovalInput, CreateApprovalOutput>({
  id: 'approval.v4.approval.create',
  method: 'POST',
  path: '/open-apis/approval/v4/approvals',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({
        approval_name: string(),
        approval_code: optional(string()),
        description: optional(string()),
        viewers: array(ViewerSchema()),
        form: looseObject({ form_content: string(), widget_relation: optional(string()) }),
        node_list: array(looseObject({
          id: string(),
          name: optional(string()),
          node_type: optional(picklist(['AND', 'OR', 'SEQUENTIAL'])),
          approver: optional(array(ApproverSchema())),
          ccer: optional(array(ApproverSchema())),
          privilege_field: optional(looseObject({ writable: array(string()), readable: array(string()) })),
          approver_chosen_multi: optional(boolean()),
          approver_chosen_range: optional(array(looseObject({
            type: optional(picklist(['ALL', 'PERSONAL', 'ROLE'])),
            id_list: optional(array(string())),
          }))),
          starter_assignee: optional(picklist(['STARTER', 'AUTO_PASS', 'SUPERVISOR', 'DEPARTMENT_MANAGER'])),
        })),
        settings: optional(looseObject({
          revert_interval: optional(number()),
          revert_option: optional(number()),
          reject_option: optional(number()),
          quick_approval_option: optional(number()),
          overtime_disable: optional(boolean()),
          overtime_notice_time: optional(number()),
          overtime_close_time: optional(number()),
          overtime_recover_time: optional(number()),
        })),
        config: optional(looseObject({
          can_update_viewer: boolean(),
          can_update_form: boolean(),
          can_update_process: boolean(),
          can_update_revert: boolean(),
          help_url: optional(string()),
        })),
        icon: optional(number()),
        i18n_resources: array(I18nResourceSchema()),
        process_manager_ids: optional(array(string())),
      }),
    }),
})

/** Input of {@link getApproval}. */
export interface GetApprovalInput {
  path: { approval_code: string }
  query?: {
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    with_admin_id?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    with_option?: boolean
    user_id?: string
    nested_mutable_group?: boolean
  }
}

/** `data` of a successful {@link getApproval} response. */
export interface GetApprovalOutput {
  approval_name: string
  status: 'ACTIVE' | 'INACTIVE' | 'DELETED' | 'UNKNOWN'
  form: string
  node_list: {
    name: string
    need_approver: boolean
    node_id: string
    custom_node_id?: string
    node_type: 'AND' | 'OR' | 'SEQUENTIAL' | 'CC_NODE'
    approver_chosen_multi: boolean
    approver_chosen_range?: { approver_range_type?: number; approver_range_ids?: string[] }[]
    require_signature?: boolean
  }[]
  viewers: { type: 'TENANT' | 'DEPARTMENT' | 'USER' | 'ROLE' | 'USER_GROUP' | 'NONE'; id?: string; user_id?: string }[]
  approval_admin_ids?: string[]
  form_widget_relation?: string
}

/**
 * `approval.v4.approval.get`: GET /open-apis/approval/v4/approvals/:approval_code (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=approval&resource=approval&version=v4
 */
export const getApproval = /*#__PURE__*/ endpoint<GetApprovalInput, GetApprovalOutput>({
  id: 'approval.v4.approval.get',
  method: 'GET',
  path: '/open-apis/approval/v4/approvals/:approval_code',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ approval_code: string() }),
      query: optional(looseObject({
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        with_admin_id: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        with_option: optional(boolean()),
        user_id: optional(string()),
        nested_mutable_group: optional(boolean()),
      })),
    }),
})

/** Input of {@link subscribeApproval}. */
export interface SubscribeApprovalInput {
  path: { approval_code: string }
}

/** `data` of a successful {@link subscribeApproval} response. */
export type SubscribeApprovalOutput = { [key: string]: unknown }

/**
 * `approval.v4.approval.subscribe`: POST /open-apis/approval/v4/approvals/:approval_code/subscribe (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscribe&project=approval&resource=approval&version=v4
 */
export const subscribeApproval = /*#__PURE__*/ endpoint<SubscribeApprovalInput, SubscribeApprovalOutput>({
  id: 'approval.v4.approval.subscribe',
  method: 'POST',
  path: '/open-apis/approval/v4/approvals/:approval_code/subscribe',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ approval_code: string() }) }),
})

/** Input of {@link unsubscribeApproval}. */
export interface UnsubscribeApprovalInput {
  path: { approval_code: string }
}

/** `data` of a successful {@link unsubscribeApproval} response. */
export type UnsubscribeApprovalOutput = { [key: string]: unknown }

/**
 * `approval.v4.approval.unsubscribe`: POST /open-apis/approval/v4/approvals/:approval_code/unsubscribe (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscribe&project=approval&resource=approval&version=v4
 */
export const unsubscribeApproval = /*#__PURE__*/ endpoint<UnsubscribeApprovalInput, UnsubscribeApprovalOutput>({
  id: 'approval.v4.approval.unsubscribe',
  method: 'POST',
  path: '/open-apis/approval/v4/approvals/:approval_code/unsubscribe',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ approval_code: string() }) }),
})
