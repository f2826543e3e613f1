// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { I18nResourceSchema, NodeApproverOpenIdSchema } from './models.ts'
import type { Approval, File, Group, I18nResource, Instance, Link, NodeApproverOpenId, Summarie } from './types.ts'

/** Input of {@link addInstanceCc}. */
export interface AddInstanceCcInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { instance_code: string; cc_user_ids: string[]; comment?: string }
}

/** `data` of a successful {@link addInstanceCc} response. */
export type AddInstanceCcOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.add_cc`: POST /open-apis/approval/v4/instances/add_cc (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_cc&project=approval&resource=instance&version=v4
 */
export const addInstanceCc = /*#__PURE__*/ endpoint<AddInstanceCcInput, AddInstanceCcOutput>({
  id: 'approval.v4.instance.add_cc',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/add_cc',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({ instance_code: string(), cc_user_ids: array(string()), comment: optional(string()) }),
    }),
})

/** Input of {@link addInstanceSign}. */
export interface AddInstanceSignInput {
  body: {
    user_id: string
    approval_code: string
    instance_code: string
    task_id: string
    comment?: string
    add_sign_user_ids: string[]
    add_sign_type: number
    approval_method?: number
  }
}

/** `data` of a successful {@link addInstanceSign} response. */
export type AddInstanceSignOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.add_sign`: POST /open-apis/approval/v4/instances/add_sign (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_sign&project=approval&resource=instance&version=v4
 */
export const addInstanceSign = /*#__PURE__*/ endpoint<AddInstanceSignInput, AddInstanceSignOutput>({
  id: 'approval.v4.instance.add_sign',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/add_sign',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        user_id: string(),
        approval_code: string(),
        instance_code: string(),
        task_id: string(),
        comment: optional(string()),
        add_sign_user_ids: array(string()),
        add_sign_type: number(),
        approval_method: optional(number()),
      }),
    }),
})

/** Input of {@link cancelInstance}. */
export interface CancelInstanceInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { approval_code: string; instance_code: string; user_id: string }
}

/** `data` of a successful {@link cancelInstance} response. */
export type CancelInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.cancel`: POST /open-apis/approval/v4/instances/cancel (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel&project=approval&resource=instance&version=v4
 */
export const cancelInstance = /*#__PURE__*/ endpoint<CancelInstanceInput, CancelInstanceOutput>({
  id: 'approval.v4.instance.cancel',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/cancel',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ approval_code: string(), instance_code: string(), user_id: string() }),
    }),
})

/** Input of {@link ccInstance}. */
export interface CcInstanceInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { approval_code: string; instance_code: string; user_id: string; cc_user_ids: string[]; comment?: string }
}

/** `data` of a successful {@link ccInstance} response. */
export type CcInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.cc`: POST /open-apis/approval/v4/instances/cc (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cc&project=approval&resource=instance&version=v4
 */
export const ccInstance = /*#__PURE__*/ endpoint<CcInstanceInput, CcInstanceOutput>({
  id: 'approval.v4.instance.cc',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/cc',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        user_id: string(),
        cc_user_ids: array(string()),
        comment: optional(string()),
      }),
    }),
})

/** Input of {@link createInstance}. */
export interface CreateInstanceInput {
  body: {
    approval_code: string
    user_id?: string
    open_id?: string
    department_id?: string
    form: string
    node_approver_user_id_list?: NodeApproverOpenId[]
    node_approver_open_id_list?: NodeApproverOpenId[]
    node_cc_user_id_list?: NodeApproverOpenId[]
    node_cc_open_id_list?: NodeApproverOpenId[]
    uuid?: string
    allow_resubmit?: boolean
    allow_submit_again?: boolean
    cancel_bot_notification?: string
    forbid_revoke?: boolean
    i18n_resources?: I18nResource[]
    title?: string
    title_display_method?: number
    node_auto_approval_list?: { node_id_type?: 'CUSTOM' | 'NON_CUSTOM'; node_id?: string }[]
    byte_extra?: string
    with_link?: boolean
  }
}

/** `data` of a successful {@link createInstance} response. */
export interface CreateInstanceOutput {
  instance_code: string
  instance_link: string
}

/**
 * `approval.v4.instance.create`: POST /open-apis/approval/v4/instances (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=approval&resource=instance&version=v4
 */
