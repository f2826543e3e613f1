// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link departmentApplicationAppUsageOverview}. */
export interface DepartmentApplicationAppUsageOverviewInput {
  path: { app_id: string }
  query?: { department_id_type?: 'department_id' | 'open_department_id' }
  body: {
    date: string
    cycle_type: number
    department_id?: string
    recursion?: number
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link departmentApplicationAppUsageOverview} response. */
export interface DepartmentApplicationAppUsageOverviewOutput {
  has_more?: boolean
  page_token?: string
  items?: { department_id?: string; app?: Item[]; gadget?: Item[]; webapp?: Item[]; bot?: Item[] }[]
}

/**
 * `application.v6.application.app_usage.department_overview`: POST /open-apis/application/v6/applications/:app_id/app_usage/department_overview (tenant token).
 *
 * Paginated over `items` (page token in the body).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=department_overview&project=application&resource=application.app_usage&version=v6
 */
export const departmentApplicationAppUsageOverview = /*#__PURE__*/ endpoint<DepartmentApplicationAppUsageOverviewInput, DepartmentApplicationAppUsageOverviewOutput, true>({
  id: 'application.v6.application.app_usage.department_overview',
  method: 'POST',
  path: '/open-apis/application/v6/applications/:app_id/app_usage/department_overview',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ department_id_type: optional(picklist(['department_id', 'open_department_id'])) })),
      body: looseObject({
        date: string(),
        cycle_type: number(),
        department_id: optional(string()),
        recursion: optional(number()),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items', tokenIn: 'body' },
})

/** Input of {@link messageApplicationAppUsagePushOverview}. */
export interface MessageApplicationAppUsagePushOverviewInput {
  path: { app_id: string }
  query?: { department_id_type?: 'department_id' | 'open_department_id' }
  body: { date: string; cycle_type: number; department_id?: string }
}

/** `data` of a successful {@link messageApplicationAppUsagePushOverview} response. */
export interface MessageApplicationAppUsagePushOverviewOutput {
  items?: Item[]
}

/**
 * `application.v6.application.app_usage.message_push_overview`: POST /open-apis/application/v6/applications/:app_id/app_usage/message_push_overview (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=message_push_overview&project=application&resource=application.app_usage&version=v6
 */
export const messageApplicationAppUsagePushOverview = /*#__PURE__*/ endpoint<MessageApplicationAppUsagePushOverviewInput, MessageApplicationAppUsagePushOverviewOutput>({
  id: 'application.v6.application.app_usage.message_push_overview',
  method: 'POST',
  path: '/open-apis/application/v6/applications/:app_id/app_usage/message_push_overview',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ department_id_type: optional(picklist(['department_id', 'open_department_id'])) })),
      body: looseObject({ date: string(), cycle_type: number(), department_id: optional(string()) }),
    }),
})

/** Input of {@link overviewApplicationAppUsage}. */
export interface OverviewApplicationAppUsageInput {
  path: { app_id: string }
  query?: { department_id_type?: 'department_id' | 'open_department_id' }
  body: { date: string; cycle_type: number; department_id?: string; ability: 'app' | 'mp' | 'h5' | 'bot' }
}

/** `data` of a successful {@link overviewApplicationAppUsage} response. */
export interface OverviewApplicationAppUsageOutput {
  items?: Item[]
}

/**
 * `application.v6.application.app_usage.overview`: POST /open-apis/application/v6/applications/:app_id/app_usage/overview (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=overview&project=application&resource=application.app_usage&version=v6
 */
export const overviewApplicationAppUsage = /*#__PURE__*/ endpoint<OverviewApplicationAppUsageInput, OverviewApplicationAppUsageOutput>({
  id: 'application.v6.application.app_usage.overview',
  method: 'POST',
  path: '/open-apis/application/v6/applications/:app_id/app_usage/overview',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ department_id_type: optional(picklist(['department_id', 'open_department_id'])) })),
      body: looseObject({
        date: string(),
        cycle_type: number(),
        department_id: optional(string()),
        ability: picklist(['app', 'mp', 'h5', 'bot']),
      }),
    }),
})
