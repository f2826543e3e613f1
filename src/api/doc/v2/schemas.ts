// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { BatchUpdateDocumentOutput, CreateDocumentOutput } from './document.ts'
import type { GetDocumentContentOutput } from './document.content.ts'
import type { GetDocumentMetaOutput } from './document.meta.ts'
import type { GetDocumentRawContentOutput } from './document.raw_content.ts'
import type { GetDocumentSheetMetaOutput } from './document.sheet_meta.ts'

/** Schema of {@link BatchUpdateDocumentOutput}, for opt-in response validation. */
export const BatchUpdateDocumentOutputSchema: GenericSchema<BatchUpdateDocumentOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateDocumentOutput}, for opt-in response validation. */
export const CreateDocumentOutputSchema: GenericSchema<CreateDocumentOutput> = /*#__PURE__*/ (() => looseObject({
  objToken: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link GetDocumentContentOutput}, for opt-in response validation. */
export const GetDocumentContentOutputSchema: GenericSchema<GetDocumentContentOutput> = /*#__PURE__*/ (() => looseObject({
  content: optional(string()),
  revision: optional(number()),
}))()

/** Schema of {@link GetDocumentMetaOutput}, for opt-in response validation. */
export const GetDocumentMetaOutputSchema: GenericSchema<GetDocumentMetaOutput> = /*#__PURE__*/ (() => looseObject({
  create_date: optional(string()),
  create_time: optional(number()),
  creator: optional(string()),
  create_user_name: optional(string()),
  delete_flag: optional(number()),
  edit_time: optional(number()),
  edit_user_name: optional(string()),
  is_external: optional(boolean()),
  is_pined: optional(boolean()),
  is_stared: optional(boolean()),
  is_upgraded: optional(boolean()),
  obj_type: optional(string()),
  owner: optional(string()),
  owner_user_name: optional(string()),
  server_time: optional(number()),
  tenant_id: optional(string()),
  title: optional(string()),
  type: optional(number()),
  upgraded_token: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link GetDocumentRawContentOutput}, for opt-in response validation. */
export const GetDocumentRawContentOutputSchema: GenericSchema<GetDocumentRawContentOutput> = /*#__PURE__*/ (() => looseObject({
  content: optional(string()),
}))()

/** Schema of {@link GetDocumentSheetMetaOutput}, for opt-in response validation. */
export const GetDocumentSheetMetaOutputSchema: GenericSchema<GetDocumentSheetMetaOutput> = /*#__PURE__*/ (() => looseObject({
  spreadsheetToken: optional(string()),
  sheets: optional(array(looseObject({
    sheetId: optional(string()),
    title: optional(string()),
    index: optional(number()),
    rowCount: optional(number()),
    columnCount: optional(number()),
  }))),
}))()
