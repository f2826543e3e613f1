// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import {
  array,
  looseObject,
  maxLength,
  number,
  optional,
  picklist,
  pipe,
  record,
  string,
} from '../../../core/valibot.ts'
import type { Approval, Group, Instance } from './types.ts'

/** Input of {@link approveInstance}. */
export interface ApproveInstanceInput {
  body: {
    approval_code: string
    instance_code: string
    open_id?: string
    user_id?: string
    task_id: string
    comment?: string
  }
}

/** `data` of a successful {@link approveInstance} response. */
export type ApproveInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v2.instance.approve`: POST /approval/openapi/v2/instance/approve (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `approveTask` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/approval-task-approve
 */
export const approveInstance = /*#__PURE__*/ endpoint<ApproveInstanceInput, ApproveInstanceOutput>({
  id: 'approval.v2.instance.approve',
  method: 'POST',
  path: '/approval/openapi/v2/instance/approve',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        open_id: optional(string()),
        user_id: optional(string()),
        task_id: string(),
        comment: optional(string()),
      }),
    }),
  host: 'www',
})

/** Input of {@link cancelInstance}. */
export interface CancelInstanceInput {
  body: { approval_code: string; instance_code: string; user_id: string; open_id: string }
}

/** `data` of a successful {@link cancelInstance} response. */
export type CancelInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v2.instance.cancel`: POST /approval/openapi/v2/instance/cancel (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `cancelInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/approval-instance-cancel
 */
export const cancelInstance = /*#__PURE__*/ endpoint<CancelInstanceInput, CancelInstanceOutput>({
  id: 'approval.v2.instance.cancel',
  method: 'POST',
  path: '/approval/openapi/v2/instance/cancel',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({ approval_code: string(), instance_code: string(), user_id: string(), open_id: string() }),
    }),
  host: 'www',
})

/** Input of {@link ccInstance}. */
export interface CcInstanceInput {
  body: {
    approval_code: string
    instance_code: string
    user_id?: string
    open_id?: string
    cc_user_ids?: string[]
    cc_open_ids?: string[]
    comment?: string
  }
}

/** `data` of a successful {@link ccInstance} response. */
export type CcInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v2.instance.cc`: POST /approval/openapi/v2/instance/cc (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `ccInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/cc-instance
 */
export const ccInstance = /*#__PURE__*/ endpoint<CcInstanceInput, CcInstanceOutput>({
  id: 'approval.v2.instance.cc',
  method: 'POST',
  path: '/approval/openapi/v2/instance/cc',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        user_id: optional(string()),
        open_id: optional(string()),
        cc_user_ids: optional(array(string())),
        cc_open_ids: optional(array(string())),
        comment: optional(string()),
      }),
    }),
  host: 'www',
})

/** Input of {@link createInstance}. */
export interface CreateInstanceInput {
  body: {
    approval_code: string
    user_id?: string
    open_id?: string
    department_id?: string
    form: string
    node_approver_user_id_list?: { [key: string]: string[] }
    node_approver_open_id_list?: { [key: string]: string[] }
    node_cc_user_id_list?: { [key: string]: string[] }
    node_cc_open_id_list?: { [key: string]: string[] }
    uuid?: string
  }
}

/** `data` of a successful {@link createInstance} response. */
export interface CreateInstanceOutput {
  instance_code?: string
}

/**
 * `approval.v2.instance.create`: POST /approval/openapi/v2/instance/create (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `createInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/create-approval-instance
 */
export const createInstance = /*#__PURE__*/ endpoint<CreateInstanceInput, CreateInstanceOutput>({
  id: 'approval.v2.instance.create',
  method: 'POST',
  path: '/approval/openapi/v2/instance/create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        user_id: optional(string()),
        open_id: optional(string()),
        department_id: optional(string()),
        form: string(),
        node_approver_user_id_list: optional(record(string(), array(string()))),
        node_approver_open_id_list: optional(record(string(), array(string()))),
        node_cc_user_id_list: optional(record(string(), pipe(array(string()), maxLength(20)))),
        node_cc_open_id_list: optional(record(string(), pipe(array(string()), maxLength(20)))),
        uuid: optional(string()),
      }),
    }),
  host: 'www',
})

/** Input of {@link getInstance}. */
export interface GetInstanceInput {
  body: { instance_code: string; locale?: 'zh-CN' | 'en-US' | 'ja-JP'; user_id?: string; open_id?: string }
}

/** `data` of a successful {@link getInstance} response. */
export interface GetInstanceOutput {
  approval_code?: string
  approval_name?: string
  start_time?: number
  end_time?: number
  user_id?: string
  open_id?: string
  serial_number?: string
  department_id?: string
  status?: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELED' | 'DELETED'
  uuid?: string
  form?: string
  task_list?: {
    id?: string
    user_id?: string
    open_id?: string
    status?: 'PENDING' | 'APPROVED' | 'REJECTED' | 'TRANSFERRED' | 'DONE'
    node_id?: string
    node_name?: string
    custom_node_id?: string
    type?: 'AND' | 'OR' | 'AUTO_PASS' | 'AUTO_REJECT' | 'SEQUENTIAL'
    start_time?: number
    end_time?: number
  }[]
  comment_list?: { id?: string; user_id?: string; open_id?: string; comment?: string; create_time?: number }[]
  timeline?: {
    type?: string
    create_time?: number
    user_id?: string
    open_id?: string
    user_id_list?: string[]
    open_id_list?: string[]
    task_id?: string
    comment?: string
    cc_user_list?: { user_id?: string; cc_id?: string; open_id?: string }[]
    ext?: string
    node_key?: string
    modified_instance_code?: string
    reverted_instance_code?: string
  }[]
}

