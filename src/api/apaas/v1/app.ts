// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { ActivityLabel, DepartmentDisplayInfo } from './types.ts'

/** Input of {@link listApp}. */
export interface ListAppInput {
  query?: { page_size?: string; page_token?: string }
}

/** `data` of a successful {@link listApp} response. */
export interface ListAppOutput {
  items?: {
    name?: ActivityLabel[]
    namespace?: string
    created_at?: number
    creator?: number
    owner?: number
    status?: 'pending_launch' | 'enabled' | 'disabled' | 'stopped' | 'unspecified'
    app_roles_info?: { admins?: number[]; developers?: number[]; test_users?: number[]; data_admins?: number[] }
    icon?: string
    description?: ActivityLabel[]
    type?: 'custom' | 'client_isv_saas' | 'client_isv_project'
    enable_status?: 'enabled' | 'disabled'
    release_status?: 'released' | 'unreleased'
    service_status?: 'available' | 'unavailable'
    service_unavailable_reason?: 'from_isv' | 'entitlement_expire'
    feature_set?: 'paid' | 'free'
    charge_mode?: 'per_user' | 'per_user_per_app' | 'free' | 'independent'
    isv_tenant?: DepartmentDisplayInfo
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `apaas.v1.app.list`: GET /open-apis/apaas/v1/apps (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=apaas&resource=app&version=v1
 */
export const listApp = /*#__PURE__*/ endpoint<ListAppInput, ListAppOutput, true>({
  id: 'apaas.v1.app.list',
  method: 'GET',
  path: '/open-apis/apaas/v1/apps',
  tokens: ['user'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(string()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
