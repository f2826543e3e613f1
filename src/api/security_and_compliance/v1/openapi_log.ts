// Generated from catalog/security_and_compliance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listOpenapiLogData}. */
export interface ListOpenapiLogDataInput {
  body?: {
    api_keys?: string[]
    start_time?: number
    end_time?: number
    app_id?: string
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link listOpenapiLogData} response. */
export interface ListOpenapiLogDataOutput {
  items?: {
    id: string
    api_key: string
    event_time?: number
    app_id?: string
    ip?: string
    log_detail?: {
      path?: string
      method?: string
      query_param?: string
      payload?: string
      status_code?: number
      response?: string
    }
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `security_and_compliance.v1.openapi_log.list_data`: POST /open-apis/security_and_compliance/v1/openapi_logs/list_data (tenant token).
 *
 * Paginated over `items` (page token in the body).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_data&project=security_and_compliance&resource=openapi_log&version=v1
 */
export const listOpenapiLogData = /*#__PURE__*/ endpoint<ListOpenapiLogDataInput, ListOpenapiLogDataOutput, true>({
  id: 'security_and_compliance.v1.openapi_log.list_data',
  method: 'POST',
  path: '/open-apis/security_and_compliance/v1/openapi_logs/list_data',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        api_keys: optional(array(string())),
        start_time: optional(number()),
        end_time: optional(number()),
        app_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items', tokenIn: 'body' },
})
