// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'

/** Input of {@link createApproval}. */
export interface CreateApprovalInput {
  body: {
    approval_name: string
    approval_code?: string
    description?: string
    viewers: { type?: 'TENANT' | 'NONE' | 'USER' | 'DEPARTMENT'; user_id?: string; open_id?: string }[]
    form: { form_content: string }
    node_list: {
      id: string
      name?: string
      node_type?: 'AND' | 'OR' | 'SEQUENTIAL'
      approver?: {
        type?:
          | 'Supervisor'
          | 'SupervisorTopDown'
          | 'DepartmentManager'
          | 'DepartmentManagerTopDown'
          | 'Personal'
          | 'Free'
        user_id?: string
        open_id?: string
      }[]
      ccer?: {
        type?: 'Supervisor' | 'SupervisorTopDown' | 'DepartmentManager' | 'DepartmentManagerTopDown' | 'Personal'
        user_id?: string
        open_id?: string
      }[]
    }[]
    settings?: { revert_interval?: number; revert_option?: number }
    config?: {
      can_update_viewer?: boolean
      can_update_form?: boolean
      can_update_process?: boolean
      can_update_revert?: boolean
      help_url?: string
    }
    icon?: number
    i18n_resources: { locale: 'zh-CN' | 'en-US' | 'ja-JP'; is_default: boolean; texts: { [key: string]: string } }[]
  }
}

/** `data` of a successful {@link createApproval} response. */
export interface CreateApprovalOutput {
  approval_code?: string
}

/**
 * `approval.v2.approval.create`: POST /approval/openapi/v2/approval/create (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `createApproval` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-store-app-integration/create-an-approval-definition
 */
export const createApproval = /*#__PURE__*/ endpoint<CreateApprovalInput, CreateApprovalOutput>({
  id: 'approval.v2.approval.create',
  method: 'POST',
  path: '/approval/openapi/v2/approval/create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_name: string(),
        approval_code: optional(string()),
        description: optional(string()),
        viewers: array(looseObject({
          type: optional(picklist(['TENANT', 'NONE', 'USER', 'DEPARTMENT'])),
          user_id: optional(string()),
          open_id: optional(string()),
        })),
        form: looseObject({ form_content: string() }),
        node_list: array(looseObject({
          id: string(),
          name: optional(string()),
          node_type: optional(picklist(['AND', 'OR', 'SEQUENTIAL'])),
          approver: optional(array(looseObject({
            type: optional(picklist([
              'Supervisor',
              'SupervisorTopDown',
              'DepartmentManager',
              'DepartmentManagerTopDown',
              'Personal',
              'Free',
            ])),
            user_id: optional(string()),
            open_id: optional(string()),
          }))),
          ccer: optional(array(looseObject({
            type: optional(picklist([
              'Supervisor',
              'SupervisorTopDown',
              'DepartmentManager',
              'DepartmentManagerTopDown',
              'Personal',
            ])),
            user_id: optional(string()),
            open_id: optional(string()),
          }))),
        })),
        settings: optional(looseObject({ revert_interval: optional(number()), revert_option: optional(number()) })),
        config: optional(looseObject({
          can_update_viewer: optional(boolean()),
          can_update_form: optional(boolean()),
          can_update_process: optional(boolean()),
          can_update_revert: optional(boolean()),
          help_url: optional(string()),
        })),
        icon: optional(number()),
        i18n_resources: array(looseObject({
          locale: picklist(['zh-CN', 'en-US', 'ja-JP']),
          is_default: boolean(),
          texts: record(string(), string()),
        })),
      }),
    }),
  host: 'www',
})

/** Input of {@link getApproval}. */
export interface GetApprovalInput {
  body: { approval_code: string; locale?: 'zh-CN' | 'en-US' | 'ja-JP' }
}

/** `data` of a successful {@link getApproval} response. */
export interface GetApprovalOutput {
  approval_name?: string
  status?: 'ACTIVE' | 'INACTIVE' | 'DELETED' | 'UNKNOWN'
  form?: string
  node_list?: {
    name?: string
    need_approver?: boolean
    node_id?: string
    custom_node_id?: string
    node_type?: 'AND' | 'OR' | 'SEQUENTIAL' | 'CC_NODE'
  }[]
  viewers?: {
    type?: 'TENANT' | 'DEPARTMENT' | 'USER' | 'ROLE' | 'USER_GROUP' | 'NONE'
    open_id?: string
    user_id?: string
  }[]
}

/**
 * `approval.v2.approval.get`: POST /approval/openapi/v2/approval/get (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `getApproval` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/feishu-native-approval/obtain-single-approval-form
 */
export const getApproval = /*#__PURE__*/ endpoint<GetApprovalInput, GetApprovalOutput>({
  id: 'approval.v2.approval.get',
  method: 'POST',
  path: '/approval/openapi/v2/approval/get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({ approval_code: string(), locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])) }),
    }),
  host: 'www',
})
