// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link copyAppDashboard}. */
export interface CopyAppDashboardInput {
  path: { app_token: string; block_id: string }
  body: { name: string }
}

/** `data` of a successful {@link copyAppDashboard} response. */
export interface CopyAppDashboardOutput {
  block_id?: string
  name?: string
}

/**
 * `bitable.v1.app.dashboard.copy`: POST /open-apis/bitable/v1/apps/:app_token/dashboards/:block_id/copy (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=copy&project=bitable&resource=app.dashboard&version=v1
 */
export const copyAppDashboard = /*#__PURE__*/ endpoint<CopyAppDashboardInput, CopyAppDashboardOutput>({
  id: 'bitable.v1.app.dashboard.copy',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/dashboards/:block_id/copy',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), block_id: string() }),
      body: looseObject({ name: string() }),
    }),
})

/** Input of {@link listAppDashboard}. */
export interface ListAppDashboardInput {
  path: { app_token: string }
  query?: { page_size?: number; page_token?: string; with_share_config?: boolean }
}

/** `data` of a successful {@link listAppDashboard} response. */
export interface ListAppDashboardOutput {
  dashboards: {
    block_id: string
    name: string
    share_config?: {
      share_flag?: boolean
      share_scope_type?: '1' | '2' | '3'
      share_token?: string
      share_link?: string
      show_source?: boolean
      source_link?: string
    }
  }[]
  page_token: string
  has_more: boolean
  total?: number
}

/**
 * `bitable.v1.app.dashboard.list`: GET /open-apis/bitable/v1/apps/:app_token/dashboards (tenant or user token).
 *
 * Paginated over `dashboards`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.dashboard&version=v1
 */
export const listAppDashboard = /*#__PURE__*/ endpoint<ListAppDashboardInput, ListAppDashboardOutput, true>({
  id: 'bitable.v1.app.dashboard.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/dashboards',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        with_share_config: optional(boolean()),
      })),
    }),
  page: { items: 'dashboards' },
})
