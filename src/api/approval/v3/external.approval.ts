// Generated from catalog/approval.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import {
  array,
  boolean,
  looseObject,
  maxLength,
  optional,
  picklist,
  pipe,
  record,
  string,
} from '../../../core/valibot.ts'

/** Input of {@link createExternalApproval}. */
export interface CreateExternalApprovalInput {
  body: {
    approval_name: string
    approval_code: string
    group_code: string
    group_name?: string
    description?: string
    external: {
      biz_name?: string
      biz_type?: string
      create_link_mobile: string
      create_link_pc?: string
      support_pc?: boolean
      support_mobile?: boolean
      support_batch_read?: boolean
      enable_mark_readed?: boolean
      enable_quick_operate?: boolean
      allow_batch_operate?: boolean
      action_callback_url?: string
      action_callback_token?: string
      action_callback_key?: string
    }
    /** Max 200 items. */
    viewers?: { viewer_type?: 'TENANT' | 'DEPARTMENT' | 'USER' | 'NONE'; viewer_id?: string }[]
    i18n_resources: { locale: 'zh-CN' | 'en-US' | 'ja-JP'; is_default: boolean; texts: { [key: string]: string } }[]
  }
}

/** `data` of a successful {@link createExternalApproval} response. */
export interface CreateExternalApprovalOutput {
  approval_code?: string
}

/**
 * `approval.v3.external.approval.create`: POST /approval/openapi/v3/external/approval/create (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `createExternalApproval` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/third-party-approval-integration/external-approval-create
 */
export const createExternalApproval = /*#__PURE__*/ endpoint<CreateExternalApprovalInput, CreateExternalApprovalOutput>({
  id: 'approval.v3.external.approval.create',
  method: 'POST',
  path: '/approval/openapi/v3/external/approval/create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_name: string(),
        approval_code: string(),
        group_code: string(),
        group_name: optional(string()),
        description: optional(string()),
        external: looseObject({
          biz_name: optional(string()),
          biz_type: optional(string()),
          create_link_mobile: string(),
          create_link_pc: optional(string()),
          support_pc: optional(boolean()),
          support_mobile: optional(boolean()),
          support_batch_read: optional(boolean()),
          enable_mark_readed: optional(boolean()),
          enable_quick_operate: optional(boolean()),
          allow_batch_operate: optional(boolean()),
          action_callback_url: optional(string()),
          action_callback_token: optional(string()),
          action_callback_key: optional(string()),
        }),
        viewers: optional(pipe(
          array(looseObject({
            viewer_type: optional(picklist(['TENANT', 'DEPARTMENT', 'USER', 'NONE'])),
            viewer_id: optional(string()),
          })),
          maxLength(200),
        )),
        i18n_resources: array(looseObject({
          locale: picklist(['zh-CN', 'en-US', 'ja-JP']),
          is_default: boolean(),
          texts: record(string(), string()),
        })),
      }),
    }),
  host: 'www',
})
