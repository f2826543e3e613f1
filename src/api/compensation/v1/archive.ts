// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createArchive}. */
export interface CreateArchiveInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body: {
    unique_id: string
    operator_id?: string
    user_id: string
    effective_time: string
    currency_id: string
    plan_id: string
    plan_tid: string
    change_reason_id: string
    item_value_lists: { item_id: string; item_value: string; item_value_regular?: string }[]
    description?: string
    edit_remark?: string
  }
}

/** `data` of a successful {@link createArchive} response. */
export interface CreateArchiveOutput {
  unique_id?: string
  archive_tid?: string
}

/**
 * `compensation.v1.archive.create`: POST /open-apis/compensation/v1/archives (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=compensation&resource=archive&version=v1
 */
export const createArchive = /*#__PURE__*/ endpoint<CreateArchiveInput, CreateArchiveOutput>({
  id: 'compensation.v1.archive.create',
  method: 'POST',
  path: '/open-apis/compensation/v1/archives',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id']) }),
      body: looseObject({
        unique_id: string(),
        operator_id: optional(string()),
        user_id: string(),
        effective_time: string(),
        currency_id: string(),
        plan_id: string(),
        plan_tid: string(),
        change_reason_id: string(),
        item_value_lists: array(looseObject({
          item_id: string(),
          item_value: string(),
          item_value_regular: optional(string()),
        })),
        description: optional(string()),
        edit_remark: optional(string()),
      }),
    }),
})

/** Input of {@link queryArchive}. */
export interface QueryArchiveInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
  }
  body: { user_id_list: string[]; tid_list?: string[]; effective_start_date?: string; effective_end_date?: string }
}

/** `data` of a successful {@link queryArchive} response. */
export interface QueryArchiveOutput {
  items: {
    user_id: string
    id: string
    tid: string
    plan_id: string
    plan_tid: string
    currency_id?: string
    change_reason_id: string
    change_description: string
    effective_date: string
    expiration_date?: string
    salary_level_id?: string
    created_time?: string
    updated_time?: string
    archive_items: { item_id: string; item_result: string; item_result_regular?: string }[]
    archive_indicators: { indicator_id: string; indicator_result: string; indicator_result_regular?: string }[]
  }[]
  page_token?: string
  has_more: boolean
}

/**
 * `compensation.v1.archive.query`: POST /open-apis/compensation/v1/archives/query (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=compensation&resource=archive&version=v1
 */
export const queryArchive = /*#__PURE__*/ endpoint<QueryArchiveInput, QueryArchiveOutput, true>({
  id: 'compensation.v1.archive.query',
  method: 'POST',
  path: '/open-apis/compensation/v1/archives/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id']),
      }),
      body: looseObject({
        user_id_list: array(string()),
        tid_list: optional(array(string())),
        effective_start_date: optional(string()),
        effective_end_date: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
