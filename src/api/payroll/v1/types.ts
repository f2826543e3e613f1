// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `CostAllocationReportData` of catalog/payroll.v1.json. */
export interface CostAllocationReportData {
  data_summary_dimensions?: {
    dimension_level?: number
    dimension_type?: number
    dimension_value_id?: string
    enum_dimension?: { enum_value_id?: string; enum_key?: string }
    dimension_value_lookup_info?: { type?: string; id?: string; code?: string }
    dimension_names?: I18nName[]
    dimension_titles?: I18nName[]
  }[]
  compensation_cost_item?: {
    number_of_individuals_for_payment?: number
    compensation_costs?: { compensation_cost_value?: string; i18n_names?: I18nName[] }[]
  }
  employment_id?: string
}

/** Shared shape `I18nName` of catalog/payroll.v1.json. */
export interface I18nName {
  locale?: string
  value?: string
  id?: string
}

/** Shared shape `PaymentAccountingItem` of catalog/payroll.v1.json. */
export interface PaymentAccountingItem {
  id?: string
  accounting_item_names?: I18nName[]
  accounting_item_value?: { original_value?: string; reference_values?: I18nName[] }
  segment_values?: { start_time?: string; end_time?: string; reference_values?: I18nName[]; original_value?: string }[]
  accounting_item_type?: number
}

/** Shared shape `Record` of catalog/payroll.v1.json. */
export interface Record {
  active_status: number
  field_values: { field_code: string; value: string; field_type?: number }[]
}
