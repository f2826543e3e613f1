// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Avatar, Name } from './types.ts'

/** Input of {@link listCollaborationTenant}. */
export interface ListCollaborationTenantInput {
  query?: { page_size?: number; page_token?: string; tenant_id?: string }
}

/** `data` of a successful {@link listCollaborationTenant} response. */
export interface ListCollaborationTenantOutput {
  items?: {
    tenant_key?: string
    connect_time?: number
    avatar?: Avatar
    brand?: string
    name?: Name
    short_name?: Name
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `directory.v1.collaboration_tenant.list`: GET /open-apis/directory/v1/collaboration_tenants (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=directory&resource=collaboration_tenant&version=v1
 */
export const listCollaborationTenant = /*#__PURE__*/ endpoint<ListCollaborationTenantInput, ListCollaborationTenantOutput, true>({
  id: 'directory.v1.collaboration_tenant.list',
  method: 'GET',
  path: '/open-apis/directory/v1/collaboration_tenants',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        tenant_id: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
