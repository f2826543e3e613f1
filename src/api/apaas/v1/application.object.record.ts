// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { FilterSchema } from './models.ts'
import type { Filter, Item } from './types.ts'

/** Input of {@link batchCreateApplicationObjectRecord}. */
export interface BatchCreateApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string }
  body: { records: string }
}

/** `data` of a successful {@link batchCreateApplicationObjectRecord} response. */
export interface BatchCreateApplicationObjectRecordOutput {
  items?: Item[]
}

/**
 * `apaas.v1.application.object.record.batch_create`: POST /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=apaas&resource=application.object.record&version=v1
 */
export const batchCreateApplicationObjectRecord = /*#__PURE__*/ endpoint<BatchCreateApplicationObjectRecordInput, BatchCreateApplicationObjectRecordOutput>({
  id: 'apaas.v1.application.object.record.batch_create',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), object_api_name: string() }),
      body: looseObject({ records: string() }),
    }),
})

/** Input of {@link batchDeleteApplicationObjectRecord}. */
export interface BatchDeleteApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string }
  body: { ids: string[] }
}

/** `data` of a successful {@link batchDeleteApplicationObjectRecord} response. */
export interface BatchDeleteApplicationObjectRecordOutput {
  items?: Item[]
}

/**
 * `apaas.v1.application.object.record.batch_delete`: DELETE /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=apaas&resource=application.object.record&version=v1
 */
export const batchDeleteApplicationObjectRecord = /*#__PURE__*/ endpoint<BatchDeleteApplicationObjectRecordInput, BatchDeleteApplicationObjectRecordOutput>({
  id: 'apaas.v1.application.object.record.batch_delete',
  method: 'DELETE',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), object_api_name: string() }),
      body: looseObject({ ids: array(string()) }),
    }),
})

/** Input of {@link batchQueryApplicationObjectRecord}. */
export interface BatchQueryApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string }
  body: {
    select: string[]
    filter?: Filter
    order_by?: { field: string; direction: 'ASC' | 'DESC' }[]
    group_by?: { field: string }[]
    page_token?: string
    use_page_token?: boolean
    page_size?: number
    offset?: number
    need_total_count?: boolean
  }
}

/** `data` of a successful {@link batchQueryApplicationObjectRecord} response. */
export interface BatchQueryApplicationObjectRecordOutput {
  items: string
  total?: number
  next_page_token?: string
  has_more?: boolean
}

/**
 * `apaas.v1.application.object.record.batch_query`: POST /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_query (tenant token).
 *
 * Paginated (no single items array, page token in the body, next token in `next_page_token`).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=apaas&resource=application.object.record&version=v1
 */
export const batchQueryApplicationObjectRecord = /*#__PURE__*/ endpoint<BatchQueryApplicationObjectRecordInput, BatchQueryApplicationObjectRecordOutput, true>({
  id: 'apaas.v1.application.object.record.batch_query',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), object_api_name: string() }),
      body: looseObject({
        select: array(string()),
        filter: optional(FilterSchema()),
        order_by: optional(array(looseObject({ field: string(), direction: picklist(['ASC', 'DESC']) }))),
        group_by: optional(array(looseObject({ field: string() }))),
        page_token: optional(string()),
        use_page_token: optional(boolean()),
        page_size: optional(number()),
        offset: optional(number()),
        need_total_count: optional(boolean()),
      }),
    }),
  page: { items: null, tokenIn: 'body', next: 'next_page_token' },
})

/** Input of {@link batchUpdateApplicationObjectRecord}. */
export interface BatchUpdateApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string }
  body: { records: string }
}

/** `data` of a successful {@link batchUpdateApplicationObjectRecord} response. */
export interface BatchUpdateApplicationObjectRecordOutput {
  items?: Item[]
}

/**
 * `apaas.v1.application.object.record.batch_update`: PATCH /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=apaas&resource=application.object.record&version=v1
 */
export const batchUpdateApplicationObjectRecord = /*#__PURE__*/ endpoint<BatchUpdateApplicationObjectRecordInput, BatchUpdateApplicationObjectRecordOutput>({
  id: 'apaas.v1.application.object.record.batch_update',
  method: 'PATCH',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/batch_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), object_api_name: string() }),
      body: looseObject({ records: string() }),
    }),
})

/** Input of {@link createApplicationObjectRecord}. */
export interface CreateApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string }
  body: { record: string }
}

/** `data` of a successful {@link createApplicationObjectRecord} response. */
export interface CreateApplicationObjectRecordOutput {
  id?: string
}

/**
 * `apaas.v1.application.object.record.create`: POST /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=apaas&resource=application.object.record&version=v1
 */
export const createApplicationObjectRecord = /*#__PURE__*/ endpoint<CreateApplicationObjectRecordInput, CreateApplicationObjectRecordOutput>({
  id: 'apaas.v1.application.object.record.create',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), object_api_name: string() }),
      body: looseObject({ record: string() }),
    }),
})

/** Input of {@link deleteApplicationObjectRecord}. */
export interface DeleteApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string; id: string }
}

/** `data` of a successful {@link deleteApplicationObjectRecord} response. */
export type DeleteApplicationObjectRecordOutput = { [key: string]: unknown }

/**
 * `apaas.v1.application.object.record.delete`: DELETE /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/:id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=apaas&resource=application.object.record&version=v1
 */
export const deleteApplicationObjectRecord = /*#__PURE__*/ endpoint<DeleteApplicationObjectRecordInput, DeleteApplicationObjectRecordOutput>({
  id: 'apaas.v1.application.object.record.delete',
  method: 'DELETE',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/:id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ namespace: string(), object_api_name: string(), id: string() }) }),
})

/** Input of {@link patchApplicationObjectRecord}. */
export interface PatchApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string; id: string }
  body: { record: string }
}

/** `data` of a successful {@link patchApplicationObjectRecord} response. */
export type PatchApplicationObjectRecordOutput = { [key: string]: unknown }

/**
 * `apaas.v1.application.object.record.patch`: PATCH /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/:id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=apaas&resource=application.object.record&version=v1
 */
export const patchApplicationObjectRecord = /*#__PURE__*/ endpoint<PatchApplicationObjectRecordInput, PatchApplicationObjectRecordOutput>({
  id: 'apaas.v1.application.object.record.patch',
  method: 'PATCH',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/:id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), object_api_name: string(), id: string() }),
      body: looseObject({ record: string() }),
    }),
})

/** Input of {@link queryApplicationObjectRecord}. */
export interface QueryApplicationObjectRecordInput {
  path: { namespace: string; object_api_name: string; id: string }
  body?: { select?: string[] }
}

/** `data` of a successful {@link queryApplicationObjectRecord} response. */
export interface QueryApplicationObjectRecordOutput {
  item: string
}

/**
 * `apaas.v1.application.object.record.query`: POST /open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/:id/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=apaas&resource=application.object.record&version=v1
 */
export const queryApplicationObjectRecord = /*#__PURE__*/ endpoint<QueryApplicationObjectRecordInput, QueryApplicationObjectRecordOutput>({
  id: 'apaas.v1.application.object.record.query',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/:object_api_name/records/:id/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), object_api_name: string(), id: string() }),
      body: optional(looseObject({ select: optional(array(string())) })),
    }),
})