/**
 * `approval.v2.instance.get`: POST /approval/openapi/v2/instance/get (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `getInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/obtain-single-approval-instance-details
 */
export const getInstance = /*#__PURE__*/ endpoint<GetInstanceInput, GetInstanceOutput>({
  id: 'approval.v2.instance.get',
  method: 'POST',
  path: '/approval/openapi/v2/instance/get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        instance_code: string(),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        user_id: optional(string()),
        open_id: optional(string()),
      }),
    }),
  host: 'www',
})

/** Input of {@link listInstance}. */
export interface ListInstanceInput {
  body: { approval_code: string; start_time: number; end_time: number; offset: number; limit: number }
}

/** `data` of a successful {@link listInstance} response. */
export interface ListInstanceOutput {
  instance_code_list?: string[]
}

/**
 * `approval.v2.instance.list`: POST /approval/openapi/v2/instance/list (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `listInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/batch-obtain-approval-instance-ids
 */
export const listInstance = /*#__PURE__*/ endpoint<ListInstanceInput, ListInstanceOutput>({
  id: 'approval.v2.instance.list',
  method: 'POST',
  path: '/approval/openapi/v2/instance/list',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        start_time: number(),
        end_time: number(),
        offset: number(),
        limit: number(),
      }),
    }),
  host: 'www',
})

/** Input of {@link rejectInstance}. */
export interface RejectInstanceInput {
  body: {
    approval_code: string
    instance_code: string
    open_id?: string
    user_id?: string
    task_id: string
    comment?: string
  }
}

/** `data` of a successful {@link rejectInstance} response. */
export type RejectInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v2.instance.reject`: POST /approval/openapi/v2/instance/reject (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `rejectTask` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/approval-task-reject
 */
export const rejectInstance = /*#__PURE__*/ endpoint<RejectInstanceInput, RejectInstanceOutput>({
  id: 'approval.v2.instance.reject',
  method: 'POST',
  path: '/approval/openapi/v2/instance/reject',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        open_id: optional(string()),
        user_id: optional(string()),
        task_id: string(),
        comment: optional(string()),
      }),
    }),
  host: 'www',
})

/** Input of {@link searchInstance}. */
export interface SearchInstanceInput {
  body?: {
    user_id?: string
    approval_code?: string
    instance_code?: string
    instance_external_id?: string
    group_external_id?: string
    instance_title?: string
    instance_status?: 'REJECT' | 'PENDING' | 'RECALL' | 'DELETED' | 'APPROVED'
    instance_start_time_from?: number
    instance_start_time_to?: number
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    offset?: number
    limit?: number
  }
}

/** `data` of a successful {@link searchInstance} response. */
export interface SearchInstanceOutput {
  count?: number
  instance_list?: { approval?: Approval; group?: Group; instance?: Instance }[]
}

/**
 * `approval.v2.instance.search`: POST /approval/openapi/v2/instance/search (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `queryInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/approval-search/instance-list-query
 */
export const searchInstance = /*#__PURE__*/ endpoint<SearchInstanceInput, SearchInstanceOutput>({
  id: 'approval.v2.instance.search',
  method: 'POST',
  path: '/approval/openapi/v2/instance/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        user_id: optional(string()),
        approval_code: optional(string()),
        instance_code: optional(string()),
        instance_external_id: optional(string()),
        group_external_id: optional(string()),
        instance_title: optional(string()),
        instance_status: optional(picklist(['REJECT', 'PENDING', 'RECALL', 'DELETED', 'APPROVED'])),
        instance_start_time_from: optional(number()),
        instance_start_time_to: optional(number()),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        offset: optional(number()),
        limit: optional(number()),
      })),
    }),
  host: 'www',
})

/** Input of {@link transferInstance}. */
export interface TransferInstanceInput {
  body: {
    approval_code: string
    instance_code: string
    user_id?: string
    task_id: string
    comment?: string
    transfer_user_id?: string
    open_id?: string
    transfer_open_id?: string
  }
}

/** `data` of a successful {@link transferInstance} response. */
export type TransferInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v2.instance.transfer`: POST /approval/openapi/v2/instance/transfer (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `transferTask` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/approval-task-transfer
 */
export const transferInstance = /*#__PURE__*/ endpoint<TransferInstanceInput, TransferInstanceOutput>({
  id: 'approval.v2.instance.transfer',
  method: 'POST',
  path: '/approval/openapi/v2/instance/transfer',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        user_id: optional(string()),
        task_id: string(),
        comment: optional(string()),
        transfer_user_id: optional(string()),
        open_id: optional(string()),
        transfer_open_id: optional(string()),
      }),
    }),
  host: 'www',
})
