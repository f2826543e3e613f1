// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  DetailSchema,
  I18nNameSchema,
  NameSchema,
  OperateResultSchema,
  PlanIndicatorLogicSchema,
  PlanSchema,
  QueryDetailRecordSchema,
} from './models.ts'
import type { CreateArchiveOutput, QueryArchiveOutput } from './archive.ts'
import type { ListChangeReasonOutput } from './change_reason.ts'
import type { ListIndicatorOutput } from './indicator.ts'
import type { ListItemOutput } from './item.ts'
import type { ListItemCategoryOutput } from './item_category.ts'
import type {
  BatchCreateLumpSumPaymentOutput,
  BatchRemoveLumpSumPaymentOutput,
  BatchUpdateLumpSumPaymentOutput,
  QueryLumpSumPaymentDetailOutput,
  QueryLumpSumPaymentOutput,
} from './lump_sum_payment.ts'
import type { ListPlanOutput } from './plan.ts'
import type {
  BatchCreateRecurringPaymentOutput,
  BatchRemoveRecurringPaymentOutput,
  BatchUpdateRecurringPaymentOutput,
  QueryRecurringPaymentOutput,
} from './recurring_payment.ts'
import type { QuerySocialArchiveOutput } from './social_archive.ts'
import type { QuerySocialArchiveAdjustRecordOutput } from './social_archive_adjust_record.ts'
import type { ListSocialInsuranceOutput } from './social_insurance.ts'
import type { ListSocialPlanOutput, QuerySocialPlanOutput } from './social_plan.ts'

/** Schema of {@link CreateArchiveOutput}, for opt-in response validation. */
export const CreateArchiveOutputSchema: GenericSchema<CreateArchiveOutput> = /*#__PURE__*/ (() => looseObject({
  unique_id: optional(string()),
  archive_tid: optional(string()),
}))()

/** Schema of {@link QueryArchiveOutput}, for opt-in response validation. */
export const QueryArchiveOutputSchema: GenericSchema<QueryArchiveOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    user_id: string(),
    id: string(),
    tid: string(),
    plan_id: string(),
    plan_tid: string(),
    currency_id: optional(string()),
    change_reason_id: string(),
    change_description: string(),
    effective_date: string(),
    expiration_date: optional(string()),
    salary_level_id: optional(string()),
    created_time: optional(string()),
    updated_time: optional(string()),
    archive_items: array(looseObject({
      item_id: string(),
      item_result: string(),
      item_result_regular: optional(string()),
    })),
    archive_indicators: array(looseObject({
      indicator_id: string(),
      indicator_result: string(),
      indicator_result_regular: optional(string()),
    })),
  })),
  page_token: optional(string()),
  has_more: boolean(),
}))()

/** Schema of {@link ListChangeReasonOutput}, for opt-in response validation. */
export const ListChangeReasonOutputSchema: GenericSchema<ListChangeReasonOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    name: string(),
    note: string(),
    active_status: number(),
    i18n_names: array(I18nNameSchema()),
    i18n_notes: array(I18nNameSchema()),
  })),
  page_token: optional(string()),
  has_more: boolean(),
}))()

/** Schema of {@link ListIndicatorOutput}, for opt-in response validation. */
export const ListIndicatorOutputSchema: GenericSchema<ListIndicatorOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    name: string(),
    value_type: picklist(['money', 'number', 'percent']),
    active_status: number(),
    i18n_names: array(I18nNameSchema()),
  })),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListItemOutput}, for opt-in response validation. */
export const ListItemOutputSchema: GenericSchema<ListItemOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    name: string(),
    description: string(),
    category_id: string(),
    value_type: picklist(['money', 'number', 'percent']),
    pay_off_frequency_type: picklist([
      'year',
      'half_year',
      'quarterly',
      'bimonthly',
      'month',
      'biweekly',
      'week',
      'day',
      'hour',
    ]),
    decimal_places: optional(number()),
    active_status: number(),
    i18n_names: array(I18nNameSchema()),
    i18n_descriptions: array(I18nNameSchema()),
    item_type: optional(picklist(['salary', 'bonus', 'recurring_payment'])),
  })),
  page_token: optional(string()),
  has_more: boolean(),
}))()

/** Schema of {@link ListItemCategoryOutput}, for opt-in response validation. */
export const ListItemCategoryOutputSchema: GenericSchema<ListItemCategoryOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ id: string(), name: string(), i18n_names: optional(array(I18nNameSchema())) }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchCreateLumpSumPaymentOutput}, for opt-in response validation. */
export const BatchCreateLumpSumPaymentOutputSchema: GenericSchema<BatchCreateLumpSumPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  operate_results: optional(array(OperateResultSchema())),
}))()

/** Schema of {@link BatchRemoveLumpSumPaymentOutput}, for opt-in response validation. */
export const BatchRemoveLumpSumPaymentOutputSchema: GenericSchema<BatchRemoveLumpSumPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  operate_results: optional(array(OperateResultSchema())),
}))()

/** Schema of {@link BatchUpdateLumpSumPaymentOutput}, for opt-in response validation. */
export const BatchUpdateLumpSumPaymentOutputSchema: GenericSchema<BatchUpdateLumpSumPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  operate_results: optional(array(OperateResultSchema())),
}))()