export const createInstance = /*#__PURE__*/ endpoint<CreateInstanceInput, CreateInstanceOutput>({
  id: 'approval.v4.instance.create',
  method: 'POST',
  path: '/open-apis/approval/v4/instances',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        user_id: optional(string()),
        open_id: optional(string()),
        department_id: optional(string()),
        form: string(),
        node_approver_user_id_list: optional(array(NodeApproverOpenIdSchema())),
        node_approver_open_id_list: optional(array(NodeApproverOpenIdSchema())),
        node_cc_user_id_list: optional(array(NodeApproverOpenIdSchema())),
        node_cc_open_id_list: optional(array(NodeApproverOpenIdSchema())),
        uuid: optional(string()),
        allow_resubmit: optional(boolean()),
        allow_submit_again: optional(boolean()),
        cancel_bot_notification: optional(string()),
        forbid_revoke: optional(boolean()),
        i18n_resources: optional(array(I18nResourceSchema())),
        title: optional(string()),
        title_display_method: optional(number()),
        node_auto_approval_list: optional(array(looseObject({
          node_id_type: optional(picklist(['CUSTOM', 'NON_CUSTOM'])),
          node_id: optional(string()),
        }))),
        byte_extra: optional(string()),
        with_link: optional(boolean()),
      }),
    }),
})

/** Input of {@link detailInstance}. */
export interface DetailInstanceInput {
  query: {
    instance_code: string
    locale?:
      | 'zh-CN'
      | 'en-US'
      | 'ja-JP'
      | 'zh-HK'
      | 'zh-TW'
      | 'de-DE'
      | 'es-ES'
      | 'fr-FR'
      | 'id-ID'
      | 'it-IT'
      | 'ko-KR'
      | 'pt-BR'
      | 'th-TH'
      | 'vi-VN'
      | 'ms-MY'
      | 'ru-RU'
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link detailInstance} response. */
export interface DetailInstanceOutput {
  definition_name: string
  start_time?: string
  end_time: string
  user_id: string
  serial_number: string
  department_id: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELED' | 'DELETED'
  form: string
  tasks: {
    id: string
    user_id: string
    status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'TRANSFERRED' | 'DONE'
    node_id?: string
    node_name?: string
    type?: 'AND' | 'OR' | 'AUTO_PASS' | 'AUTO_REJECT' | 'SEQUENTIAL'
    start_time: string
    end_time?: string
  }[]
  comments: { id: string; user_id: string; comment: string; create_time: string; files?: File[] }[]
  operation_records: {
    type:
      | 'START'
      | 'PASS'
      | 'REJECT'
      | 'AUTO_PASS'
      | 'AUTO_REJECT'
      | 'REMOVE_REPEAT'
      | 'TRANSFER'
      | 'ADD_APPROVER_BEFORE'
      | 'ADD_APPROVER'
      | 'ADD_APPROVER_AFTER'
      | 'DELETE_APPROVER'
      | 'ROLLBACK_SELECTED'
      | 'ROLLBACK'
      | 'CANCEL'
      | 'DELETE'
      | 'CC'
    create_time: string
    user_id?: string
    cc_user_ids?: string[]
    task_id?: string
    comment?: string
    node_id?: string
    files?: File[]
  }[]
  definition_code: string
  reverted?: boolean
  instance_code: string
  current_nodes?: {
    node_id?: string
    node_name?: string
    type?: 'AND' | 'OR' | 'SEQUENTIAL' | 'AUTO_PASS' | 'AUTO_REJECT'
    approvers?: { task_id?: string; user_id?: string }[]
  }[]
}

/**
 * `approval.v4.instance.detail`: GET /open-apis/approval/v4/instances/detail (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=detail&project=approval&resource=instance&version=v4
 */
export const detailInstance = /*#__PURE__*/ endpoint<DetailInstanceInput, DetailInstanceOutput>({
  id: 'approval.v4.instance.detail',
  method: 'GET',
  path: '/open-apis/approval/v4/instances/detail',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        instance_code: string(),
        locale: optional(picklist([
          'zh-CN',
          'en-US',
          'ja-JP',
          'zh-HK',
          'zh-TW',
          'de-DE',
          'es-ES',
          'fr-FR',
          'id-ID',
          'it-IT',
          'ko-KR',
          'pt-BR',
          'th-TH',
          'vi-VN',
          'ms-MY',
          'ru-RU',
        ])),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
})

/** Input of {@link getInstance}. */
export interface GetInstanceInput {
  path: { instance_id: string }
  query?: {
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    user_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    nested_mutable_group?: boolean
  }
}

/** `data` of a successful {@link getInstance} response. */
export interface GetInstanceOutput {
  approval_name: string
  start_time?: string
  end_time: string
  user_id: string
  open_id: string
  serial_number: string
  department_id: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELED' | 'DELETED'
  uuid: string
  form: string
  task_list: {
    id: string
    user_id: string
    open_id?: string
    status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'TRANSFERRED' | 'DONE'
    node_id?: string
    node_name?: string
    custom_node_id?: string
    type?: 'AND' | 'OR' | 'AUTO_PASS' | 'AUTO_REJECT' | 'SEQUENTIAL'
    start_time: string
    end_time?: string
  }[]
  comment_list: { id: string; user_id: string; open_id: string; comment: string; create_time: string; files?: File[] }[]
  timeline: {
    type:
      | 'START'
      | 'PASS'
      | 'REJECT'
      | 'AUTO_PASS'
      | 'AUTO_REJECT'
      | 'REMOVE_REPEAT'
      | 'TRANSFER'
      | 'ADD_APPROVER_BEFORE'
      | 'ADD_APPROVER'
      | 'ADD_APPROVER_AFTER'
      | 'DELETE_APPROVER'
      | 'ROLLBACK_SELECTED'
      | 'ROLLBACK'
      | 'CANCEL'
      | 'DELETE'
      | 'CC'
    create_time: string
    user_id?: string
    open_id?: string
    user_id_list?: string[]
    open_id_list?: string[]
    task_id?: string
    comment?: string
    cc_user_list?: { user_id?: string; cc_id?: string; open_id?: string }[]
    ext: string
    node_key?: string
    files?: File[]
  }[]
  modified_instance_code?: string
  reverted_instance_code?: string
  approval_code: string
  reverted?: boolean
  instance_code: string
}

/**
 * `approval.v4.instance.get`: GET /open-apis/approval/v4/instances/:instance_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=approval&resource=instance&version=v4
 */
export const getInstance = /*#__PURE__*/ endpoint<GetInstanceInput, GetInstanceOutput>({
  id: 'approval.v4.instance.get',
  method: 'GET',
  path: '/open-apis/approval/v4/instances/:instance_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ instance_id: string() }),
      query: optional(looseObject({
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        user_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        nested_mutable_group: optional(boolean()),
      })),
    }),
})

