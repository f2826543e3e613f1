// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link batchCreateApplicationRecordPermissionMemberAuthorization}. */
export interface BatchCreateApplicationRecordPermissionMemberAuthorizationInput {
  path: { namespace: string; record_permission_api_name: string }
  body?: { user_ids?: string[] }
}

/** `data` of a successful {@link batchCreateApplicationRecordPermissionMemberAuthorization} response. */
export type BatchCreateApplicationRecordPermissionMemberAuthorizationOutput = { [key: string]: unknown }

/**
 * `apaas.v1.application.record_permission.member.batch_create_authorization`: POST /open-apis/apaas/v1/applications/:namespace/record_permissions/:record_permission_api_name/member/batch_create_authorization (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create_authorization&project=apaas&resource=application.record_permission.member&version=v1
 */
export const batchCreateApplicationRecordPermissionMemberAuthorization = /*#__PURE__*/ endpoint<BatchCreateApplicationRecordPermissionMemberAuthorizationInput, BatchCreateApplicationRecordPermissionMemberAuthorizationOutput>({
  id: 'apaas.v1.application.record_permission.member.batch_create_authorization',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/record_permissions/:record_permission_api_name/member/batch_create_authorization',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), record_permission_api_name: string() }),
      body: optional(looseObject({ user_ids: optional(array(string())) })),
    }),
})

/** Input of {@link batchRemoveApplicationRecordPermissionMemberAuthorization}. */
export interface BatchRemoveApplicationRecordPermissionMemberAuthorizationInput {
  path: { namespace: string; record_permission_api_name: string }
  body?: { user_ids?: string[] }
}

/** `data` of a successful {@link batchRemoveApplicationRecordPermissionMemberAuthorization} response. */
export type BatchRemoveApplicationRecordPermissionMemberAuthorizationOutput = { [key: string]: unknown }

/**
 * `apaas.v1.application.record_permission.member.batch_remove_authorization`: POST /open-apis/apaas/v1/applications/:namespace/record_permissions/:record_permission_api_name/member/batch_remove_authorization (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_remove_authorization&project=apaas&resource=application.record_permission.member&version=v1
 */
export const batchRemoveApplicationRecordPermissionMemberAuthorization = /*#__PURE__*/ endpoint<BatchRemoveApplicationRecordPermissionMemberAuthorizationInput, BatchRemoveApplicationRecordPermissionMemberAuthorizationOutput>({
  id: 'apaas.v1.application.record_permission.member.batch_remove_authorization',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/record_permissions/:record_permission_api_name/member/batch_remove_authorization',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), record_permission_api_name: string() }),
      body: optional(looseObject({ user_ids: optional(array(string())) })),
    }),
})
