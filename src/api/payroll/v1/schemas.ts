// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { CostAllocationReportDataSchema, I18nNameSchema, PaymentAccountingItemSchema, RecordSchema } from './models.ts'
import type { ListAcctItemOutput } from './acct_item.ts'
import type { ListCostAllocationDetailOutput } from './cost_allocation_detail.ts'
import type { ListCostAllocationPlanOutput } from './cost_allocation_plan.ts'
import type { ListCostAllocationReportOutput } from './cost_allocation_report.ts'
import type { ListDatasourceOutput } from './datasource.ts'
import type { QueryDatasourceRecordOutput, SaveDatasourceRecordOutput } from './datasource_record.ts'
import type { ListPaygroupOutput } from './paygroup.ts'
import type { ArchivePaymentActivityOutput, ListPaymentActivityOutput } from './payment_activity.ts'
import type { ListPaymentActivityDetailOutput } from './payment_activity_detail.ts'
import type { QueryPaymentDetailOutput } from './payment_detail.ts'

/** Schema of {@link ListAcctItemOutput}, for opt-in response validation. */
export const ListAcctItemOutputSchema: GenericSchema<ListAcctItemOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    i18n_names: optional(array(I18nNameSchema())),
    category_id: optional(string()),
    data_type: optional(number()),
    decimal_places: optional(number()),
    active_status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListCostAllocationDetailOutput}, for opt-in response validation. */
export const ListCostAllocationDetailOutputSchema: GenericSchema<ListCostAllocationDetailOutput> = /*#__PURE__*/ (() => looseObject({
  cost_allocation_report_datas: optional(array(CostAllocationReportDataSchema())),
  cost_allocation_report_names: optional(array(I18nNameSchema())),
  pay_period: optional(string()),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListCostAllocationPlanOutput}, for opt-in response validation. */
export const ListCostAllocationPlanOutputSchema: GenericSchema<ListCostAllocationPlanOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: optional(string()),
    names: optional(array(I18nNameSchema())),
    applicable_country_region: optional(string()),
    dimensions: optional(array(looseObject({
      i18n_names: optional(array(I18nNameSchema())),
      api_name: optional(string()),
      obj_api_name: optional(string()),
    }))),
    cost_items: optional(array(looseObject({
      id: optional(string()),
      name: optional(array(I18nNameSchema())),
      enable_correct: optional(boolean()),
    }))),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListCostAllocationReportOutput}, for opt-in response validation. */
export const ListCostAllocationReportOutputSchema: GenericSchema<ListCostAllocationReportOutput> = /*#__PURE__*/ (() => looseObject({
  pay_period: optional(string()),
  page_token: optional(string()),
  has_more: optional(boolean()),
  cost_allocation_report_names: optional(array(I18nNameSchema())),
  cost_allocation_report_datas: optional(array(CostAllocationReportDataSchema())),
}))()

/** Schema of {@link ListDatasourceOutput}, for opt-in response validation. */
export const ListDatasourceOutputSchema: GenericSchema<ListDatasourceOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: boolean(),
  datasources: array(looseObject({
    code: string(),
    i18n_names: array(I18nNameSchema()),
    active_status: number(),
    fields: array(looseObject({
      code: string(),
      i18n_names: array(I18nNameSchema()),
      field_type: number(),
      active_status: number(),
      i18n_description: optional(array(I18nNameSchema())),
      decimal_places: optional(number()),
    })),
    i18n_description: optional(array(I18nNameSchema())),
    data_period_type: optional(number()),
  })),
}))()

/** Schema of {@link QueryDatasourceRecordOutput}, for opt-in response validation. */
export const QueryDatasourceRecordOutputSchema: GenericSchema<QueryDatasourceRecordOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: boolean(),
  records: array(RecordSchema()),
}))()

/** Schema of {@link SaveDatasourceRecordOutput}, for opt-in response validation. */
export const SaveDatasourceRecordOutputSchema: GenericSchema<SaveDatasourceRecordOutput> = /*#__PURE__*/ (() => looseObject({
  affect_counts: string(),
}))()

/** Schema of {@link ListPaygroupOutput}, for opt-in response validation. */
export const ListPaygroupOutputSchema: GenericSchema<ListPaygroupOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    pay_group_id: string(),
    name: looseObject({ zh_cn: optional(string()), en_us: optional(string()) }),
    code: string(),
    status: number(),
    country_region: optional(looseObject({ id: optional(string()), alpha3_code: optional(string()) })),
    is_global_region: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ArchivePaymentActivityOutput}, for opt-in response validation. */
export const ArchivePaymentActivityOutputSchema: GenericSchema<ArchivePaymentActivityOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListPaymentActivityOutput}, for opt-in response validation. */
export const ListPaymentActivityOutputSchema: GenericSchema<ListPaymentActivityOutput> = /*#__PURE__*/ (() => looseObject({
  payment_activitys: optional(array(looseObject({
    activity_id: optional(string()),
    activity_names: optional(array(I18nNameSchema())),
    pay_date: optional(string()),
    total_number_of_payroll: optional(number()),
    number_of_calculation_activities: optional(number()),
    calculation_activities: optional(array(looseObject({
      calculation_activity_id: optional(string()),
      calculation_activity_names: optional(array(I18nNameSchema())),
    }))),
    activity_status: optional(number()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListPaymentActivityDetailOutput}, for opt-in response validation. */
export const ListPaymentActivityDetailOutputSchema: GenericSchema<ListPaymentActivityDetailOutput> = /*#__PURE__*/ (() => looseObject({
  payment_activity_details: optional(array(looseObject({
    employee_id: optional(string()),
    payment_details: optional(array(PaymentAccountingItemSchema())),
  }))),
  total: optional(number()),
}))()

/** Schema of {@link QueryPaymentDetailOutput}, for opt-in response validation. */
export const QueryPaymentDetailOutputSchema: GenericSchema<QueryPaymentDetailOutput> = /*#__PURE__*/ (() => looseObject({
  payment_details: optional(array(looseObject({
    employee_id: optional(string()),
    activity_id: optional(string()),
    payment_accounting_items: optional(array(PaymentAccountingItemSchema())),
  }))),
  total: optional(number()),
}))()