/** Input of {@link initiatedInstance}. */
export interface InitiatedInstanceInput {
  query?: {
    page_size?: number
    page_token?: string
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    definition_code?: string
    start_timestamp?: string
    end_timestamp?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link initiatedInstance} response. */
export interface InitiatedInstanceOutput {
  instances: {
    instance_status: '0' | '1' | '2' | '3' | '4' | '5'
    definition_code: string
    initiator?: string
    initiator_name?: string
    instance_code: string
    definition_group_id?: string
    definition_group_name?: string
    definition_name?: string
    summaries?: Summarie[]
    instance_external_id?: string
    link?: string
  }[]
  page_token?: string
  has_more?: boolean
  count?: number
}

/**
 * `approval.v4.instance.initiated`: GET /open-apis/approval/v4/instances/initiated (tenant or user token).
 *
 * Paginated over `instances`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=initiated&project=approval&resource=instance&version=v4
 */
export const initiatedInstance = /*#__PURE__*/ endpoint<InitiatedInstanceInput, InitiatedInstanceOutput, true>({
  id: 'approval.v4.instance.initiated',
  method: 'GET',
  path: '/open-apis/approval/v4/instances/initiated',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        definition_code: optional(string()),
        start_timestamp: optional(string()),
        end_timestamp: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
  page: { items: 'instances' },
})

/** Input of {@link listInstance}. */
export interface ListInstanceInput {
  query: { page_size?: number; page_token?: string; approval_code: string; start_time: string; end_time: string }
}

/** `data` of a successful {@link listInstance} response. */
export interface ListInstanceOutput {
  instance_code_list: string[]
  page_token: string
  has_more: boolean
}

/**
 * `approval.v4.instance.list`: GET /open-apis/approval/v4/instances (tenant token).
 *
 * Paginated over `instance_code_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=approval&resource=instance&version=v4
 */
export const listInstance = /*#__PURE__*/ endpoint<ListInstanceInput, ListInstanceOutput, true>({
  id: 'approval.v4.instance.list',
  method: 'GET',
  path: '/open-apis/approval/v4/instances',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        approval_code: string(),
        start_time: string(),
        end_time: string(),
      }),
    }),
  page: { items: 'instance_code_list' },
})

