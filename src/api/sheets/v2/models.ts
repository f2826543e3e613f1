// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import {
  array,
  boolean,
  looseObject,
  number,
  optional,
  picklist,
  record,
  string,
  unknown,
} from '../../../core/valibot.ts'
import type {
  AddEditor,
  AppendStyleStyle,
  Attr,
  BatchGetValueRange,
  BatchUpdateResponse,
  DataValidation,
  Dimension,
  EditorsAddEditor,
  Options,
  Properties,
  ProtectedRangeDimension,
  Response,
  Style,
  Updates,
  ValueRange,
} from './types.ts'

/** Builds the schema of {@link AddEditor}. */
export function AddEditorSchema(): GenericSchema<AddEditor> {
  return looseObject({ memberType: optional(string()), memberId: optional(string()) })
}

/** Builds the schema of {@link AppendStyleStyle}. */
export function AppendStyleStyleSchema(): GenericSchema<AppendStyleStyle> {
  return looseObject({
    font: optional(looseObject({
      bold: optional(boolean()),
      italic: optional(boolean()),
      fontSize: optional(string()),
      clean: optional(boolean()),
    })),
    textDecoration: optional(picklist([0, 1, 2, 3])),
    formatter: optional(string()),
    hAlign: optional(picklist([0, 1, 2])),
    vAlign: optional(picklist([0, 1, 2])),
    foreColor: optional(string()),
    backColor: optional(string()),
    borderType: optional(picklist([
      'FULL_BORDER',
      'OUTER_BORDER',
      'INNER_BORDER',
      'NO_BORDER',
      'LEFT_BORDER',
      'RIGHT_BORDER',
      'TOP_BORDER',
      'BOTTOM_BORDER',
    ])),
    borderColor: optional(string()),
    clean: optional(boolean()),
  })
}

/** Builds the schema of {@link Attr}. */
export function AttrSchema(): GenericSchema<Attr> {
  return looseObject({
    operator: optional(picklist([
      'equal',
      'notEqual',
      'greaterThan',
      'greaterThanOrEqual',
      'lessThan',
      'lessThanOrEqual',
      'between',
      'notBetween',
      'containsText',
      'notContains',
      'is',
      'beginsWith',
      'endsWith',
    ])),
    time_period: optional(picklist(['yesterday', 'today', 'tomorrow', 'last7Days'])),
    formula: optional(array(string())),
    text: optional(string()),
  })
}

/** Builds the schema of {@link BatchGetValueRange}. */
export function BatchGetValueRangeSchema(): GenericSchema<BatchGetValueRange> {
  return looseObject({
    majorDimension: optional(string()),
    range: optional(string()),
    revision: optional(number()),
    values: optional(array(array(unknown()))),
  })
}

/** Builds the schema of {@link BatchUpdateResponse}. */
export function BatchUpdateResponseSchema(): GenericSchema<BatchUpdateResponse> {
  return looseObject({
    spreadsheetToken: optional(string()),
    updatedRange: optional(string()),
    updatedRows: optional(number()),
    updatedColumns: optional(number()),
    updatedCells: optional(number()),
  })
}

/** Builds the schema of {@link DataValidation}. */
export function DataValidationSchema(): GenericSchema<DataValidation> {
  return looseObject({
    conditionValues: array(string()),
    options: optional(looseObject({
      multipleValues: optional(boolean()),
      highlightValidData: optional(boolean()),
      colors: optional(array(string())),
    })),
  })
}

/** Builds the schema of {@link Dimension}. */
export function DimensionSchema(): GenericSchema<Dimension> {
  return looseObject({
    sheetId: string(),
    majorDimension: picklist(['ROWS', 'COLUMNS']),
    startIndex: number(),
    endIndex: number(),
  })
}

/** Builds the schema of {@link EditorsAddEditor}. */
export function EditorsAddEditorSchema(): GenericSchema<EditorsAddEditor> {
  return looseObject({ memberType: picklist(['userId', 'openId', 'unionId']), memberId: string() })
}

/** Builds the schema of {@link Options}. */
export function OptionsSchema(): GenericSchema<Options> {
  return looseObject({
    multipleValues: optional(boolean()),
    highlightValidData: optional(boolean()),
    colorValueMap: optional(record(string(), string())),
  })
}

/** Builds the schema of {@link Properties}. */
export function PropertiesSchema(): GenericSchema<Properties> {
  return looseObject({ sheetId: optional(string()), title: optional(string()), index: optional(number()) })
}

/** Builds the schema of {@link ProtectedRangeDimension}. */
export function ProtectedRangeDimensionSchema(): GenericSchema<ProtectedRangeDimension> {
  return looseObject({
    sheetId: optional(string()),
    majorDimension: optional(picklist(['ROWS', 'COLUMNS'])),
    startIndex: optional(number()),
    endIndex: optional(number()),
  })
}

/** Builds the schema of {@link Response}. */
export function ResponseSchema(): GenericSchema<Response> {
  return looseObject({
    sheet_id: optional(string()),
    cf_id: optional(string()),
    res_code: optional(number()),
    res_msg: optional(string()),
  })
}

/** Builds the schema of {@link Style}. */
export function StyleSchema(): GenericSchema<Style> {
  return looseObject({
    font: optional(looseObject({ bold: optional(boolean()), italic: optional(boolean()) })),
    text_decoration: optional(picklist([0, 1, 2, 3])),
    fore_color: optional(string()),
    back_color: optional(string()),
  })
}

/** Builds the schema of {@link Updates}. */
export function UpdatesSchema(): GenericSchema<Updates> {
  return looseObject({
    spreadsheetToken: optional(string()),
    updatedRange: optional(string()),
    updatedRows: optional(number()),
    updatedColumns: optional(number()),
    updatedCells: optional(number()),
    revision: optional(number()),
  })
}

/** Builds the schema of {@link ValueRange}. */
export function ValueRangeSchema(): GenericSchema<ValueRange> {
  return looseObject({ range: string(), values: array(array(unknown())) })
}
