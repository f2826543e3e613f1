// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { AppSchema, ApplyConfigSchema, ColumnSchema, ConstraintSchema, IndexeSchema } from './models.ts'
import type {
  CreateAppOutput,
  GetAppAppVisibilityOutput,
  IconAppOutput,
  ListAppOutput,
  PatchAppOutput,
  SqlAppCommandsOutput,
  UpdateAppAppVisibilityOutput,
  UploadAppHtmlCodeAndReleaseOutput,
} from './app.ts'
import type { GetAppEnumEnumDetailOutput, GetAppEnumEnumListOutput } from './app.enum.ts'
import type {
  UploadAppStorageCompleteOutput,
  UploadAppStorageInitializeOutput,
  UploadAppStorageOutput,
  UploadAppStoragePartOutput,
} from './app.storage.ts'
import type {
  BatchUpdateAppTableTableRecordsOutput,
  DeleteAppTableTableRecordsOutput,
  GetAppTableTableDetailOutput,
  GetAppTableTableListOutput,
  GetAppTableTableRecordListOutput,
  PatchAppTableTableRecordsOutput,
  PostAppTableTableRecordsOutput,
} from './app.table.ts'
import type { GetAppViewViewRecordListOutput } from './app.view.ts'
import type { IdDirectoryUserConvertOutput } from './directory.user.ts'

/** Schema of {@link CreateAppOutput}, for opt-in response validation. */
export const CreateAppOutputSchema: GenericSchema<CreateAppOutput> = /*#__PURE__*/ (() => looseObject({
  app: optional(AppSchema()),
}))()

/** Schema of {@link GetAppAppVisibilityOutput}, for opt-in response validation. */
export const GetAppAppVisibilityOutputSchema: GenericSchema<GetAppAppVisibilityOutput> = /*#__PURE__*/ (() => looseObject({
  scope: optional(string()),
  users: optional(array(string())),
  departments: optional(array(string())),
  chats: optional(array(string())),
  apply_config: optional(ApplyConfigSchema()),
  require_login: optional(boolean()),
}))()

/** Schema of {@link IconAppOutput}, for opt-in response validation. */
export const IconAppOutputSchema: GenericSchema<IconAppOutput> = /*#__PURE__*/ (() => looseObject({
  icon_url: optional(string()),
}))()

/** Schema of {@link ListAppOutput}, for opt-in response validation. */
export const ListAppOutputSchema: GenericSchema<ListAppOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  items: optional(array(AppSchema())),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchAppOutput}, for opt-in response validation. */
export const PatchAppOutputSchema: GenericSchema<PatchAppOutput> = /*#__PURE__*/ (() => looseObject({
  app: optional(AppSchema()),
}))()

/** Schema of {@link SqlAppCommandsOutput}, for opt-in response validation. */
export const SqlAppCommandsOutputSchema: GenericSchema<SqlAppCommandsOutput> = /*#__PURE__*/ (() => looseObject({
  result: string(),
}))()

/** Schema of {@link UpdateAppAppVisibilityOutput}, for opt-in response validation. */
export const UpdateAppAppVisibilityOutputSchema: GenericSchema<UpdateAppAppVisibilityOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UploadAppHtmlCodeAndReleaseOutput}, for opt-in response validation. */
export const UploadAppHtmlCodeAndReleaseOutputSchema: GenericSchema<UploadAppHtmlCodeAndReleaseOutput> = /*#__PURE__*/ (() => looseObject({
  url: optional(string()),
}))()

/** Schema of {@link GetAppEnumEnumDetailOutput}, for opt-in response validation. */
export const GetAppEnumEnumDetailOutputSchema: GenericSchema<GetAppEnumEnumDetailOutput> = /*#__PURE__*/ (() => looseObject({
  name: string(),
  description: string(),
  options: array(string()),
  created_at: string(),
}))()

/** Schema of {@link GetAppEnumEnumListOutput}, for opt-in response validation. */
export const GetAppEnumEnumListOutputSchema: GenericSchema<GetAppEnumEnumListOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  items: array(looseObject({ name: string(), description: string(), options: array(string()), created_at: number() })),
}))()

