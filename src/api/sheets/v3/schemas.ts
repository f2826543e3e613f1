// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { ConditionSchema, FilterViewSchema, FindResultSchema, FloatImageSchema, SheetSchema } from './models.ts'
import type { CreateSpreadsheetOutput, GetSpreadsheetOutput, PatchSpreadsheetOutput } from './spreadsheet.ts'
import type {
  FindSpreadsheetSheetOutput,
  GetSpreadsheetSheetOutput,
  MoveSpreadsheetSheetDimensionOutput,
  QuerySpreadsheetSheetOutput,
  ReplaceSpreadsheetSheetOutput,
} from './spreadsheet.sheet.ts'
import type {
  CreateSpreadsheetSheetFilterOutput,
  DeleteSpreadsheetSheetFilterOutput,
  GetSpreadsheetSheetFilterOutput,
  UpdateSpreadsheetSheetFilterOutput,
} from './spreadsheet.sheet.filter.ts'
import type {
  CreateSpreadsheetSheetFilterViewOutput,
  DeleteSpreadsheetSheetFilterViewOutput,
  GetSpreadsheetSheetFilterViewOutput,
  PatchSpreadsheetSheetFilterViewOutput,
  QuerySpreadsheetSheetFilterViewOutput,
} from './spreadsheet.sheet.filter_view.ts'
import type {
  CreateSpreadsheetSheetFilterViewConditionOutput,
  DeleteSpreadsheetSheetFilterViewConditionOutput,
  GetSpreadsheetSheetFilterViewConditionOutput,
  QuerySpreadsheetSheetFilterViewConditionOutput,
  UpdateSpreadsheetSheetFilterViewConditionOutput,
} from './spreadsheet.sheet.filter_view.condition.ts'
import type {
  CreateSpreadsheetSheetFloatImageOutput,
  DeleteSpreadsheetSheetFloatImageOutput,
  GetSpreadsheetSheetFloatImageOutput,
  PatchSpreadsheetSheetFloatImageOutput,
  QuerySpreadsheetSheetFloatImageOutput,
} from './spreadsheet.sheet.float_image.ts'

/** Schema of {@link CreateSpreadsheetOutput}, for opt-in response validation. */
export const CreateSpreadsheetOutputSchema: GenericSchema<CreateSpreadsheetOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheet: optional(looseObject({
    title: optional(string()),
    folder_token: optional(string()),
    url: optional(string()),
    spreadsheet_token: optional(string()),
    without_mount: optional(boolean()),
  })),
}))()

/** Schema of {@link GetSpreadsheetOutput}, for opt-in response validation. */
export const GetSpreadsheetOutputSchema: GenericSchema<GetSpreadsheetOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheet: optional(looseObject({
    title: optional(string()),
    owner_id: optional(string()),
    token: optional(string()),
    url: optional(string()),
  })),
}))()

/** Schema of {@link PatchSpreadsheetOutput}, for opt-in response validation. */
export const PatchSpreadsheetOutputSchema: GenericSchema<PatchSpreadsheetOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link FindSpreadsheetSheetOutput}, for opt-in response validation. */
export const FindSpreadsheetSheetOutputSchema: GenericSchema<FindSpreadsheetSheetOutput> = /*#__PURE__*/ (() => looseObject({
  find_result: optional(FindResultSchema()),
}))()

/** Schema of {@link GetSpreadsheetSheetOutput}, for opt-in response validation. */
export const GetSpreadsheetSheetOutputSchema: GenericSchema<GetSpreadsheetSheetOutput> = /*#__PURE__*/ (() => looseObject({
  sheet: optional(SheetSchema()),
}))()

/** Schema of {@link MoveSpreadsheetSheetDimensionOutput}, for opt-in response validation. */
export const MoveSpreadsheetSheetDimensionOutputSchema: GenericSchema<MoveSpreadsheetSheetDimensionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link QuerySpreadsheetSheetOutput}, for opt-in response validation. */
export const QuerySpreadsheetSheetOutputSchema: GenericSchema<QuerySpreadsheetSheetOutput> = /*#__PURE__*/ (() => looseObject({
  sheets: optional(array(SheetSchema())),
}))()

/** Schema of {@link ReplaceSpreadsheetSheetOutput}, for opt-in response validation. */
export const ReplaceSpreadsheetSheetOutputSchema: GenericSchema<ReplaceSpreadsheetSheetOutput> = /*#__PURE__*/ (() => looseObject({
  replace_result: optional(FindResultSchema()),
}))()

/** Schema of {@link CreateSpreadsheetSheetFilterOutput}, for opt-in response validation. */
export const CreateSpreadsheetSheetFilterOutputSchema: GenericSchema<CreateSpreadsheetSheetFilterOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DeleteSpreadsheetSheetFilterOutput}, for opt-in response validation. */
export const DeleteSpreadsheetSheetFilterOutputSchema: GenericSchema<DeleteSpreadsheetSheetFilterOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetSpreadsheetSheetFilterOutput}, for opt-in response validation. */
export const GetSpreadsheetSheetFilterOutputSchema: GenericSchema<GetSpreadsheetSheetFilterOutput> = /*#__PURE__*/ (() => looseObject({
  sheet_filter_info: optional(looseObject({
    range: string(),
    filtered_out_rows: array(number()),
    filter_infos: array(looseObject({
      col: string(),
      conditions: array(looseObject({
        filter_type: string(),
        compare_type: optional(string()),
        expected: optional(array(string())),
      })),
    })),
  })),
}))()

