// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { RecordSchema } from './models.ts'
import type { Record } from './types.ts'

/** Input of {@link queryDatasourceRecord}. */
export interface QueryDatasourceRecordInput {
  query: { page_size: number; page_token?: string }
  body: {
    source_code: string
    selected_fields?: string[]
    field_filters?: { field_code: string; field_values?: string[]; operator?: number }[]
  }
}

/** `data` of a successful {@link queryDatasourceRecord} response. */
export interface QueryDatasourceRecordOutput {
  page_token?: string
  has_more: boolean
  records: Record[]
}

/**
 * `payroll.v1.datasource_record.query`: POST /open-apis/payroll/v1/datasource_records/query (tenant or user token).
 *
 * Paginated over `records`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=payroll&resource=datasource_record&version=v1
 */
export const queryDatasourceRecord = /*#__PURE__*/ endpoint<QueryDatasourceRecordInput, QueryDatasourceRecordOutput, true>({
  id: 'payroll.v1.datasource_record.query',
  method: 'POST',
  path: '/open-apis/payroll/v1/datasource_records/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: looseObject({
        source_code: string(),
        selected_fields: optional(array(string())),
        field_filters: optional(array(looseObject({
          field_code: string(),
          field_values: optional(array(string())),
          operator: optional(number()),
        }))),
      }),
    }),
  page: { items: 'records' },
})

/** Input of {@link saveDatasourceRecord}. */
export interface SaveDatasourceRecordInput {
  body: { source_code: string; records: Record[] }
}

/** `data` of a successful {@link saveDatasourceRecord} response. */
export interface SaveDatasourceRecordOutput {
  affect_counts: string
}

/**
 * `payroll.v1.datasource_record.save`: POST /open-apis/payroll/v1/datasource_records/save (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=save&project=payroll&resource=datasource_record&version=v1
 */
export const saveDatasourceRecord = /*#__PURE__*/ endpoint<SaveDatasourceRecordInput, SaveDatasourceRecordOutput>({
  id: 'payroll.v1.datasource_record.save',
  method: 'POST',
  path: '/open-apis/payroll/v1/datasource_records/save',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ source_code: string(), records: array(RecordSchema()) }) }),
})
