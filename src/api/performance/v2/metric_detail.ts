// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { FieldValuePerson, Name } from './types.ts'

/** Input of {@link importMetricDetail}. */
export interface ImportMetricDetailInput {
  query: { client_token: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    semester_id: string
    import_record_name?: string
    imported_metrics: {
      reviewee_user_id: string
      metric_id: string
      fields: { field_id: string; field_value?: string; field_value_person?: string }[]
    }[]
  }
}

/** `data` of a successful {@link importMetricDetail} response. */
export interface ImportMetricDetailOutput {
  import_record_id?: string
}

/**
 * `performance.v2.metric_detail.import`: POST /open-apis/performance/v2/metric_details/import (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=import&project=performance&resource=metric_detail&version=v2
 */
export const importMetricDetail = /*#__PURE__*/ endpoint<ImportMetricDetailInput, ImportMetricDetailOutput>({
  id: 'performance.v2.metric_detail.import',
  method: 'POST',
  path: '/open-apis/performance/v2/metric_details/import',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        client_token: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      }),
      body: looseObject({
        semester_id: string(),
        import_record_name: optional(string()),
        imported_metrics: array(looseObject({
          reviewee_user_id: string(),
          metric_id: string(),
          fields: array(looseObject({
            field_id: string(),
            field_value: optional(string()),
            field_value_person: optional(string()),
          })),
        })),
      }),
    }),
})

/** Input of {@link queryMetricDetail}. */
export interface QueryMetricDetailInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: { semester_id: string; reviewee_user_ids: string[] }
}

/** `data` of a successful {@link queryMetricDetail} response. */
export interface QueryMetricDetailOutput {
  semester_id?: string
  reviewee_metrics?: {
    reviewee_user_id?: FieldValuePerson
    metric_template_id?: string
    metric_details?: {
      metric_id?: string
      name?: string
      fields?: { field_id?: string; field_value?: string; field_value_person?: FieldValuePerson }[]
      dimension_id?: string
      dimension_name?: Name
      dimension_weight?: string
      add_from?: 'reviewee' | 'admin'
      is_from_library?: boolean
    }
    reviewee_stage_statuses?: { stage_id?: string; stage_type?: string; stage_status?: number }[]
  }[]
}

/**
 * `performance.v2.metric_detail.query`: POST /open-apis/performance/v2/metric_details/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=metric_detail&version=v2
 */
export const queryMetricDetail = /*#__PURE__*/ endpoint<QueryMetricDetailInput, QueryMetricDetailOutput>({
  id: 'performance.v2.metric_detail.query',
  method: 'POST',
  path: '/open-apis/performance/v2/metric_details/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({ semester_id: string(), reviewee_user_ids: array(string()) }),
    }),
})
