// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AdditionalInformationSchema,
  DataSchema,
  DepartmentSchema,
  FieldValuePersonSchema,
  NameSchema,
} from './models.ts'
import type { QueryActivityOutput } from './activity.ts'
import type { ImportAdditionalInformationOutput, QueryAdditionalInformationOutput } from './additional_information.ts'
import type { DeleteAdditionalInformationsBatchOutput } from './additional_informations.batch.ts'
import type { QueryIndicatorOutput } from './indicator.ts'
import type { ImportMetricDetailOutput, QueryMetricDetailOutput } from './metric_detail.ts'
import type { QueryMetricFieldOutput } from './metric_field.ts'
import type { QueryMetricLibOutput } from './metric_lib.ts'
import type { ListMetricTagOutput } from './metric_tag.ts'
import type { QueryMetricTemplateOutput } from './metric_template.ts'
import type { QueryQuestionOutput } from './question.ts'
import type { QueryReviewDataOutput } from './review_data.ts'
import type { QueryReviewTemplateOutput } from './review_template.ts'
import type { QueryRevieweeOutput } from './reviewee.ts'
import type { WriteUserGroupUserRelOutput } from './user_group_user_rel.ts'
import type { QueryUserInfoOutput } from './user_info.ts'

/** Schema of {@link QueryActivityOutput}, for opt-in response validation. */
export const QueryActivityOutputSchema: GenericSchema<QueryActivityOutput> = /*#__PURE__*/ (() => looseObject({
  activities: optional(array(looseObject({
    id: string(),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    semester_id: optional(string()),
    mode: optional(picklist(['metric_development', 'performance_review', 'metric_development_and_performance_review'])),
    progress: optional(picklist(['finished', 'enabled', 'initiating', 'configurable', 'unable'])),
    create_time: optional(string()),
    modify_time: optional(string()),
    create_user_id: optional(string()),
    modify_user_id: optional(string()),
  }))),
}))()

/** Schema of {@link ImportAdditionalInformationOutput}, for opt-in response validation. */
export const ImportAdditionalInformationOutputSchema: GenericSchema<ImportAdditionalInformationOutput> = /*#__PURE__*/ (() => looseObject({
  import_record_id: optional(string()),
  additional_informations: optional(array(AdditionalInformationSchema())),
}))()

