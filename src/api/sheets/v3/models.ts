// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Condition, CreateCondition, FilterView, FindCondition, FindResult, FloatImage, Sheet } from './types.ts'

/** Builds the schema of {@link Condition}. */
export function ConditionSchema(): GenericSchema<Condition> {
  return looseObject({
    condition_id: optional(string()),
    filter_type: optional(string()),
    compare_type: optional(string()),
    expected: optional(array(string())),
  })
}

/** Builds the schema of {@link CreateCondition}. */
export function CreateConditionSchema(): GenericSchema<CreateCondition> {
  return looseObject({ filter_type: string(), compare_type: optional(string()), expected: array(string()) })
}

/** Builds the schema of {@link FilterView}. */
export function FilterViewSchema(): GenericSchema<FilterView> {
  return looseObject({
    filter_view_id: optional(string()),
    filter_view_name: optional(string()),
    range: optional(string()),
  })
}

/** Builds the schema of {@link FindCondition}. */
export function FindConditionSchema(): GenericSchema<FindCondition> {
  return looseObject({
    range: string(),
    match_case: optional(boolean()),
    match_entire_cell: optional(boolean()),
    search_by_regex: optional(boolean()),
    include_formulas: optional(boolean()),
  })
}

/** Builds the schema of {@link FindResult}. */
export function FindResultSchema(): GenericSchema<FindResult> {
  return looseObject({
    matched_cells: optional(array(string())),
    matched_formula_cells: optional(array(string())),
    rows_count: optional(number()),
  })
}

/** Builds the schema of {@link FloatImage}. */
export function FloatImageSchema(): GenericSchema<FloatImage> {
  return looseObject({
    float_image_id: optional(string()),
    float_image_token: optional(string()),
    range: optional(string()),
    width: optional(number()),
    height: optional(number()),
    offset_x: optional(number()),
    offset_y: optional(number()),
  })
}

/** Builds the schema of {@link Sheet}. */
export function SheetSchema(): GenericSchema<Sheet> {
  return looseObject({
    sheet_id: optional(string()),
    title: optional(string()),
    index: optional(number()),
    hidden: optional(boolean()),
    grid_properties: optional(looseObject({
      frozen_row_count: optional(number()),
      frozen_column_count: optional(number()),
      row_count: optional(number()),
      column_count: optional(number()),
    })),
    resource_type: optional(string()),
    merges: optional(array(looseObject({
      start_row_index: optional(number()),
      end_row_index: optional(number()),
      start_column_index: optional(number()),
      end_column_index: optional(number()),
    }))),
  })
}
