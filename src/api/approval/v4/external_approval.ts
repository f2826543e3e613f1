// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ExternalSchema, I18nResourceSchema, ViewerSchema } from './models.ts'
import type { CreateI18nResource, External, I18nResource, Viewer } from './types.ts'

/** Input of {@link createExternalApproval}. */
export interface CreateExternalApprovalInput {
  query?: {
    department_id_type?: 'department_id' | 'open_department_id'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
  body: {
    approval_name: string
    approval_code: string
    group_code: string
    group_name?: string
    description?: string
    external: External
    viewers?: Viewer[]
    i18n_resources?: I18nResource[]
    managers?: string[]
  }
}

/** `data` of a successful {@link createExternalApproval} response. */
export interface CreateExternalApprovalOutput {
  approval_code: string
}

/**
 * `approval.v4.external_approval.create`: POST /open-apis/approval/v4/external_approvals (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=approval&resource=external_approval&version=v4
 */
export const createExternalApproval = /*#__PURE__*/ endpoint<CreateExternalApprovalInput, CreateExternalApprovalOutput>({
  id: 'approval.v4.external_approval.create',
  method: 'POST',
  path: '/open-apis/approval/v4/external_approvals',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({
        approval_name: string(),
        approval_code: string(),
        group_code: string(),
        group_name: optional(string()),
        description: optional(string()),
        external: ExternalSchema(),
        viewers: optional(array(ViewerSchema())),
        i18n_resources: optional(array(I18nResourceSchema())),
        managers: optional(array(string())),
      }),
    }),
})

/** Input of {@link getExternalApproval}. */
export interface GetExternalApprovalInput {
  path: { approval_code: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getExternalApproval} response. */
export interface GetExternalApprovalOutput {
  approval_name: string
  approval_code: string
  group_code: string
  group_name?: string
  description?: string
  external?: External
  viewers?: {
    viewer_type?: 'USER' | 'TENANT' | 'DEPARTMENT' | 'NONE'
    viewer_user_id?: string
    viewer_department_id?: string
  }[]
  i18n_resources?: CreateI18nResource[]
  managers?: string[]
}

/**
 * `approval.v4.external_approval.get`: GET /open-apis/approval/v4/external_approvals/:approval_code (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=approval&resource=external_approval&version=v4
 */
export const getExternalApproval = /*#__PURE__*/ endpoint<GetExternalApprovalInput, GetExternalApprovalOutput>({
  id: 'approval.v4.external_approval.get',
  method: 'GET',
  path: '/open-apis/approval/v4/external_approvals/:approval_code',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ approval_code: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})
