// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AddEditorSchema,
  AttrSchema,
  BatchGetValueRangeSchema,
  BatchUpdateResponseSchema,
  OptionsSchema,
  PropertiesSchema,
  ProtectedRangeDimensionSchema,
  ResponseSchema,
  StyleSchema,
  UpdatesSchema,
} from './models.ts'
import type { CreateImportOutput } from './import.ts'
import type { GetImportResultOutput } from './import_result.ts'
import type { MergeSpreadsheetCellsOutput, UnmergeSpreadsheetCellsOutput } from './spreadsheet.cells.ts'
import type {
  BatchCreateSpreadsheetConditionFormatsOutput,
  BatchDeleteSpreadsheetConditionFormatsOutput,
  BatchUpdateSpreadsheetConditionFormatsOutput,
  GetSpreadsheetConditionFormatsOutput,
} from './spreadsheet.condition_formats.ts'
import type {
  CreateSpreadsheetDataValidationOutput,
  DeleteSpreadsheetDataValidationOutput,
  GetSpreadsheetDataValidationOutput,
  UpdateSpreadsheetDataValidationOutput,
} from './spreadsheet.data_validation.ts'
import type {
  CreateSpreadsheetDimensionRangeOutput,
  DeleteSpreadsheetDimensionRangeOutput,
  InsertSpreadsheetDimensionRangeOutput,
  UpdateSpreadsheetDimensionRangeOutput,
} from './spreadsheet.dimension_range.ts'
import type { GetSpreadsheetMetainfoOutput } from './spreadsheet.metainfo.ts'
import type { UpdateSpreadsheetPropertiesOutput } from './spreadsheet.properties.ts'
import type { CreateSpreadsheetProtectedDimensionOutput } from './spreadsheet.protected_dimension.ts'
import type {
  BatchDeleteSpreadsheetProtectedRangeOutput,
  BatchGetSpreadsheetProtectedRangeOutput,
  BatchUpdateSpreadsheetProtectedRangeOutput,
} from './spreadsheet.protected_range.ts'
import type { BatchUpdateSpreadsheetSheetsOutput } from './spreadsheet.sheets.ts'
import type { BatchUpdateSpreadsheetStyleOutput, UpdateSpreadsheetStyleOutput } from './spreadsheet.style.ts'
import type {
  AppendSpreadsheetValuesOutput,
  BatchGetSpreadsheetValuesOutput,
  BatchUpdateSpreadsheetValuesOutput,
  GetSpreadsheetValuesOutput,
  PrependSpreadsheetValuesOutput,
  UpdateSpreadsheetValuesOutput,
} from './spreadsheet.values.ts'
import type { CreateSpreadsheetValuesImageOutput } from './spreadsheet.values_image.ts'

/** Schema of {@link CreateImportOutput}, for opt-in response validation. */
export const CreateImportOutputSchema: GenericSchema<CreateImportOutput> = /*#__PURE__*/ (() => looseObject({
  ticket: optional(string()),
}))()

/** Schema of {@link GetImportResultOutput}, for opt-in response validation. */
export const GetImportResultOutputSchema: GenericSchema<GetImportResultOutput> = /*#__PURE__*/ (() => looseObject({
  ticket: optional(string()),
  url: optional(string()),
  warningCode: optional(number()),
}))()

/** Schema of {@link MergeSpreadsheetCellsOutput}, for opt-in response validation. */
export const MergeSpreadsheetCellsOutputSchema: GenericSchema<MergeSpreadsheetCellsOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
}))()

/** Schema of {@link UnmergeSpreadsheetCellsOutput}, for opt-in response validation. */
export const UnmergeSpreadsheetCellsOutputSchema: GenericSchema<UnmergeSpreadsheetCellsOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
}))()

/** Schema of {@link BatchCreateSpreadsheetConditionFormatsOutput}, for opt-in response validation. */
export const BatchCreateSpreadsheetConditionFormatsOutputSchema: GenericSchema<BatchCreateSpreadsheetConditionFormatsOutput> = /*#__PURE__*/ (() => looseObject({
  responses: optional(array(ResponseSchema())),
}))()