/** Schema of {@link UpdateSpreadsheetSheetFilterOutput}, for opt-in response validation. */
export const UpdateSpreadsheetSheetFilterOutputSchema: GenericSchema<UpdateSpreadsheetSheetFilterOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateSpreadsheetSheetFilterViewOutput}, for opt-in response validation. */
export const CreateSpreadsheetSheetFilterViewOutputSchema: GenericSchema<CreateSpreadsheetSheetFilterViewOutput> = /*#__PURE__*/ (() => looseObject({
  filter_view: optional(FilterViewSchema()),
}))()

/** Schema of {@link DeleteSpreadsheetSheetFilterViewOutput}, for opt-in response validation. */
export const DeleteSpreadsheetSheetFilterViewOutputSchema: GenericSchema<DeleteSpreadsheetSheetFilterViewOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetSpreadsheetSheetFilterViewOutput}, for opt-in response validation. */
export const GetSpreadsheetSheetFilterViewOutputSchema: GenericSchema<GetSpreadsheetSheetFilterViewOutput> = /*#__PURE__*/ (() => looseObject({
  filter_view: optional(FilterViewSchema()),
}))()

/** Schema of {@link PatchSpreadsheetSheetFilterViewOutput}, for opt-in response validation. */
export const PatchSpreadsheetSheetFilterViewOutputSchema: GenericSchema<PatchSpreadsheetSheetFilterViewOutput> = /*#__PURE__*/ (() => looseObject({
  filter_view: optional(FilterViewSchema()),
}))()

/** Schema of {@link QuerySpreadsheetSheetFilterViewOutput}, for opt-in response validation. */
export const QuerySpreadsheetSheetFilterViewOutputSchema: GenericSchema<QuerySpreadsheetSheetFilterViewOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(FilterViewSchema())),
}))()

/** Schema of {@link CreateSpreadsheetSheetFilterViewConditionOutput}, for opt-in response validation. */
export const CreateSpreadsheetSheetFilterViewConditionOutputSchema: GenericSchema<CreateSpreadsheetSheetFilterViewConditionOutput> = /*#__PURE__*/ (() => looseObject({
  condition: optional(ConditionSchema()),
}))()

/** Schema of {@link DeleteSpreadsheetSheetFilterViewConditionOutput}, for opt-in response validation. */
export const DeleteSpreadsheetSheetFilterViewConditionOutputSchema: GenericSchema<DeleteSpreadsheetSheetFilterViewConditionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetSpreadsheetSheetFilterViewConditionOutput}, for opt-in response validation. */
export const GetSpreadsheetSheetFilterViewConditionOutputSchema: GenericSchema<GetSpreadsheetSheetFilterViewConditionOutput> = /*#__PURE__*/ (() => looseObject({
  condition: optional(ConditionSchema()),
}))()

/** Schema of {@link QuerySpreadsheetSheetFilterViewConditionOutput}, for opt-in response validation. */
export const QuerySpreadsheetSheetFilterViewConditionOutputSchema: GenericSchema<QuerySpreadsheetSheetFilterViewConditionOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ConditionSchema())),
}))()

/** Schema of {@link UpdateSpreadsheetSheetFilterViewConditionOutput}, for opt-in response validation. */
export const UpdateSpreadsheetSheetFilterViewConditionOutputSchema: GenericSchema<UpdateSpreadsheetSheetFilterViewConditionOutput> = /*#__PURE__*/ (() => looseObject({
  condition: optional(ConditionSchema()),
}))()

/** Schema of {@link CreateSpreadsheetSheetFloatImageOutput}, for opt-in response validation. */
export const CreateSpreadsheetSheetFloatImageOutputSchema: GenericSchema<CreateSpreadsheetSheetFloatImageOutput> = /*#__PURE__*/ (() => looseObject({
  float_image: optional(FloatImageSchema()),
}))()

/** Schema of {@link DeleteSpreadsheetSheetFloatImageOutput}, for opt-in response validation. */
export const DeleteSpreadsheetSheetFloatImageOutputSchema: GenericSchema<DeleteSpreadsheetSheetFloatImageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetSpreadsheetSheetFloatImageOutput}, for opt-in response validation. */
export const GetSpreadsheetSheetFloatImageOutputSchema: GenericSchema<GetSpreadsheetSheetFloatImageOutput> = /*#__PURE__*/ (() => looseObject({
  float_image: optional(FloatImageSchema()),
}))()

/** Schema of {@link PatchSpreadsheetSheetFloatImageOutput}, for opt-in response validation. */
export const PatchSpreadsheetSheetFloatImageOutputSchema: GenericSchema<PatchSpreadsheetSheetFloatImageOutput> = /*#__PURE__*/ (() => looseObject({
  float_image: optional(FloatImageSchema()),
}))()

/** Schema of {@link QuerySpreadsheetSheetFloatImageOutput}, for opt-in response validation. */
export const QuerySpreadsheetSheetFloatImageOutputSchema: GenericSchema<QuerySpreadsheetSheetFloatImageOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(FloatImageSchema())),
}))()