/** Input of {@link previewInstance}. */
export interface PreviewInstanceInput {
  query?: { user_id_type?: 'open_id' | 'user_id' | 'union_id' }
  body: {
    user_id: string
    approval_code?: string
    department_id?: string
    form?: string
    instance_code?: string
    locale?: string
    task_id?: string
  }
}

/** `data` of a successful {@link previewInstance} response. */
export interface PreviewInstanceOutput {
  preview_nodes?: {
    node_id?: string
    node_name?: string
    node_type?: string
    comments?: string[]
    custom_node_id?: string
    user_id_list?: string[]
    end_cc_id_list?: string[]
    is_empty_logic?: boolean
    is_approver_type_free?: boolean
    has_cc_type_free?: boolean
  }[]
}

/**
 * `approval.v4.instance.preview`: POST /open-apis/approval/v4/instances/preview (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=preview&project=approval&resource=instance&version=v4
 */
export const previewInstance = /*#__PURE__*/ endpoint<PreviewInstanceInput, PreviewInstanceOutput>({
  id: 'approval.v4.instance.preview',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/preview',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'user_id', 'union_id'])) })),
      body: looseObject({
        user_id: string(),
        approval_code: optional(string()),
        department_id: optional(string()),
        form: optional(string()),
        instance_code: optional(string()),
        locale: optional(string()),
        task_id: optional(string()),
      }),
    }),
})

/** Input of {@link queryInstance}. */
export interface QueryInstanceInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    user_id?: string
    approval_code?: string
    instance_code?: string
    instance_external_id?: string
    group_external_id?: string
    instance_title?: string
    instance_status?: 'PENDING' | 'RECALL' | 'REJECT' | 'DELETED' | 'APPROVED' | 'ALL'
    instance_start_time_from?: string
    instance_start_time_to?: string
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    with_revoked_instance?: boolean
  }
}

/** `data` of a successful {@link queryInstance} response. */
export interface QueryInstanceOutput {
  count?: number
  instance_list?: { approval?: Approval; group?: Group; instance?: Instance }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `approval.v4.instance.query`: POST /open-apis/approval/v4/instances/query (tenant token).
 *
 * Paginated over `instance_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=approval&resource=instance&version=v4
 */
export const queryInstance = /*#__PURE__*/ endpoint<QueryInstanceInput, QueryInstanceOutput, true>({
  id: 'approval.v4.instance.query',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({
        user_id: optional(string()),
        approval_code: optional(string()),
        instance_code: optional(string()),
        instance_external_id: optional(string()),
        group_external_id: optional(string()),
        instance_title: optional(string()),
        instance_status: optional(picklist(['PENDING', 'RECALL', 'REJECT', 'DELETED', 'APPROVED', 'ALL'])),
        instance_start_time_from: optional(string()),
        instance_start_time_to: optional(string()),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        with_revoked_instance: optional(boolean()),
      })),
    }),
  page: { items: 'instance_list' },
})

/** Input of {@link recallInstance}. */
export interface RecallInstanceInput {
  body: { instance_code: string }
}

/** `data` of a successful {@link recallInstance} response. */
export type RecallInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.recall`: POST /open-apis/approval/v4/instances/recall (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recall&project=approval&resource=instance&version=v4
 */
export const recallInstance = /*#__PURE__*/ endpoint<RecallInstanceInput, RecallInstanceOutput>({
  id: 'approval.v4.instance.recall',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/recall',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ instance_code: string() }) }),
})

/** Input of {@link remindInstance}. */
export interface RemindInstanceInput {
  body: { instance_code: string; task_ids: string[]; comment?: string }
}

/** `data` of a successful {@link remindInstance} response. */
export type RemindInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.remind`: POST /open-apis/approval/v4/instances/remind (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remind&project=approval&resource=instance&version=v4
 */
export const remindInstance = /*#__PURE__*/ endpoint<RemindInstanceInput, RemindInstanceOutput>({
  id: 'approval.v4.instance.remind',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/remind',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({ instance_code: string(), task_ids: array(string()), comment: optional(string()) }),
    }),
})

/** Input of {@link searchInstanceCc}. */
export interface SearchInstanceCcInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    user_id?: string
    approval_code?: string
    instance_code?: string
    instance_external_id?: string
    group_external_id?: string
    cc_title?: string
    read_status?: 'READ' | 'UNREAD' | 'ALL'
    cc_create_time_from?: string
    cc_create_time_to?: string
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    with_revoked_instance?: boolean
  }
}

/** `data` of a successful {@link searchInstanceCc} response. */
export interface SearchInstanceCcOutput {
  count?: number
  cc_list?: {
    approval?: Approval
    group?: Group
    instance?: Instance
    cc?: {
      user_id?: string
      create_time?: string
      read_status?: 'read' | 'unread'
      title?: string
      extra?: string
      link?: Link
    }
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `approval.v4.instance.search_cc`: POST /open-apis/approval/v4/instances/search_cc (tenant token).
 *
 * Paginated over `cc_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search_cc&project=approval&resource=instance&version=v4
 */
export const searchInstanceCc = /*#__PURE__*/ endpoint<SearchInstanceCcInput, SearchInstanceCcOutput, true>({
  id: 'approval.v4.instance.search_cc',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/search_cc',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({
        user_id: optional(string()),
        approval_code: optional(string()),
        instance_code: optional(string()),
        instance_external_id: optional(string()),
        group_external_id: optional(string()),
        cc_title: optional(string()),
        read_status: optional(picklist(['READ', 'UNREAD', 'ALL'])),
        cc_create_time_from: optional(string()),
        cc_create_time_to: optional(string()),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        with_revoked_instance: optional(boolean()),
      })),
    }),
  page: { items: 'cc_list' },
})