/** Schema of {@link BatchDeleteSpreadsheetConditionFormatsOutput}, for opt-in response validation. */
export const BatchDeleteSpreadsheetConditionFormatsOutputSchema: GenericSchema<BatchDeleteSpreadsheetConditionFormatsOutput> = /*#__PURE__*/ (() => looseObject({
  responses: optional(array(ResponseSchema())),
}))()

/** Schema of {@link BatchUpdateSpreadsheetConditionFormatsOutput}, for opt-in response validation. */
export const BatchUpdateSpreadsheetConditionFormatsOutputSchema: GenericSchema<BatchUpdateSpreadsheetConditionFormatsOutput> = /*#__PURE__*/ (() => looseObject({
  responses: optional(array(ResponseSchema())),
}))()

/** Schema of {@link GetSpreadsheetConditionFormatsOutput}, for opt-in response validation. */
export const GetSpreadsheetConditionFormatsOutputSchema: GenericSchema<GetSpreadsheetConditionFormatsOutput> = /*#__PURE__*/ (() => looseObject({
  sheet_condition_formats: optional(array(looseObject({
    sheet_id: optional(string()),
    condition_format: optional(looseObject({
      cf_id: optional(string()),
      ranges: optional(array(string())),
      rule_type: optional(picklist([
        'containsBlanks',
        'notContainsBlanks',
        'duplicateValues',
        'uniqueValues',
        'cellIs',
        'containsText',
        'timePeriod',
      ])),
      attrs: optional(array(AttrSchema())),
      style: optional(StyleSchema()),
    })),
  }))),
}))()

/** Schema of {@link CreateSpreadsheetDataValidationOutput}, for opt-in response validation. */
export const CreateSpreadsheetDataValidationOutputSchema: GenericSchema<CreateSpreadsheetDataValidationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DeleteSpreadsheetDataValidationOutput}, for opt-in response validation. */
export const DeleteSpreadsheetDataValidationOutputSchema: GenericSchema<DeleteSpreadsheetDataValidationOutput> = /*#__PURE__*/ (() => looseObject({
  rangeResults: optional(array(looseObject({
    range: optional(string()),
    msg: optional(string()),
    success: optional(boolean()),
    updatedCells: optional(number()),
  }))),
}))()

/** Schema of {@link GetSpreadsheetDataValidationOutput}, for opt-in response validation. */
export const GetSpreadsheetDataValidationOutputSchema: GenericSchema<GetSpreadsheetDataValidationOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  sheetId: optional(string()),
  revision: optional(number()),
  dataValidations: optional(array(looseObject({
    ranges: optional(array(string())),
    dataValidationType: optional(string()),
    conditionValues: optional(array(string())),
    options: optional(OptionsSchema()),
  }))),
}))()

/** Schema of {@link UpdateSpreadsheetDataValidationOutput}, for opt-in response validation. */
export const UpdateSpreadsheetDataValidationOutputSchema: GenericSchema<UpdateSpreadsheetDataValidationOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  sheetId: optional(string()),
  dataValidation: optional(looseObject({
    dataValidationType: optional(string()),
    conditionValues: optional(array(string())),
    options: optional(OptionsSchema()),
  })),
}))()

/** Schema of {@link CreateSpreadsheetDimensionRangeOutput}, for opt-in response validation. */
export const CreateSpreadsheetDimensionRangeOutputSchema: GenericSchema<CreateSpreadsheetDimensionRangeOutput> = /*#__PURE__*/ (() => looseObject({
  addCount: optional(number()),
  majorDimension: optional(picklist(['ROWS', 'COLUMNS'])),
}))()

/** Schema of {@link DeleteSpreadsheetDimensionRangeOutput}, for opt-in response validation. */
export const DeleteSpreadsheetDimensionRangeOutputSchema: GenericSchema<DeleteSpreadsheetDimensionRangeOutput> = /*#__PURE__*/ (() => looseObject({
  delCount: optional(number()),
  majorDimension: optional(picklist(['ROWS', 'COLUMNS'])),
}))()

