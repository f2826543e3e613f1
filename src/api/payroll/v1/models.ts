// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CostAllocationReportData, I18nName, PaymentAccountingItem, Record } from './types.ts'

/** Builds the schema of {@link CostAllocationReportData}. */
export function CostAllocationReportDataSchema(): GenericSchema<CostAllocationReportData> {
  return looseObject({
    data_summary_dimensions: optional(array(looseObject({
      dimension_level: optional(number()),
      dimension_type: optional(number()),
      dimension_value_id: optional(string()),
      enum_dimension: optional(looseObject({ enum_value_id: optional(string()), enum_key: optional(string()) })),
      dimension_value_lookup_info: optional(looseObject({
        type: optional(string()),
        id: optional(string()),
        code: optional(string()),
      })),
      dimension_names: optional(array(I18nNameSchema())),
      dimension_titles: optional(array(I18nNameSchema())),
    }))),
    compensation_cost_item: optional(looseObject({
      number_of_individuals_for_payment: optional(number()),
      compensation_costs: optional(array(looseObject({
        compensation_cost_value: optional(string()),
        i18n_names: optional(array(I18nNameSchema())),
      }))),
    })),
    employment_id: optional(string()),
  })
}

/** Builds the schema of {@link I18nName}. */
export function I18nNameSchema(): GenericSchema<I18nName> {
  return looseObject({ locale: optional(string()), value: optional(string()), id: optional(string()) })
}

/** Builds the schema of {@link PaymentAccountingItem}. */
export function PaymentAccountingItemSchema(): GenericSchema<PaymentAccountingItem> {
  return looseObject({
    id: optional(string()),
    accounting_item_names: optional(array(I18nNameSchema())),
    accounting_item_value: optional(looseObject({
      original_value: optional(string()),
      reference_values: optional(array(I18nNameSchema())),
    })),
    segment_values: optional(array(looseObject({
      start_time: optional(string()),
      end_time: optional(string()),
      reference_values: optional(array(I18nNameSchema())),
      original_value: optional(string()),
    }))),
    accounting_item_type: optional(number()),
  })
}

/** Builds the schema of {@link Record}. */
export function RecordSchema(): GenericSchema<Record> {
  return looseObject({
    active_status: number(),
    field_values: array(looseObject({ field_code: string(), value: string(), field_type: optional(number()) })),
  })
}
