// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  CompanySetting,
  Detail,
  I18nName,
  Name,
  OperateResult,
  Plan,
  PlanIndicatorLogic,
  QueryDetailRecord,
} from './types.ts'

/** Builds the schema of {@link CompanySetting}. */
export function CompanySettingSchema(): GenericSchema<CompanySetting> {
  return looseObject({
    lower_limit: string(),
    upper_limit: string(),
    payment_ratio: string(),
    payment_rounding_rule: picklist(['rounding', 'round_up', 'round_down']),
    payment_decimals: number(),
    fixed_payment: string(),
  })
}

/** Builds the schema of {@link Detail}. */
export function DetailSchema(): GenericSchema<Detail> {
  return looseObject({
    description: NameSchema(),
    insurance_type: picklist(['social_insurance', 'provident_fund']),
    insurance_status: picklist(['contribution', 'not_contribution', 'stopped_contribution']),
    id: optional(string()),
    tid: optional(string()),
    plan_id: optional(string()),
    plan_tid: optional(string()),
    location_id: optional(string()),
    company_id: optional(string()),
    account_type: optional(picklist(['associated_company', 'supplier'])),
    insurance_account: optional(string()),
    base_salary: optional(string()),
    insurance_details: optional(array(looseObject({
      insurance_id: string(),
      company_deduction: string(),
      company_setting: CompanySettingSchema(),
      personal_deduction: string(),
      personal_setting: CompanySettingSchema(),
      payment_frequency: picklist(['annually', 'monthly', 'quarterly']),
      payment_months: array(number()),
    }))),
    effective_date: optional(string()),
  })
}

/** Builds the schema of {@link I18nName}. */
export function I18nNameSchema(): GenericSchema<I18nName> {
  return looseObject({ locale: optional(string()), value: optional(string()) })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()) })
}

/** Builds the schema of {@link OperateResult}. */
export function OperateResultSchema(): GenericSchema<OperateResult> {
  return looseObject({
    id: optional(string()),
    unique_id: optional(string()),
    code: optional(number()),
    message: optional(string()),
  })
}

/** Builds the schema of {@link Plan}. */
export function PlanSchema(): GenericSchema<Plan> {
  return looseObject({
    plan_id: string(),
    plan_tid: string(),
    name: NameSchema(),
    effective_date: string(),
    active: boolean(),
    insurance_type: picklist(['social_insurance', 'provident_fund']),
    scope: optional(looseObject({
      is_all: boolean(),
      rules: optional(array(array(looseObject({
        left_type: optional(number()),
        operator: optional(number()),
        right_values: optional(array(string())),
      })))),
    })),
    item_detail: array(looseObject({
      item_id: string(),
      item_name: NameSchema(),
      item_setting_of_person: CompanySettingSchema(),
      item_setting_of_company: CompanySettingSchema(),
      payment_frequency: picklist(['annually', 'monthly', 'quarterly']),
      payment_months: array(number()),
    })),
    remark: NameSchema(),
  })
}

/** Builds the schema of {@link PlanIndicatorLogic}. */
export function PlanIndicatorLogicSchema(): GenericSchema<PlanIndicatorLogic> {
  return looseObject({
    fixed: optional(string()),
    formula: optional(looseObject({
      expr: optional(string()),
      formula_params: optional(array(looseObject({ ref_type: optional(number()), id: optional(string()) }))),
    })),
  })
}

/** Builds the schema of {@link QueryDetailRecord}. */
export function QueryDetailRecordSchema(): GenericSchema<QueryDetailRecord> {
  return looseObject({
    id: optional(string()),
    record_id: optional(string()),
    user_id: optional(string()),
    issuance_amount: optional(string()),
    issuance_status: optional(picklist(['to_be_issued', 'not_issued'])),
    issuance_way: optional(picklist(['with_salary', 'with_cash', 'with_year_end_bonus'])),
    issuance_time: optional(string()),
    currency_id: optional(string()),
    belong_time: optional(string()),
    create_time: optional(string()),
    modify_time: optional(string()),
    issuance_country_region_id: optional(string()),
    issuance_pay_group_id: optional(string()),
    detail_reference_period_start_date: optional(string()),
    detail_reference_period_end_date: optional(string()),
    is_not_issued_due_to_offboardings: optional(number()),
  })
}