/** Schema of {@link InsertSpreadsheetDimensionRangeOutput}, for opt-in response validation. */
export const InsertSpreadsheetDimensionRangeOutputSchema: GenericSchema<InsertSpreadsheetDimensionRangeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateSpreadsheetDimensionRangeOutput}, for opt-in response validation. */
export const UpdateSpreadsheetDimensionRangeOutputSchema: GenericSchema<UpdateSpreadsheetDimensionRangeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetSpreadsheetMetainfoOutput}, for opt-in response validation. */
export const GetSpreadsheetMetainfoOutputSchema: GenericSchema<GetSpreadsheetMetainfoOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  properties: optional(looseObject({
    title: optional(string()),
    ownerUser: optional(number()),
    ownerUserID: optional(string()),
    sheetCount: optional(number()),
    revision: optional(number()),
  })),
  sheets: optional(array(looseObject({
    sheetId: optional(string()),
    title: optional(string()),
    index: optional(number()),
    rowCount: optional(number()),
    columnCount: optional(number()),
    frozenRowCount: optional(number()),
    frozenColCount: optional(number()),
    merges: optional(array(looseObject({
      startRowIndex: optional(number()),
      startColumnIndex: optional(number()),
      rowCount: optional(number()),
      columnCount: optional(number()),
    }))),
    protectedRange: optional(array(looseObject({
      dimension: optional(ProtectedRangeDimensionSchema()),
      protectId: optional(string()),
      lockInfo: optional(string()),
      sheetId: optional(string()),
    }))),
    blockInfo: optional(looseObject({ blockToken: optional(string()), blockType: optional(string()) })),
  }))),
}))()

/** Schema of {@link UpdateSpreadsheetPropertiesOutput}, for opt-in response validation. */
export const UpdateSpreadsheetPropertiesOutputSchema: GenericSchema<UpdateSpreadsheetPropertiesOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  title: optional(string()),
}))()

/** Schema of {@link CreateSpreadsheetProtectedDimensionOutput}, for opt-in response validation. */
export const CreateSpreadsheetProtectedDimensionOutputSchema: GenericSchema<CreateSpreadsheetProtectedDimensionOutput> = /*#__PURE__*/ (() => looseObject({
  addProtectedDimension: optional(array(looseObject({
    dimension: optional(ProtectedRangeDimensionSchema()),
    editors: optional(array(number())),
    users: optional(array(string())),
    lockInfo: optional(string()),
    protectId: optional(string()),
  }))),
}))()

/** Schema of {@link BatchDeleteSpreadsheetProtectedRangeOutput}, for opt-in response validation. */
export const BatchDeleteSpreadsheetProtectedRangeOutputSchema: GenericSchema<BatchDeleteSpreadsheetProtectedRangeOutput> = /*#__PURE__*/ (() => looseObject({
  delProtectIds: optional(array(string())),
}))()

/** Schema of {@link BatchGetSpreadsheetProtectedRangeOutput}, for opt-in response validation. */
export const BatchGetSpreadsheetProtectedRangeOutputSchema: GenericSchema<BatchGetSpreadsheetProtectedRangeOutput> = /*#__PURE__*/ (() => looseObject({
  protectedRanges: optional(array(looseObject({
    protectId: optional(string()),
    dimension: optional(ProtectedRangeDimensionSchema()),
    sheetId: optional(string()),
    lockInfo: optional(string()),
    editors: optional(looseObject({ users: optional(array(AddEditorSchema())) })),
  }))),
}))()

/** Schema of {@link BatchUpdateSpreadsheetProtectedRangeOutput}, for opt-in response validation. */
export const BatchUpdateSpreadsheetProtectedRangeOutputSchema: GenericSchema<BatchUpdateSpreadsheetProtectedRangeOutput> = /*#__PURE__*/ (() => looseObject({
  replies: optional(array(looseObject({
    protectId: optional(string()),
    sheetId: optional(string()),
    dimension: optional(ProtectedRangeDimensionSchema()),
    editors: optional(looseObject({
      addEditors: optional(array(AddEditorSchema())),
      delEditors: optional(array(AddEditorSchema())),
    })),
    lockInfo: optional(string()),
  }))),
}))()