/** Input of {@link specifiedInstanceRollback}. */
export interface SpecifiedInstanceRollbackInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { user_id: string; task_id: string; reason?: string; extra?: string; task_def_key_list: string[] }
}

/** `data` of a successful {@link specifiedInstanceRollback} response. */
export type SpecifiedInstanceRollbackOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.specified_rollback`: POST /open-apis/approval/v4/instances/specified_rollback (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=specified_rollback&project=approval&resource=instance&version=v4
 */
export const specifiedInstanceRollback = /*#__PURE__*/ endpoint<SpecifiedInstanceRollbackInput, SpecifiedInstanceRollbackOutput>({
  id: 'approval.v4.instance.specified_rollback',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/specified_rollback',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        user_id: string(),
        task_id: string(),
        reason: optional(string()),
        extra: optional(string()),
        task_def_key_list: array(string()),
      }),
    }),
})

/** Input of {@link subscriptionInstance}. */
export interface SubscriptionInstanceInput {
  body: { subscription_type: 'INVOLVED_APPROVAL' | 'MANAGED_APPROVAL' }
}

/** `data` of a successful {@link subscriptionInstance} response. */
export type SubscriptionInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.subscription`: POST /open-apis/approval/v4/instances/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=approval&resource=instance&version=v4
 */
export const subscriptionInstance = /*#__PURE__*/ endpoint<SubscriptionInstanceInput, SubscriptionInstanceOutput>({
  id: 'approval.v4.instance.subscription',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/subscription',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ subscription_type: picklist(['INVOLVED_APPROVAL', 'MANAGED_APPROVAL']) }) }),
})

/** Input of {@link unsubscriptionInstance}. */
export interface UnsubscriptionInstanceInput {
  query?: { subscription_type?: 'INVOLVED_APPROVAL' | 'MANAGED_APPROVAL' }
}

/** `data` of a successful {@link unsubscriptionInstance} response. */
export type UnsubscriptionInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v4.instance.unsubscription`: DELETE /open-apis/approval/v4/instances/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=approval&resource=instance&version=v4
 */
export const unsubscriptionInstance = /*#__PURE__*/ endpoint<UnsubscriptionInstanceInput, UnsubscriptionInstanceOutput>({
  id: 'approval.v4.instance.unsubscription',
  method: 'DELETE',
  path: '/open-apis/approval/v4/instances/subscription',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        subscription_type: optional(picklist(['INVOLVED_APPROVAL', 'MANAGED_APPROVAL'])),
      })),
    }),
})