/** Schema of {@link UploadAppStorageOutput}, for opt-in response validation. */
export const UploadAppStorageOutputSchema: GenericSchema<UploadAppStorageOutput> = /*#__PURE__*/ (() => looseObject({
  file_key: string(),
  file_url: string(),
  file_name: string(),
  file_size: number(),
  mime_type: string(),
}))()

/** Schema of {@link UploadAppStorageCompleteOutput}, for opt-in response validation. */
export const UploadAppStorageCompleteOutputSchema: GenericSchema<UploadAppStorageCompleteOutput> = /*#__PURE__*/ (() => looseObject({
  file_key: string(),
  file_url: string(),
  file_name: string(),
  file_size: number(),
  mime_type: string(),
}))()

/** Schema of {@link UploadAppStorageInitializeOutput}, for opt-in response validation. */
export const UploadAppStorageInitializeOutputSchema: GenericSchema<UploadAppStorageInitializeOutput> = /*#__PURE__*/ (() => looseObject({
  upload_id: string(),
  chunk_size: number(),
  chunk_numbers: number(),
}))()

/** Schema of {@link UploadAppStoragePartOutput}, for opt-in response validation. */
export const UploadAppStoragePartOutputSchema: GenericSchema<UploadAppStoragePartOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchUpdateAppTableTableRecordsOutput}, for opt-in response validation. */
export const BatchUpdateAppTableTableRecordsOutputSchema: GenericSchema<BatchUpdateAppTableTableRecordsOutput> = /*#__PURE__*/ (() => looseObject({
  record_ids: array(string()),
}))()

/** Schema of {@link DeleteAppTableTableRecordsOutput}, for opt-in response validation. */
export const DeleteAppTableTableRecordsOutputSchema: GenericSchema<DeleteAppTableTableRecordsOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetAppTableTableDetailOutput}, for opt-in response validation. */
export const GetAppTableTableDetailOutputSchema: GenericSchema<GetAppTableTableDetailOutput> = /*#__PURE__*/ (() => looseObject({
  name: string(),
  description: string(),
  columns: array(ColumnSchema()),
  indexes: optional(array(IndexeSchema())),
  constraints: optional(array(ConstraintSchema())),
  estimated_row_count: optional(number()),
  size_bytes: optional(number()),
  ddl: optional(string()),
}))()

/** Schema of {@link GetAppTableTableListOutput}, for opt-in response validation. */
export const GetAppTableTableListOutputSchema: GenericSchema<GetAppTableTableListOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  items: array(looseObject({
    name: string(),
    description: string(),
    columns: array(ColumnSchema()),
    indexes: optional(array(IndexeSchema())),
    constraints: optional(array(ConstraintSchema())),
    estimated_row_count: optional(number()),
    size_bytes: optional(number()),
  })),
}))()

/** Schema of {@link GetAppTableTableRecordListOutput}, for opt-in response validation. */
export const GetAppTableTableRecordListOutputSchema: GenericSchema<GetAppTableTableRecordListOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  total: number(),
  items: string(),
}))()

/** Schema of {@link PatchAppTableTableRecordsOutput}, for opt-in response validation. */
export const PatchAppTableTableRecordsOutputSchema: GenericSchema<PatchAppTableTableRecordsOutput> = /*#__PURE__*/ (() => looseObject({
  record_ids: array(string()),
}))()

/** Schema of {@link PostAppTableTableRecordsOutput}, for opt-in response validation. */
export const PostAppTableTableRecordsOutputSchema: GenericSchema<PostAppTableTableRecordsOutput> = /*#__PURE__*/ (() => looseObject({
  record_ids: array(string()),
}))()

/** Schema of {@link GetAppViewViewRecordListOutput}, for opt-in response validation. */
export const GetAppViewViewRecordListOutputSchema: GenericSchema<GetAppViewViewRecordListOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: boolean(),
  page_token: string(),
  total: number(),
  items: string(),
}))()

/** Schema of {@link IdDirectoryUserConvertOutput}, for opt-in response validation. */
export const IdDirectoryUserConvertOutputSchema: GenericSchema<IdDirectoryUserConvertOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ source_id: string(), target_id: string() }))),
}))()
