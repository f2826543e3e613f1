// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import {
  array,
  boolean,
  looseObject,
  number,
  optional,
  picklist,
  record,
  string,
  union,
} from '../../../core/valibot.ts'
import {
  ConditionSchema,
  CreateFieldValueSchema,
  CreatedBySchema,
  FieldValueSchema,
  FieldsValueSchema,
  RecordFieldValueSchema,
  RecordFieldsValueSchema,
  RecordSchema,
} from './models.ts'
import type {
  Condition,
  CreateFieldValue,
  CreatedBy,
  FieldValue,
  FieldsValue,
  Record,
  RecordFieldValue,
  RecordFieldsValue,
} from './types.ts'

/** Input of {@link batchCreateAppTableRecord}. */
export interface BatchCreateAppTableRecordInput {
  path: { app_token: string; table_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    client_token?: string
    ignore_consistency_check?: boolean
  }
  body: {
    records: {
      fields: {
        [key: string]:
          | string
          | number
          | boolean
          | RecordFieldsValue
          | FieldsValue
          | FieldValue[]
          | string[]
          | CreatedBy[]
          | RecordFieldValue[]
      }
      created_by?: CreatedBy
      created_time?: number
      last_modified_by?: CreatedBy
      last_modified_time?: number
      shared_url?: string
      record_url?: string
    }[]
  }
}

/** `data` of a successful {@link batchCreateAppTableRecord} response. */
export interface BatchCreateAppTableRecordOutput {
  records?: Record[]
}

/**
 * `bitable.v1.app.table.record.batch_create`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_create (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=bitable&resource=app.table.record&version=v1
 */
export const batchCreateAppTableRecord = /*#__PURE__*/ endpoint<BatchCreateAppTableRecordInput, BatchCreateAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.batch_create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        client_token: optional(string()),
        ignore_consistency_check: optional(boolean()),
      })),
      body: looseObject({
        records: array(looseObject({
          fields: record(
            string(),
            union([
              string(),
              number(),
              boolean(),
              RecordFieldsValueSchema(),
              FieldsValueSchema(),
              array(FieldValueSchema()),
              array(string()),
              array(CreatedBySchema()),
              array(RecordFieldValueSchema()),
            ]),
          ),
          created_by: optional(CreatedBySchema()),
          created_time: optional(number()),
          last_modified_by: optional(CreatedBySchema()),
          last_modified_time: optional(number()),
          shared_url: optional(string()),
          record_url: optional(string()),
        })),
      }),
    }),
})

/** Input of {@link batchDeleteAppTableRecord}. */
export interface BatchDeleteAppTableRecordInput {
  path: { app_token: string; table_id: string }
  query?: { ignore_consistency_check?: boolean }
  body: { records: string[] }
}

/** `data` of a successful {@link batchDeleteAppTableRecord} response. */
export interface BatchDeleteAppTableRecordOutput {
  records?: { deleted?: boolean; record_id?: string }[]
}

/**
 * `bitable.v1.app.table.record.batch_delete`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_delete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=bitable&resource=app.table.record&version=v1
 */
export const batchDeleteAppTableRecord = /*#__PURE__*/ endpoint<BatchDeleteAppTableRecordInput, BatchDeleteAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.batch_delete',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({ ignore_consistency_check: optional(boolean()) })),
      body: looseObject({ records: array(string()) }),
    }),
})

/** Input of {@link batchGetAppTableRecord}. */
export interface BatchGetAppTableRecordInput {
  path: { app_token: string; table_id: string }
  body: {
    record_ids: string[]
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    with_shared_url?: boolean
    automatic_fields?: boolean
  }
}

/** `data` of a successful {@link batchGetAppTableRecord} response. */
export interface BatchGetAppTableRecordOutput {
  records?: Record[]
  forbidden_record_ids?: string[]
  absent_record_ids?: string[]
}

/**
 * `bitable.v1.app.table.record.batch_get`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_get (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=bitable&resource=app.table.record&version=v1
 */