/** Schema of {@link QueryAdditionalInformationOutput}, for opt-in response validation. */
export const QueryAdditionalInformationOutputSchema: GenericSchema<QueryAdditionalInformationOutput> = /*#__PURE__*/ (() => looseObject({
  additional_informations: optional(array(AdditionalInformationSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link DeleteAdditionalInformationsBatchOutput}, for opt-in response validation. */
export const DeleteAdditionalInformationsBatchOutputSchema: GenericSchema<DeleteAdditionalInformationsBatchOutput> = /*#__PURE__*/ (() => looseObject({
  additional_informations: optional(array(string())),
}))()

/** Schema of {@link QueryIndicatorOutput}, for opt-in response validation. */
export const QueryIndicatorOutputSchema: GenericSchema<QueryIndicatorOutput> = /*#__PURE__*/ (() => looseObject({
  indicators: optional(array(looseObject({
    id: string(),
    name: optional(NameSchema()),
    type: optional(picklist([
      'general_review_item',
      'review_item_based_on_key_metric',
      'okr_review_item',
      'plus',
      'minus',
    ])),
    options: optional(array(looseObject({ id: string(), name: optional(NameSchema()), lable: optional(string()) }))),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ImportMetricDetailOutput}, for opt-in response validation. */
export const ImportMetricDetailOutputSchema: GenericSchema<ImportMetricDetailOutput> = /*#__PURE__*/ (() => looseObject({
  import_record_id: optional(string()),
}))()

/** Schema of {@link QueryMetricDetailOutput}, for opt-in response validation. */
export const QueryMetricDetailOutputSchema: GenericSchema<QueryMetricDetailOutput> = /*#__PURE__*/ (() => looseObject({
  semester_id: optional(string()),
  reviewee_metrics: optional(array(looseObject({
    reviewee_user_id: optional(FieldValuePersonSchema()),
    metric_template_id: optional(string()),
    metric_details: optional(looseObject({
      metric_id: optional(string()),
      name: optional(string()),
      fields: optional(array(looseObject({
        field_id: optional(string()),
        field_value: optional(string()),
        field_value_person: optional(FieldValuePersonSchema()),
      }))),
      dimension_id: optional(string()),
      dimension_name: optional(NameSchema()),
      dimension_weight: optional(string()),
      add_from: optional(picklist(['reviewee', 'admin'])),
      is_from_library: optional(boolean()),
    })),
    reviewee_stage_statuses: optional(array(looseObject({
      stage_id: optional(string()),
      stage_type: optional(string()),
      stage_status: optional(number()),
    }))),
  }))),
}))()

/** Schema of {@link QueryMetricFieldOutput}, for opt-in response validation. */
export const QueryMetricFieldOutputSchema: GenericSchema<QueryMetricFieldOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    field_id: optional(string()),
    name: optional(NameSchema()),
    type: optional(picklist(['number', 'text', 'person', 'pencentage'])),
  }))),
}))()

/** Schema of {@link QueryMetricLibOutput}, for opt-in response validation. */
export const QueryMetricLibOutputSchema: GenericSchema<QueryMetricLibOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    metric_id: optional(string()),
    name: optional(string()),
    type_id: optional(string()),
    tags: optional(array(looseObject({ tag_id: optional(string()), tag_name: optional(NameSchema()) }))),
    fields: optional(array(looseObject({
      field_id: optional(string()),
      input_setting: optional(picklist(['reviewee', 'admin', 'data_source_inputter'])),
      field_value: optional(string()),
      field_value_person: optional(FieldValuePersonSchema()),
    }))),
    scoring_setting_type: optional(picklist(['score_manually', 'score_by_formula'])),
    scoring_formula: optional(looseObject({
      formula_id: optional(string()),
      formula_name: optional(string()),
      formula_details: optional(string()),
    })),
    data_source_inputters: optional(array(FieldValuePersonSchema())),
    range_of_availability: optional(picklist(['admins_and_reviewees', 'only_admins'])),
    is_active: optional(boolean()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListMetricTagOutput}, for opt-in response validation. */
export const ListMetricTagOutputSchema: GenericSchema<ListMetricTagOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    tag_id: optional(string()),
    tag_name: optional(NameSchema()),
    index: optional(number()),
    create_time: optional(string()),
    update_time: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryMetricTemplateOutput}, for opt-in response validation. */
export const QueryMetricTemplateOutputSchema: GenericSchema<QueryMetricTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    status: optional(picklist(['enabled', 'disabled', 'to_be_configured', 'to_be_activated'])),
    is_set_by_group: optional(boolean()),
    total_metric_score_method: optional(picklist(['formula', 'review_manually', 'sum', 'weight'])),
    metric_weight_method: optional(picklist([
      'sum_of_metric_weights_for_each_dimension_equals_1',
      'total_sum_of_all_metric_weight_equals_1',
    ])),
    metric_dimensions: optional(array(looseObject({
      group_id: optional(string()),
      metric_dimension_id: optional(string()),
      name: optional(NameSchema()),
      evaluation_rule_id_for_each_metric: optional(string()),
      dimension_weight: optional(string()),
      description: optional(NameSchema()),
      review_rule_option: optional(number()),
      custom_metric_config: optional(looseObject({
        default_formula_id: optional(string()),
        least_metrics_size: optional(number()),
        add_metric_options: optional(array(number())),
      })),
    }))),
    metrics: optional(array(looseObject({
      group_id: optional(string()),
      metric_id: optional(string()),
      name: optional(string()),
      type_id: optional(string()),
      fields: optional(array(looseObject({
        id: optional(string()),
        input_setting: optional(picklist(['reviewee', 'admin', 'data_source_inputter'])),
        filed_value: optional(string()),
        field_value_person: optional(FieldValuePersonSchema()),
      }))),
      is_from_library: optional(boolean()),
      scoring_setting_type: optional(picklist(['score_by_formula', 'socre_manually'])),
      data_source_inputters: optional(array(FieldValuePersonSchema())),
      metric_dimension_id: optional(string()),
      review_rule_config: optional(looseObject({ max: optional(string()), min: optional(string()) })),
    }))),
    groups: optional(array(looseObject({ group_id: optional(string()), name: optional(string()) }))),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QueryQuestionOutput}, for opt-in response validation. */
export const QueryQuestionOutputSchema: GenericSchema<QueryQuestionOutput> = /*#__PURE__*/ (() => looseObject({
  tag_based_questions: optional(array(looseObject({
    question_id: string(),
    name: optional(NameSchema()),
    tag_items: optional(array(looseObject({ id: string(), name: optional(NameSchema()) }))),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QueryReviewDataOutput}, for opt-in response validation. */
export const QueryReviewDataOutputSchema: GenericSchema<QueryReviewDataOutput> = /*#__PURE__*/ (() => looseObject({
  datas: optional(array(DataSchema())),
}))()

/** Schema of {@link QueryReviewTemplateOutput}, for opt-in response validation. */
export const QueryReviewTemplateOutputSchema: GenericSchema<QueryReviewTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  review_templates: optional(array(looseObject({
    templates: optional(array(looseObject({
      template_id: string(),
      name: optional(NameSchema()),
      stage_type: optional(string()),
      review_stage_role: optional(string()),
      review_stage_data_write_mode: optional(string()),
    }))),
    units: optional(array(looseObject({
      unit_id: string(),
      name: optional(NameSchema()),
      fields: optional(array(looseObject({
        field_id: string(),
        name: optional(NameSchema()),
        indicator_id: optional(string()),
        tag_based_question_id: optional(string()),
        objective_text_qustion_title: optional(NameSchema()),
        keyresult_text_qustion_title: optional(NameSchema()),
        parent_field_id: optional(string()),
        kpi_template_id: optional(string()),
      }))),
    }))),
    review_template_id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    status: optional(string()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QueryRevieweeOutput}, for opt-in response validation. */
export const QueryRevieweeOutputSchema: GenericSchema<QueryRevieweeOutput> = /*#__PURE__*/ (() => looseObject({
  semester_id: optional(string()),
  reviewees: optional(array(looseObject({
    reviewee_user_id: optional(FieldValuePersonSchema()),
    activity_ids: optional(array(string())),
    reviewprofile_url: optional(string()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link WriteUserGroupUserRelOutput}, for opt-in response validation. */
export const WriteUserGroupUserRelOutputSchema: GenericSchema<WriteUserGroupUserRelOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(looseObject({
    success_user_ids: optional(array(string())),
    fail_user_datas: optional(array(looseObject({ user_id: optional(string()), fail_code: optional(number()) }))),
  })),
}))()

/** Schema of {@link QueryUserInfoOutput}, for opt-in response validation. */
export const QueryUserInfoOutputSchema: GenericSchema<QueryUserInfoOutput> = /*#__PURE__*/ (() => looseObject({
  semester_id: optional(string()),
  user_infos: optional(array(looseObject({
    user_id: optional(FieldValuePersonSchema()),
    direct_leader_user_id: optional(FieldValuePersonSchema()),
    department: optional(DepartmentSchema()),
    job_family: optional(DepartmentSchema()),
    job_level: optional(DepartmentSchema()),
  }))),
}))()
