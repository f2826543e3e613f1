// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { FieldValuePerson, Name } from './types.ts'

/** Input of {@link queryMetricTemplate}. */
export interface QueryMetricTemplateInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    page_token?: string
    page_size?: number
  }
  body?: { metrics_template_ids?: string[]; status?: 'to_be_configured' | 'to_be_activated' | 'enabled' | 'disabled' }
}

/** `data` of a successful {@link queryMetricTemplate} response. */
export interface QueryMetricTemplateOutput {
  items?: {
    id?: string
    name?: Name
    description?: Name
    status?: 'enabled' | 'disabled' | 'to_be_configured' | 'to_be_activated'
    is_set_by_group?: boolean
    total_metric_score_method?: 'formula' | 'review_manually' | 'sum' | 'weight'
    metric_weight_method?:
      | 'sum_of_metric_weights_for_each_dimension_equals_1'
      | 'total_sum_of_all_metric_weight_equals_1'
    metric_dimensions?: {
      group_id?: string
      metric_dimension_id?: string
      name?: Name
      evaluation_rule_id_for_each_metric?: string
      dimension_weight?: string
      description?: Name
      review_rule_option?: number
      custom_metric_config?: { default_formula_id?: string; least_metrics_size?: number; add_metric_options?: number[] }
    }[]
    metrics?: {
      group_id?: string
      metric_id?: string
      name?: string
      type_id?: string
      fields?: {
        id?: string
        input_setting?: 'reviewee' | 'admin' | 'data_source_inputter'
        filed_value?: string
        field_value_person?: FieldValuePerson
      }[]
      is_from_library?: boolean
      scoring_setting_type?: 'score_by_formula' | 'socre_manually'
      data_source_inputters?: FieldValuePerson[]
      metric_dimension_id?: string
      review_rule_config?: { max?: string; min?: string }
    }[]
    groups?: { group_id?: string; name?: string }[]
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v2.metric_template.query`: POST /open-apis/performance/v2/metric_templates/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=metric_template&version=v2
 */
export const queryMetricTemplate = /*#__PURE__*/ endpoint<QueryMetricTemplateInput, QueryMetricTemplateOutput, true>({
  id: 'performance.v2.metric_template.query',
  method: 'POST',
  path: '/open-apis/performance/v2/metric_templates/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: optional(looseObject({
        metrics_template_ids: optional(array(string())),
        status: optional(picklist(['to_be_configured', 'to_be_activated', 'enabled', 'disabled'])),
      })),
    }),
  page: { items: 'items' },
})
