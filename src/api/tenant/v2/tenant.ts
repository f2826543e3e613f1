// Generated from catalog/tenant.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link queryTenant}. */
export type QueryTenantInput = { [key: string]: never }

/** `data` of a successful {@link queryTenant} response. */
export interface QueryTenantOutput {
  tenant?: {
    name: string
    display_id: string
    tenant_tag: number
    tenant_key: string
    avatar: { avatar_origin?: string; avatar_72?: string; avatar_240?: string; avatar_640?: string }
    domain?: string
  }
}

/**
 * `tenant.v2.tenant.query`: GET /open-apis/tenant/v2/tenant/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=tenant&resource=tenant&version=v2
 */
export const queryTenant = /*#__PURE__*/ endpoint<QueryTenantInput, QueryTenantOutput>({
  id: 'tenant.v2.tenant.query',
  method: 'GET',
  path: '/open-apis/tenant/v2/tenant/query',
  tokens: ['tenant'],
})
