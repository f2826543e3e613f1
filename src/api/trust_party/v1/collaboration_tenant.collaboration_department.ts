// Generated from catalog/trust_party.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { I18nName, Id, ParentDepartmentId } from './types.ts'

/** Input of {@link getCollaborationTenantCollaborationDepartment}. */
export interface GetCollaborationTenantCollaborationDepartmentInput {
  path: { target_tenant_key: string; target_department_id: string }
  query?: { target_department_id_type?: 'department_id' | 'open_department_id' }
}

/** `data` of a successful {@link getCollaborationTenantCollaborationDepartment} response. */
export interface GetCollaborationTenantCollaborationDepartmentOutput {
  target_department: {
    open_department_id?: string
    department_id?: string
    name?: string
    i18n_name?: I18nName
    order?: string
    leaders?: { leader_type: number; id: Id }[]
    parent_department_id?: ParentDepartmentId
  }
}

/**
 * `trust_party.v1.collaboration_tenant.collaboration_department.get`: GET /open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key/collaboration_departments/:target_department_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=trust_party&resource=collaboration_tenant.collaboration_department&version=v1
 */
export const getCollaborationTenantCollaborationDepartment = /*#__PURE__*/ endpoint<GetCollaborationTenantCollaborationDepartmentInput, GetCollaborationTenantCollaborationDepartmentOutput>({
  id: 'trust_party.v1.collaboration_tenant.collaboration_department.get',
  method: 'GET',
  path: '/open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key/collaboration_departments/:target_department_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ target_tenant_key: string(), target_department_id: string() }),
      query: optional(looseObject({
        target_department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})
