// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { FieldValuePerson, Name } from './types.ts'

/** Input of {@link queryMetricLib}. */
export interface QueryMetricLibInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    page_token?: string
    page_size?: number
  }
  body?: {
    is_active?: boolean
    tag_ids?: string[]
    type_ids?: string[]
    range_of_availability?: 'admins_and_reviewees' | 'only_admins'
    scoring_setting_type?: 'score_manually' | 'score_by_formula'
  }
}

/** `data` of a successful {@link queryMetricLib} response. */
export interface QueryMetricLibOutput {
  items?: {
    metric_id?: string
    name?: string
    type_id?: string
    tags?: { tag_id?: string; tag_name?: Name }[]
    fields?: {
      field_id?: string
      input_setting?: 'reviewee' | 'admin' | 'data_source_inputter'
      field_value?: string
      field_value_person?: FieldValuePerson
    }[]
    scoring_setting_type?: 'score_manually' | 'score_by_formula'
    scoring_formula?: { formula_id?: string; formula_name?: string; formula_details?: string }
    data_source_inputters?: FieldValuePerson[]
    range_of_availability?: 'admins_and_reviewees' | 'only_admins'
    is_active?: boolean
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v2.metric_lib.query`: POST /open-apis/performance/v2/metric_libs/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=metric_lib&version=v2
 */
export const queryMetricLib = /*#__PURE__*/ endpoint<QueryMetricLibInput, QueryMetricLibOutput, true>({
  id: 'performance.v2.metric_lib.query',
  method: 'POST',
  path: '/open-apis/performance/v2/metric_libs/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: optional(looseObject({
        is_active: optional(boolean()),
        tag_ids: optional(array(string())),
        type_ids: optional(array(string())),
        range_of_availability: optional(picklist(['admins_and_reviewees', 'only_admins'])),
        scoring_setting_type: optional(picklist(['score_manually', 'score_by_formula'])),
      })),
    }),
  page: { items: 'items' },
})
