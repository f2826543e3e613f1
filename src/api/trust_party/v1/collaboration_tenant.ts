// Generated from catalog/trust_party.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Avatar, I18nName, TargetTenant } from './types.ts'

/** Input of {@link getCollaborationTenant}. */
export interface GetCollaborationTenantInput {
  path: { target_tenant_key: string }
}

/** `data` of a successful {@link getCollaborationTenant} response. */
export interface GetCollaborationTenantOutput {
  target_tenant?: TargetTenant
}

/**
 * `trust_party.v1.collaboration_tenant.get`: GET /open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=trust_party&resource=collaboration_tenant&version=v1
 */
export const getCollaborationTenant = /*#__PURE__*/ endpoint<GetCollaborationTenantInput, GetCollaborationTenantOutput>({
  id: 'trust_party.v1.collaboration_tenant.get',
  method: 'GET',
  path: '/open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ target_tenant_key: string() }) }),
})

/** Input of {@link listCollaborationTenant}. */
export interface ListCollaborationTenantInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listCollaborationTenant} response. */
export interface ListCollaborationTenantOutput {
  target_tenant_list?: TargetTenant[]
  has_more?: boolean
  page_token?: string
}

/**
 * `trust_party.v1.collaboration_tenant.list`: GET /open-apis/trust_party/v1/collaboration_tenants (tenant or user token).
 *
 * Paginated over `target_tenant_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=trust_party&resource=collaboration_tenant&version=v1
 */
export const listCollaborationTenant = /*#__PURE__*/ endpoint<ListCollaborationTenantInput, ListCollaborationTenantOutput, true>({
  id: 'trust_party.v1.collaboration_tenant.list',
  method: 'GET',
  path: '/open-apis/trust_party/v1/collaboration_tenants',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'target_tenant_list' },
})

/** Input of {@link visibleCollaborationTenantOrganization}. */
export interface VisibleCollaborationTenantOrganizationInput {
  path: { target_tenant_key: string }
  query?: {
    department_id_type?: 'department_id' | 'open_department_id'
    target_department_id?: string
    page_token?: string
    page_size?: number
    group_id_type?: 'group_id' | 'open_group_id'
    target_group_id?: string
  }
}

/** `data` of a successful {@link visibleCollaborationTenantOrganization} response. */
export interface VisibleCollaborationTenantOrganizationOutput {
  collaboration_entity_list?: {
    collaboration_entity_type: 'user' | 'department' | 'group'
    department_id?: string
    open_department_id?: string
    user_id?: string
    open_user_id?: string
    union_user_id?: string
    department_name?: string
    i18n_department_name?: I18nName
    department_order?: string
    user_name?: string
    i18n_user_name?: I18nName
    user_avatar?: Avatar
    group_id?: string
    open_group_id?: string
    group_name?: string
    i18n_group_name?: I18nName
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `trust_party.v1.collaboration_tenant.visible_organization`: GET /open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key/visible_organization (tenant or user token).
 *
 * Paginated over `collaboration_entity_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=visible_organization&project=trust_party&resource=collaboration_tenant&version=v1
 */
export const visibleCollaborationTenantOrganization = /*#__PURE__*/ endpoint<VisibleCollaborationTenantOrganizationInput, VisibleCollaborationTenantOrganizationOutput, true>({
  id: 'trust_party.v1.collaboration_tenant.visible_organization',
  method: 'GET',
  path: '/open-apis/trust_party/v1/collaboration_tenants/:target_tenant_key/visible_organization',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ target_tenant_key: string() }),
      query: optional(looseObject({
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        target_department_id: optional(string()),
        page_token: optional(string()),
        page_size: optional(number()),
        group_id_type: optional(picklist(['group_id', 'open_group_id'])),
        target_group_id: optional(string()),
      })),
    }),
  page: { items: 'collaboration_entity_list' },
})
