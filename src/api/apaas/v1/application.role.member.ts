// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { DepartmentDisplayInfo, Filter } from './types.ts'

/** Input of {@link batchCreateApplicationRoleMemberAuthorization}. */
export interface BatchCreateApplicationRoleMemberAuthorizationInput {
  path: { namespace: string; role_api_name: string }
  body?: { user_ids?: string[]; department_ids?: string[] }
}

/** `data` of a successful {@link batchCreateApplicationRoleMemberAuthorization} response. */
export type BatchCreateApplicationRoleMemberAuthorizationOutput = { [key: string]: unknown }

/**
 * `apaas.v1.application.role.member.batch_create_authorization`: POST /open-apis/apaas/v1/applications/:namespace/roles/:role_api_name/member/batch_create_authorization (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create_authorization&project=apaas&resource=application.role.member&version=v1
 */
export const batchCreateApplicationRoleMemberAuthorization = /*#__PURE__*/ endpoint<BatchCreateApplicationRoleMemberAuthorizationInput, BatchCreateApplicationRoleMemberAuthorizationOutput>({
  id: 'apaas.v1.application.role.member.batch_create_authorization',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/roles/:role_api_name/member/batch_create_authorization',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), role_api_name: string() }),
      body: optional(looseObject({ user_ids: optional(array(string())), department_ids: optional(array(string())) })),
    }),
})

/** Input of {@link batchRemoveApplicationRoleMemberAuthorization}. */
export interface BatchRemoveApplicationRoleMemberAuthorizationInput {
  path: { namespace: string; role_api_name: string }
  body?: { user_ids?: string[]; department_ids?: string[] }
}

/** `data` of a successful {@link batchRemoveApplicationRoleMemberAuthorization} response. */
export type BatchRemoveApplicationRoleMemberAuthorizationOutput = { [key: string]: unknown }

/**
 * `apaas.v1.application.role.member.batch_remove_authorization`: POST /open-apis/apaas/v1/applications/:namespace/roles/:role_api_name/member/batch_remove_authorization (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_remove_authorization&project=apaas&resource=application.role.member&version=v1
 */
export const batchRemoveApplicationRoleMemberAuthorization = /*#__PURE__*/ endpoint<BatchRemoveApplicationRoleMemberAuthorizationInput, BatchRemoveApplicationRoleMemberAuthorizationOutput>({
  id: 'apaas.v1.application.role.member.batch_remove_authorization',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/roles/:role_api_name/member/batch_remove_authorization',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), role_api_name: string() }),
      body: optional(looseObject({ user_ids: optional(array(string())), department_ids: optional(array(string())) })),
    }),
})

/** Input of {@link getApplicationRoleMember}. */
export interface GetApplicationRoleMemberInput {
  path: { namespace: string; role_api_name: string }
  query?: { need_display_name?: boolean; use_api_id?: boolean }
}

/** `data` of a successful {@link getApplicationRoleMember} response. */
export interface GetApplicationRoleMemberOutput {
  role_member?: {
    role_api_id?: string
    role_api_name?: string
    users?: string[]
    departments?: string[]
    user_filter?: Filter
    user_display_infos?: DepartmentDisplayInfo[]
    department_display_infos?: DepartmentDisplayInfo[]
    type?: 'all' | 'custom'
    updated_by?: string
    updated_at?: number
  }
}

/**
 * `apaas.v1.application.role.member.get`: GET /open-apis/apaas/v1/applications/:namespace/roles/:role_api_name/member (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=apaas&resource=application.role.member&version=v1
 */
export const getApplicationRoleMember = /*#__PURE__*/ endpoint<GetApplicationRoleMemberInput, GetApplicationRoleMemberOutput>({
  id: 'apaas.v1.application.role.member.get',
  method: 'GET',
  path: '/open-apis/apaas/v1/applications/:namespace/roles/:role_api_name/member',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), role_api_name: string() }),
      query: optional(looseObject({ need_display_name: optional(boolean()), use_api_id: optional(boolean()) })),
    }),
})
