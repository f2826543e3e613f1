// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Column, Constraint, Indexe } from './types.ts'

/** Input of {@link batchUpdateAppTableTableRecords}. */
export interface BatchUpdateAppTableTableRecordsInput {
  path: { app_id: string; table_name: string }
  query?: { env?: string; user_identifier_type?: string }
  body: { records: string }
}

/** `data` of a successful {@link batchUpdateAppTableTableRecords} response. */
export interface BatchUpdateAppTableTableRecordsOutput {
  record_ids: string[]
}

/**
 * `spark.v1.app.table.batch_update_table_records`: PATCH /open-apis/spark/v1/apps/:app_id/tables/:table_name/records_batch_update (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update_table_records&project=spark&resource=app.table&version=v1
 */
export const batchUpdateAppTableTableRecords = /*#__PURE__*/ endpoint<BatchUpdateAppTableTableRecordsInput, BatchUpdateAppTableTableRecordsOutput>({
  id: 'spark.v1.app.table.batch_update_table_records',
  method: 'PATCH',
  path: '/open-apis/spark/v1/apps/:app_id/tables/:table_name/records_batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), table_name: string() }),
      query: optional(looseObject({ env: optional(string()), user_identifier_type: optional(string()) })),
      body: looseObject({ records: string() }),
    }),
})

/** Input of {@link deleteAppTableTableRecords}. */
export interface DeleteAppTableTableRecordsInput {
  path: { app_id: string; table_name: string }
  query: { filter: string; env?: string }
}

/** `data` of a successful {@link deleteAppTableTableRecords} response. */
export type DeleteAppTableTableRecordsOutput = { [key: string]: unknown }

/**
 * `spark.v1.app.table.delete_table_records`: DELETE /open-apis/spark/v1/apps/:app_id/tables/:table_name/records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete_table_records&project=spark&resource=app.table&version=v1
 */
export const deleteAppTableTableRecords = /*#__PURE__*/ endpoint<DeleteAppTableTableRecordsInput, DeleteAppTableTableRecordsOutput>({
  id: 'spark.v1.app.table.delete_table_records',
  method: 'DELETE',
  path: '/open-apis/spark/v1/apps/:app_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), table_name: string() }),
      query: looseObject({ filter: string(), env: optional(string()) }),
    }),
})

/** Input of {@link getAppTableTableDetail}. */
export interface GetAppTableTableDetailInput {
  path: { app_id: string; table_name: string }
  query?: { env?: string; format?: string }
}

/** `data` of a successful {@link getAppTableTableDetail} response. */
export interface GetAppTableTableDetailOutput {
  name: string
  description: string
  columns: Column[]
  indexes?: Indexe[]
  constraints?: Constraint[]
  estimated_row_count?: number
  size_bytes?: number
  ddl?: string
}

/**
 * `spark.v1.app.table.get_table_detail`: GET /open-apis/spark/v1/apps/:app_id/tables/:table_name (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_table_detail&project=spark&resource=app.table&version=v1
 */
export const getAppTableTableDetail = /*#__PURE__*/ endpoint<GetAppTableTableDetailInput, GetAppTableTableDetailOutput>({
  id: 'spark.v1.app.table.get_table_detail',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/tables/:table_name',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), table_name: string() }),
      query: optional(looseObject({ env: optional(string()), format: optional(string()) })),
    }),
})

/** Input of {@link getAppTableTableList}. */
export interface GetAppTableTableListInput {
  path: { app_id: string }
  query?: { page_size?: number; page_token?: string; env?: string }
}

/** `data` of a successful {@link getAppTableTableList} response. */
export interface GetAppTableTableListOutput {
  has_more: boolean
  page_token: string
  items: {
    name: string
    description: string
    columns: Column[]
    indexes?: Indexe[]
    constraints?: Constraint[]
    estimated_row_count?: number
    size_bytes?: number
  }[]
}

/**
 * `spark.v1.app.table.get_table_list`: GET /open-apis/spark/v1/apps/:app_id/tables (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_table_list&project=spark&resource=app.table&version=v1
 */
export const getAppTableTableList = /*#__PURE__*/ endpoint<GetAppTableTableListInput, GetAppTableTableListOutput, true>({
  id: 'spark.v1.app.table.get_table_list',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/tables',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        env: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link getAppTableTableRecordList}. */
export interface GetAppTableTableRecordListInput {
  path: { app_id: string; table_name: string }
  query?: {
    page_size?: number
    page_token?: string
    select?: string
    filter?: string
    order?: string
    env?: string
    user_identifier_type?: string
  }
}

/** `data` of a successful {@link getAppTableTableRecordList} response. */
export interface GetAppTableTableRecordListOutput {
  has_more: boolean
  page_token: string
  total: number
  items: string
}

/**
 * `spark.v1.app.table.get_table_record_list`: GET /open-apis/spark/v1/apps/:app_id/tables/:table_name/records (tenant or user token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_table_record_list&project=spark&resource=app.table&version=v1
 */
export const getAppTableTableRecordList = /*#__PURE__*/ endpoint<GetAppTableTableRecordListInput, GetAppTableTableRecordListOutput, true>({
  id: 'spark.v1.app.table.get_table_record_list',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), table_name: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        select: optional(string()),
        filter: optional(string()),
        order: optional(string()),
        env: optional(string()),
        user_identifier_type: optional(string()),
      })),
    }),
  page: { items: null },
})

/** Input of {@link patchAppTableTableRecords}. */
export interface PatchAppTableTableRecordsInput {
  path: { app_id: string; table_name: string }
  query: { filter: string; env?: string; user_identifier_type?: string }
  body: { record: string }
}

/** `data` of a successful {@link patchAppTableTableRecords} response. */
export interface PatchAppTableTableRecordsOutput {
  record_ids: string[]
}

/**
 * `spark.v1.app.table.patch_table_records`: PATCH /open-apis/spark/v1/apps/:app_id/tables/:table_name/records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch_table_records&project=spark&resource=app.table&version=v1
 */
export const patchAppTableTableRecords = /*#__PURE__*/ endpoint<PatchAppTableTableRecordsInput, PatchAppTableTableRecordsOutput>({
  id: 'spark.v1.app.table.patch_table_records',
  method: 'PATCH',
  path: '/open-apis/spark/v1/apps/:app_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), table_name: string() }),
      query: looseObject({ filter: string(), env: optional(string()), user_identifier_type: optional(string()) }),
      body: looseObject({ record: string() }),
    }),
})

/** Input of {@link postAppTableTableRecords}. */
export interface PostAppTableTableRecordsInput {
  path: { app_id: string; table_name: string }
  query?: { columns?: string; on_conflict?: string; env?: string; user_identifier_type?: string }
  body: { records: string }
}

/** `data` of a successful {@link postAppTableTableRecords} response. */
export interface PostAppTableTableRecordsOutput {
  record_ids: string[]
}

/**
 * `spark.v1.app.table.post_table_records`: POST /open-apis/spark/v1/apps/:app_id/tables/:table_name/records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=post_table_records&project=spark&resource=app.table&version=v1
 */
export const postAppTableTableRecords = /*#__PURE__*/ endpoint<PostAppTableTableRecordsInput, PostAppTableTableRecordsOutput>({
  id: 'spark.v1.app.table.post_table_records',
  method: 'POST',
  path: '/open-apis/spark/v1/apps/:app_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), table_name: string() }),
      query: optional(looseObject({
        columns: optional(string()),
        on_conflict: optional(string()),
        env: optional(string()),
        user_identifier_type: optional(string()),
      })),
      body: looseObject({ records: string() }),
    }),
})