/** Schema of {@link QueryLumpSumPaymentOutput}, for opt-in response validation. */
export const QueryLumpSumPaymentOutputSchema: GenericSchema<QueryLumpSumPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  records: optional(array(looseObject({
    id: optional(string()),
    unique_id: optional(string()),
    user_id: optional(string()),
    total_amount: optional(string()),
    binding_period: optional(number()),
    currency_id: optional(string()),
    issuance_frequency: optional(number()),
    item_id: optional(string()),
    remark: optional(string()),
    issuance_detail_text: optional(NameSchema()),
    apply_source: optional(number()),
    return_amount_before_tax: optional(string()),
    return_amount_after_tax: optional(string()),
    binding_period_offboarding_type: optional(picklist(['default', 'yes', 'no'])),
    create_time: optional(string()),
    modify_time: optional(string()),
    reference_period_start_date: optional(string()),
    reference_period_end_date: optional(string()),
    details: optional(array(QueryDetailRecordSchema())),
    binding_period_decimal: optional(string()),
  }))),
}))()

/** Schema of {@link QueryLumpSumPaymentDetailOutput}, for opt-in response validation. */
export const QueryLumpSumPaymentDetailOutputSchema: GenericSchema<QueryLumpSumPaymentDetailOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  records: optional(array(QueryDetailRecordSchema())),
}))()

/** Schema of {@link ListPlanOutput}, for opt-in response validation. */
export const ListPlanOutputSchema: GenericSchema<ListPlanOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    tid: string(),
    name: string(),
    description: string(),
    effective_date: string(),
    plan_scope: optional(looseObject({
      is_all: optional(boolean()),
      plan_conditions: optional(array(looseObject({
        left_type: optional(number()),
        operator: optional(number()),
        right_value: optional(array(string())),
      }))),
    })),
    currency_id: optional(string()),
    probation_salary_status: boolean(),
    plan_items: array(looseObject({
      adjustment_type: optional(picklist(['manual', 'formula', 'fixed'])),
      item_id: optional(string()),
      plan_item_logic: optional(PlanIndicatorLogicSchema()),
      probation_discount_type: optional(picklist(['percentum', 'manual_input', 'none', 'fixed', 'formula', 'not_set'])),
      probation_discount_percentum: optional(string()),
    })),
    plan_indicators: array(looseObject({
      indicator_id: string(),
      plan_indicator_logic: optional(PlanIndicatorLogicSchema()),
    })),
    i18n_names: array(I18nNameSchema()),
    i18n_descriptions: array(I18nNameSchema()),
  })),
  page_token: optional(string()),
  has_more: boolean(),
}))()

/** Schema of {@link BatchCreateRecurringPaymentOutput}, for opt-in response validation. */
export const BatchCreateRecurringPaymentOutputSchema: GenericSchema<BatchCreateRecurringPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  operate_results: optional(array(OperateResultSchema())),
}))()

/** Schema of {@link BatchRemoveRecurringPaymentOutput}, for opt-in response validation. */
export const BatchRemoveRecurringPaymentOutputSchema: GenericSchema<BatchRemoveRecurringPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  operate_results: optional(array(OperateResultSchema())),
}))()

/** Schema of {@link BatchUpdateRecurringPaymentOutput}, for opt-in response validation. */
export const BatchUpdateRecurringPaymentOutputSchema: GenericSchema<BatchUpdateRecurringPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  operate_results: optional(array(OperateResultSchema())),
}))()

/** Schema of {@link QueryRecurringPaymentOutput}, for opt-in response validation. */
export const QueryRecurringPaymentOutputSchema: GenericSchema<QueryRecurringPaymentOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  records: optional(array(looseObject({
    id: optional(string()),
    unique_id: optional(string()),
    user_id: optional(string()),
    item_id: optional(string()),
    issuance_type: optional(picklist([
      'with_salary',
      'with_cash',
      'with_physical_distribution',
      'with_year_end_bonus',
    ])),
    each_amount: optional(string()),
    start_date: optional(string()),
    end_date: optional(string()),
    issuance_period: optional(picklist([
      'month',
      'year',
      'half_year',
      'quarterly',
      'bimonthly',
      'biweekly',
      'week',
      'day',
      'hour',
    ])),
    currency_id: optional(string()),
    remark: optional(string()),
    issuance_country_region_id: optional(string()),
  }))),
}))()

/** Schema of {@link QuerySocialArchiveOutput}, for opt-in response validation. */
export const QuerySocialArchiveOutputSchema: GenericSchema<QuerySocialArchiveOutput> = /*#__PURE__*/ (() => looseObject({
  archives: array(looseObject({ user_id: string(), details: array(DetailSchema()) })),
}))()

/** Schema of {@link QuerySocialArchiveAdjustRecordOutput}, for opt-in response validation. */
export const QuerySocialArchiveAdjustRecordOutputSchema: GenericSchema<QuerySocialArchiveAdjustRecordOutput> = /*#__PURE__*/ (() => looseObject({
  records: optional(array(looseObject({
    user_id: optional(string()),
    record_type: optional(picklist(['increase', 'attrition'])),
    details: optional(array(DetailSchema())),
    record_id: optional(string()),
  }))),
}))()

/** Schema of {@link ListSocialInsuranceOutput}, for opt-in response validation. */
export const ListSocialInsuranceOutputSchema: GenericSchema<ListSocialInsuranceOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: string(),
    name: NameSchema(),
    insurance_type: picklist(['social_insurance', 'provident_fund']),
    active: boolean(),
    is_system: boolean(),
  }))),
}))()

/** Schema of {@link ListSocialPlanOutput}, for opt-in response validation. */
export const ListSocialPlanOutputSchema: GenericSchema<ListSocialPlanOutput> = /*#__PURE__*/ (() => looseObject({
  plans: optional(array(PlanSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link QuerySocialPlanOutput}, for opt-in response validation. */
export const QuerySocialPlanOutputSchema: GenericSchema<QuerySocialPlanOutput> = /*#__PURE__*/ (() => looseObject({
  plans: optional(array(PlanSchema())),
}))()
