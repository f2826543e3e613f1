// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { BatchQueryItem } from './types.ts'

/** Input of {@link batchQueryBackgroundCheckOrder}. */
export interface BatchQueryBackgroundCheckOrderInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id'; page_token?: string; page_size?: number }
  body?: {
    background_check_order_id_list?: string[]
    update_start_time?: string
    update_end_time?: string
    begin_start_time?: string
    begin_end_time?: string
    application_id?: string
    order_status?: '2' | '3' | '4' | '5' | '6' | '8' | '9'
  }
}

/** `data` of a successful {@link batchQueryBackgroundCheckOrder} response. */
export interface BatchQueryBackgroundCheckOrderOutput {
  has_more?: boolean
  page_token?: string
  items?: BatchQueryItem[]
}

/**
 * `hire.v1.background_check_order.batch_query`: POST /open-apis/hire/v1/background_check_orders/batch_query (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=hire&resource=background_check_order&version=v1
 */
export const batchQueryBackgroundCheckOrder = /*#__PURE__*/ endpoint<BatchQueryBackgroundCheckOrderInput, BatchQueryBackgroundCheckOrderOutput, true>({
  id: 'hire.v1.background_check_order.batch_query',
  method: 'POST',
  path: '/open-apis/hire/v1/background_check_orders/batch_query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: optional(looseObject({
        background_check_order_id_list: optional(array(string())),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        begin_start_time: optional(string()),
        begin_end_time: optional(string()),
        application_id: optional(string()),
        order_status: optional(picklist(['2', '3', '4', '5', '6', '8', '9'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link listBackgroundCheckOrder}. */
export interface ListBackgroundCheckOrderInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    page_token?: string
    page_size?: number
    application_id?: string
    update_start_time?: string
    update_end_time?: string
  }
}

/** `data` of a successful {@link listBackgroundCheckOrder} response. */
export interface ListBackgroundCheckOrderOutput {
  has_more?: boolean
  page_token?: string
  items?: BatchQueryItem[]
}

/**
 * `hire.v1.background_check_order.list`: GET /open-apis/hire/v1/background_check_orders (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=background_check_order&version=v1
 */
export const listBackgroundCheckOrder = /*#__PURE__*/ endpoint<ListBackgroundCheckOrderInput, ListBackgroundCheckOrderOutput, true>({
  id: 'hire.v1.background_check_order.list',
  method: 'GET',
  path: '/open-apis/hire/v1/background_check_orders',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
        application_id: optional(string()),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
