// Generated from catalog/trust_party.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Avatar, I18nName, Id, ParentDepartmentId } from './types.ts'

/** Input of {@link getCollaborationTenantCollaborationUser}. */
export interface GetCollaborationTenantCollaborationUserInput {
  path: { target_tenant_key: string; target_user_id: string }
  query?: { target_user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link getCollaborationTenantCollaborationUser} response. */
export interface GetCollaborationTenantCollaborationUserOutput {
  target_user: {
    open_id?: string
    user_id?: string
    union_id?: string
    name: string
    i18n_name?: I18nName
    avatar?: Avatar
    mobile?: string
    status?: {
      is_frozen?: boolean
      is_resigned?: boolean
      is_activated?: boolean
      is_exited?: boolean
      is_unjoin?: boolean
    }
    department_ids?: string[]
    leader_user_id?: string
    job_title?: string
    custom_attrs?: {
      type?: string
      id?: string
      value?: {
        text?: string
        url?: string
        pc_url?: string
        option_value?: string
        picture_url?: string
        name?: string
        generic_user?: { id: string; type: number }
      }
    }[]
    employee_no?: string
    parent_department_ids?: ParentDepartmentId[]
    leader_id?: Id
  }
}

/**
 * `trust_party.v1.collaboration_tenant.collaboration_user.get`: GET /open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key/collaboration_users/:target_user_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=trust_party&resource=collaboration_tenant.collaboration_user&version=v1
 */
export const getCollaborationTenantCollaborationUser = /*#__PURE__*/ endpoint<GetCollaborationTenantCollaborationUserInput, GetCollaborationTenantCollaborationUserOutput>({
  id: 'trust_party.v1.collaboration_tenant.collaboration_user.get',
  method: 'GET',
  path: '/open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key/collaboration_users/:target_user_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ target_tenant_key: string(), target_user_id: string() }),
      query: optional(looseObject({ target_user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
    }),
})