/** Schema of {@link BatchUpdateSpreadsheetSheetsOutput}, for opt-in response validation. */
export const BatchUpdateSpreadsheetSheetsOutputSchema: GenericSchema<BatchUpdateSpreadsheetSheetsOutput> = /*#__PURE__*/ (() => looseObject({
  replies: optional(array(looseObject({
    addSheet: optional(looseObject({ properties: optional(PropertiesSchema()) })),
    copySheet: optional(looseObject({ properties: optional(PropertiesSchema()) })),
    deleteSheet: optional(looseObject({ result: optional(boolean()), sheetId: optional(string()) })),
    updateSheet: optional(looseObject({
      properties: optional(looseObject({
        sheetId: optional(string()),
        title: optional(string()),
        index: optional(number()),
        hidden: optional(boolean()),
        frozenRowCount: optional(number()),
        frozenColCount: optional(number()),
        protect: optional(looseObject({
          lock: optional(picklist(['LOCK', 'UNLOCK'])),
          lockInfo: optional(string()),
          userIDs: optional(array(string())),
        })),
      })),
    })),
  }))),
}))()

/** Schema of {@link BatchUpdateSpreadsheetStyleOutput}, for opt-in response validation. */
export const BatchUpdateSpreadsheetStyleOutputSchema: GenericSchema<BatchUpdateSpreadsheetStyleOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  totalUpdatedRows: optional(number()),
  totalUpdatedColumns: optional(number()),
  totalUpdatedCells: optional(number()),
  revision: optional(number()),
  responses: optional(array(BatchUpdateResponseSchema())),
}))()

/** Schema of {@link UpdateSpreadsheetStyleOutput}, for opt-in response validation. */
export const UpdateSpreadsheetStyleOutputSchema: GenericSchema<UpdateSpreadsheetStyleOutput> = /*#__PURE__*/ (() => looseObject({
  updates: optional(UpdatesSchema()),
}))()

/** Schema of {@link AppendSpreadsheetValuesOutput}, for opt-in response validation. */
export const AppendSpreadsheetValuesOutputSchema: GenericSchema<AppendSpreadsheetValuesOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  tableRange: optional(string()),
  revision: optional(number()),
  updates: optional(UpdatesSchema()),
}))()

/** Schema of {@link BatchGetSpreadsheetValuesOutput}, for opt-in response validation. */
export const BatchGetSpreadsheetValuesOutputSchema: GenericSchema<BatchGetSpreadsheetValuesOutput> = /*#__PURE__*/ (() => looseObject({
  revision: optional(number()),
  spreadsheetToken: optional(string()),
  totalCells: optional(number()),
  valueRanges: optional(array(BatchGetValueRangeSchema())),
}))()

/** Schema of {@link BatchUpdateSpreadsheetValuesOutput}, for opt-in response validation. */
export const BatchUpdateSpreadsheetValuesOutputSchema: GenericSchema<BatchUpdateSpreadsheetValuesOutput> = /*#__PURE__*/ (() => looseObject({
  responses: optional(array(BatchUpdateResponseSchema())),
  revision: optional(number()),
  spreadsheetToken: optional(string()),
}))()

/** Schema of {@link GetSpreadsheetValuesOutput}, for opt-in response validation. */
export const GetSpreadsheetValuesOutputSchema: GenericSchema<GetSpreadsheetValuesOutput> = /*#__PURE__*/ (() => looseObject({
  revision: optional(number()),
  spreadsheetToken: optional(string()),
  valueRange: optional(BatchGetValueRangeSchema()),
}))()

/** Schema of {@link PrependSpreadsheetValuesOutput}, for opt-in response validation. */
export const PrependSpreadsheetValuesOutputSchema: GenericSchema<PrependSpreadsheetValuesOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  tableRange: optional(string()),
  revision: optional(number()),
  updates: optional(UpdatesSchema()),
}))()

/** Schema of {@link UpdateSpreadsheetValuesOutput}, for opt-in response validation. */
export const UpdateSpreadsheetValuesOutputSchema: GenericSchema<UpdateSpreadsheetValuesOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  revision: optional(number()),
  updatedRange: optional(string()),
  updatedRows: optional(number()),
  updatedColumns: optional(number()),
  updatedCells: optional(number()),
}))()

/** Schema of {@link CreateSpreadsheetValuesImageOutput}, for opt-in response validation. */
export const CreateSpreadsheetValuesImageOutputSchema: GenericSchema<CreateSpreadsheetValuesImageOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  updatedRange: optional(string()),
  revision: optional(number()),
}))()
