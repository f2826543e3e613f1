// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `CompanySetting` of catalog/compensation.v1.json. */
export interface CompanySetting {
  lower_limit: string
  upper_limit: string
  payment_ratio: string
  payment_rounding_rule: 'rounding' | 'round_up' | 'round_down'
  payment_decimals: number
  fixed_payment: string
}

/** Shared shape `Detail` of catalog/compensation.v1.json. */
export interface Detail {
  description: Name
  insurance_type: 'social_insurance' | 'provident_fund'
  insurance_status: 'contribution' | 'not_contribution' | 'stopped_contribution'
  id?: string
  tid?: string
  plan_id?: string
  plan_tid?: string
  location_id?: string
  company_id?: string
  account_type?: 'associated_company' | 'supplier'
  insurance_account?: string
  base_salary?: string
  insurance_details?: {
    insurance_id: string
    company_deduction: string
    company_setting: CompanySetting
    personal_deduction: string
    personal_setting: CompanySetting
    payment_frequency: 'annually' | 'monthly' | 'quarterly'
    payment_months: number[]
  }[]
  effective_date?: string
}

/** Shared shape `I18nName` of catalog/compensation.v1.json. */
export interface I18nName {
  locale?: string
  value?: string
}

/** Shared shape `Name` of catalog/compensation.v1.json. */
export interface Name {
  zh_cn?: string
  en_us?: string
}

/** Shared shape `OperateResult` of catalog/compensation.v1.json. */
export interface OperateResult {
  id?: string
  unique_id?: string
  code?: number
  message?: string
}

/** Shared shape `Plan` of catalog/compensation.v1.json. */
export interface Plan {
  plan_id: string
  plan_tid: string
  name: Name
  effective_date: string
  active: boolean
  insurance_type: 'social_insurance' | 'provident_fund'
  scope?: { is_all: boolean; rules?: { left_type?: number; operator?: number; right_values?: string[] }[][] }
  item_detail: {
    item_id: string
    item_name: Name
    item_setting_of_person: CompanySetting
    item_setting_of_company: CompanySetting
    payment_frequency: 'annually' | 'monthly' | 'quarterly'
    payment_months: number[]
  }[]
  remark: Name
}

/** Shared shape `PlanIndicatorLogic` of catalog/compensation.v1.json. */
export interface PlanIndicatorLogic {
  fixed?: string
  formula?: { expr?: string; formula_params?: { ref_type?: number; id?: string }[] }
}

/** Shared shape `QueryDetailRecord` of catalog/compensation.v1.json. */
export interface QueryDetailRecord {
  id?: string
  record_id?: string
  user_id?: string
  issuance_amount?: string
  issuance_status?: 'to_be_issued' | 'not_issued'
  issuance_way?: 'with_salary' | 'with_cash' | 'with_year_end_bonus'
  issuance_time?: string
  currency_id?: string
  belong_time?: string
  create_time?: string
  modify_time?: string
  issuance_country_region_id?: string
  issuance_pay_group_id?: string
  detail_reference_period_start_date?: string
  detail_reference_period_end_date?: string
  is_not_issued_due_to_offboardings?: number
}
