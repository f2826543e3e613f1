// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AddEditor` of catalog/sheets.v2.json. */
export interface AddEditor {
  memberType?: string
  memberId?: string
}

/** Shared shape `AppendStyleStyle` of catalog/sheets.v2.json. */
export interface AppendStyleStyle {
  font?: { bold?: boolean; italic?: boolean; fontSize?: string; clean?: boolean }
  textDecoration?: 0 | 1 | 2 | 3
  formatter?: string
  hAlign?: 0 | 1 | 2
  vAlign?: 0 | 1 | 2
  foreColor?: string
  backColor?: string
  borderType?:
    | 'FULL_BORDER'
    | 'OUTER_BORDER'
    | 'INNER_BORDER'
    | 'NO_BORDER'
    | 'LEFT_BORDER'
    | 'RIGHT_BORDER'
    | 'TOP_BORDER'
    | 'BOTTOM_BORDER'
  borderColor?: string
  clean?: boolean
}

/** Shared shape `Attr` of catalog/sheets.v2.json. */
export interface Attr {
  operator?:
    | 'equal'
    | 'notEqual'
    | 'greaterThan'
    | 'greaterThanOrEqual'
    | 'lessThan'
    | 'lessThanOrEqual'
    | 'between'
    | 'notBetween'
    | 'containsText'
    | 'notContains'
    | 'is'
    | 'beginsWith'
    | 'endsWith'
  time_period?: 'yesterday' | 'today' | 'tomorrow' | 'last7Days'
  formula?: string[]
  text?: string
}

/** Shared shape `BatchGetValueRange` of catalog/sheets.v2.json. */
export interface BatchGetValueRange {
  majorDimension?: string
  range?: string
  revision?: number
  values?: unknown[][]
}

/** Shared shape `BatchUpdateResponse` of catalog/sheets.v2.json. */
export interface BatchUpdateResponse {
  spreadsheetToken?: string
  updatedRange?: string
  updatedRows?: number
  updatedColumns?: number
  updatedCells?: number
}

/** Shared shape `DataValidation` of catalog/sheets.v2.json. */
export interface DataValidation {
  conditionValues: string[]
  options?: { multipleValues?: boolean; highlightValidData?: boolean; colors?: string[] }
}

/** Shared shape `Dimension` of catalog/sheets.v2.json. */
export interface Dimension {
  sheetId: string
  majorDimension: 'ROWS' | 'COLUMNS'
  startIndex: number
  endIndex: number
}

/** Shared shape `EditorsAddEditor` of catalog/sheets.v2.json. */
export interface EditorsAddEditor {
  memberType: 'userId' | 'openId' | 'unionId'
  memberId: string
}

/** Shared shape `Options` of catalog/sheets.v2.json. */
export interface Options {
  multipleValues?: boolean
  highlightValidData?: boolean
  colorValueMap?: { [key: string]: string }
}

/** Shared shape `Properties` of catalog/sheets.v2.json. */
export interface Properties {
  sheetId?: string
  title?: string
  index?: number
}

/** Shared shape `ProtectedRangeDimension` of catalog/sheets.v2.json. */
export interface ProtectedRangeDimension {
  sheetId?: string
  majorDimension?: 'ROWS' | 'COLUMNS'
  startIndex?: number
  endIndex?: number
}

/** Shared shape `Response` of catalog/sheets.v2.json. */
export interface Response {
  sheet_id?: string
  cf_id?: string
  res_code?: number
  res_msg?: string
}

/** Shared shape `Style` of catalog/sheets.v2.json. */
export interface Style {
  font?: { bold?: boolean; italic?: boolean }
  text_decoration?: 0 | 1 | 2 | 3
  fore_color?: string
  back_color?: string
}

/** Shared shape `Updates` of catalog/sheets.v2.json. */
export interface Updates {
  spreadsheetToken?: string
  updatedRange?: string
  updatedRows?: number
  updatedColumns?: number
  updatedCells?: number
  revision?: number
}

/** Shared shape `ValueRange` of catalog/sheets.v2.json. */
export interface ValueRange {
  range: string
  values: unknown[][]
}