export const batchGetAppTableRecord = /*#__PURE__*/ endpoint<BatchGetAppTableRecordInput, BatchGetAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.batch_get',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      body: looseObject({
        record_ids: array(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        with_shared_url: optional(boolean()),
        automatic_fields: optional(boolean()),
      }),
    }),
})

/** Input of {@link batchUpdateAppTableRecord}. */
export interface BatchUpdateAppTableRecordInput {
  path: { app_token: string; table_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    ignore_consistency_check?: boolean
    client_token?: string
  }
  body: { records: Record[] }
}

/** `data` of a successful {@link batchUpdateAppTableRecord} response. */
export interface BatchUpdateAppTableRecordOutput {
  records?: Record[]
}

/**
 * `bitable.v1.app.table.record.batch_update`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_update (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=bitable&resource=app.table.record&version=v1
 */
export const batchUpdateAppTableRecord = /*#__PURE__*/ endpoint<BatchUpdateAppTableRecordInput, BatchUpdateAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.batch_update',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        ignore_consistency_check: optional(boolean()),
        client_token: optional(string()),
      })),
      body: looseObject({ records: array(RecordSchema()) }),
    }),
})

/** Input of {@link createAppTableRecord}. */
export interface CreateAppTableRecordInput {
  path: { app_token: string; table_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    client_token?: string
    ignore_consistency_check?: boolean
  }
  body: {
    fields: {
      [key: string]:
        | string
        | number
        | boolean
        | RecordFieldsValue
        | FieldsValue
        | FieldValue[]
        | string[]
        | CreateFieldValue[]
        | RecordFieldValue[]
    }
    record_id?: string
  }
}

/** `data` of a successful {@link createAppTableRecord} response. */
export interface CreateAppTableRecordOutput {
  record?: Record
}

/**
 * `bitable.v1.app.table.record.create`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app.table.record&version=v1
 */
export const createAppTableRecord = /*#__PURE__*/ endpoint<CreateAppTableRecordInput, CreateAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        client_token: optional(string()),
        ignore_consistency_check: optional(boolean()),
      })),
      body: looseObject({
        fields: record(
          string(),
          union([
            string(),
            number(),
            boolean(),
            RecordFieldsValueSchema(),
            FieldsValueSchema(),
            array(FieldValueSchema()),
            array(string()),
            array(CreateFieldValueSchema()),
            array(RecordFieldValueSchema()),
          ]),
        ),
        record_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteAppTableRecord}. */
export interface DeleteAppTableRecordInput {
  path: { app_token: string; table_id: string; record_id: string }
  query?: { ignore_consistency_check?: boolean }
}

/** `data` of a successful {@link deleteAppTableRecord} response. */
export interface DeleteAppTableRecordOutput {
  deleted?: boolean
  record_id?: string
}

/**
 * `bitable.v1.app.table.record.delete`: DELETE /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/:record_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=bitable&resource=app.table.record&version=v1
 */
export const deleteAppTableRecord = /*#__PURE__*/ endpoint<DeleteAppTableRecordInput, DeleteAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.delete',
  method: 'DELETE',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/:record_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), record_id: string() }),
      query: optional(looseObject({ ignore_consistency_check: optional(boolean()) })),
    }),
})

/** Input of {@link getAppTableRecord}. */
export interface GetAppTableRecordInput {
  path: { app_token: string; table_id: string; record_id: string }
  query?: {
    text_field_as_array?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    display_formula_ref?: boolean
    with_shared_url?: boolean
    automatic_fields?: boolean
  }
}

/** `data` of a successful {@link getAppTableRecord} response. */
export interface GetAppTableRecordOutput {
  record?: Record
}

/**
 * `bitable.v1.app.table.record.get`: GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/:record_id (tenant or user token).
 *
 * @deprecated Use {@link batchGetAppTableRecord} instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=bitable&resource=app.table.record&version=v1
 */
export const getAppTableRecord = /*#__PURE__*/ endpoint<GetAppTableRecordInput, GetAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.get',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/:record_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), record_id: string() }),
      query: optional(looseObject({
        text_field_as_array: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        display_formula_ref: optional(boolean()),
        with_shared_url: optional(boolean()),
        automatic_fields: optional(boolean()),
      })),
    }),
})

