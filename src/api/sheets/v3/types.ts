// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Condition` of catalog/sheets.v3.json. */
export interface Condition {
  condition_id?: string
  filter_type?: string
  compare_type?: string
  expected?: string[]
}

/** Shared shape `CreateCondition` of catalog/sheets.v3.json. */
export interface CreateCondition {
  filter_type: string
  compare_type?: string
  expected: string[]
}

/** Shared shape `FilterView` of catalog/sheets.v3.json. */
export interface FilterView {
  filter_view_id?: string
  filter_view_name?: string
  range?: string
}

/** Shared shape `FindCondition` of catalog/sheets.v3.json. */
export interface FindCondition {
  range: string
  match_case?: boolean
  match_entire_cell?: boolean
  search_by_regex?: boolean
  include_formulas?: boolean
}

/** Shared shape `FindResult` of catalog/sheets.v3.json. */
export interface FindResult {
  matched_cells?: string[]
  matched_formula_cells?: string[]
  rows_count?: number
}

/** Shared shape `FloatImage` of catalog/sheets.v3.json. */
export interface FloatImage {
  float_image_id?: string
  float_image_token?: string
  range?: string
  width?: number
  height?: number
  offset_x?: number
  offset_y?: number
}

/** Shared shape `Sheet` of catalog/sheets.v3.json. */
export interface Sheet {
  sheet_id?: string
  title?: string
  index?: number
  hidden?: boolean
  grid_properties?: {
    frozen_row_count?: number
    frozen_column_count?: number
    row_count?: number
    column_count?: number
  }
  resource_type?: string
  merges?: {
    start_row_index?: number
    end_row_index?: number
    start_column_index?: number
    end_column_index?: number
  }[]
}