/** Input of {@link listAppTableRecord}. */
export interface ListAppTableRecordInput {
  path: { app_token: string; table_id: string }
  query?: {
    view_id?: string
    filter?: string
    sort?: string
    field_names?: string
    text_field_as_array?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    display_formula_ref?: boolean
    automatic_fields?: boolean
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listAppTableRecord} response. */
export interface ListAppTableRecordOutput {
  has_more?: boolean
  page_token?: string
  total?: number
  items?: Record[]
}

/**
 * `bitable.v1.app.table.record.list`: GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use {@link searchAppTableRecord} instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.table.record&version=v1
 */
export const listAppTableRecord = /*#__PURE__*/ endpoint<ListAppTableRecordInput, ListAppTableRecordOutput, true>({
  id: 'bitable.v1.app.table.record.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({
        view_id: optional(string()),
        filter: optional(string()),
        sort: optional(string()),
        field_names: optional(string()),
        text_field_as_array: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        display_formula_ref: optional(boolean()),
        automatic_fields: optional(boolean()),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link searchAppTableRecord}. */
export interface SearchAppTableRecordInput {
  path: { app_token: string; table_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_token?: string; page_size?: number }
  body?: {
    view_id?: string
    field_names?: string[]
    sort?: { field_name?: string; desc?: boolean }[]
    filter?: {
      conjunction?: 'and' | 'or'
      conditions?: Condition[]
      children?: { conjunction: 'and' | 'or'; conditions?: Condition[] }[]
    }
    automatic_fields?: boolean
  }
}

/** `data` of a successful {@link searchAppTableRecord} response. */
export interface SearchAppTableRecordOutput {
  items?: Record[]
  has_more?: boolean
  page_token?: string
  total?: number
}

/**
 * `bitable.v1.app.table.record.search`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=bitable&resource=app.table.record&version=v1
 */
export const searchAppTableRecord = /*#__PURE__*/ endpoint<SearchAppTableRecordInput, SearchAppTableRecordOutput, true>({
  id: 'bitable.v1.app.table.record.search',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: optional(looseObject({
        view_id: optional(string()),
        field_names: optional(array(string())),
        sort: optional(array(looseObject({ field_name: optional(string()), desc: optional(boolean()) }))),
        filter: optional(looseObject({
          conjunction: optional(picklist(['and', 'or'])),
          conditions: optional(array(ConditionSchema())),
          children: optional(array(looseObject({
            conjunction: picklist(['and', 'or']),
            conditions: optional(array(ConditionSchema())),
          }))),
        })),
        automatic_fields: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateAppTableRecord}. */
export interface UpdateAppTableRecordInput {
  path: { app_token: string; table_id: string; record_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    ignore_consistency_check?: boolean
    client_token?: string
  }
  body: {
    fields: {
      [key: string]:
        | string
        | number
        | boolean
        | RecordFieldsValue
        | FieldsValue
        | FieldValue[]
        | string[]
        | CreateFieldValue[]
        | RecordFieldValue[]
    }
  }
}

/** `data` of a successful {@link updateAppTableRecord} response. */
export interface UpdateAppTableRecordOutput {
  record?: Record
}

/**
 * `bitable.v1.app.table.record.update`: PUT /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/:record_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=bitable&resource=app.table.record&version=v1
 */
export const updateAppTableRecord = /*#__PURE__*/ endpoint<UpdateAppTableRecordInput, UpdateAppTableRecordOutput>({
  id: 'bitable.v1.app.table.record.update',
  method: 'PUT',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/records/:record_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), record_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        ignore_consistency_check: optional(boolean()),
        client_token: optional(string()),
      })),
      body: looseObject({
        fields: record(
          string(),
          union([
            string(),
            number(),
            boolean(),
            RecordFieldsValueSchema(),
            FieldsValueSchema(),
            array(FieldValueSchema()),
            array(string()),
            array(CreateFieldValueSchema()),
            array(RecordFieldValueSchema()),
          ]),
        ),
      }),
    }),
})
