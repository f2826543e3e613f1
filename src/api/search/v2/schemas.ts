// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AclSchema, ContentSchema, DataSourceSchema, MetadataSchema, SchemaSchema } from './models.ts'
import type { CreateAppOutput } from './app.ts'
import type {
  CreateDataSourceOutput,
  DeleteDataSourceOutput,
  GetDataSourceOutput,
  ListDataSourceOutput,
  PatchDataSourceOutput,
} from './data_source.ts'
import type {
  CreateDataSourceItemOutput,
  DeleteDataSourceItemOutput,
  GetDataSourceItemOutput,
} from './data_source.item.ts'
import type { SearchDocWikiOutput } from './doc_wiki.ts'
import type { CreateMessageOutput } from './message.ts'
import type { CreateSchemaOutput, DeleteSchemaOutput, GetSchemaOutput, PatchSchemaOutput } from './schema.ts'

/** Schema of {@link CreateAppOutput}, for opt-in response validation. */
export const CreateAppOutputSchema: GenericSchema<CreateAppOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateDataSourceOutput}, for opt-in response validation. */
export const CreateDataSourceOutputSchema: GenericSchema<CreateDataSourceOutput> = /*#__PURE__*/ (() => looseObject({
  data_source: optional(DataSourceSchema()),
}))()

/** Schema of {@link DeleteDataSourceOutput}, for opt-in response validation. */
export const DeleteDataSourceOutputSchema: GenericSchema<DeleteDataSourceOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetDataSourceOutput}, for opt-in response validation. */
export const GetDataSourceOutputSchema: GenericSchema<GetDataSourceOutput> = /*#__PURE__*/ (() => looseObject({
  data_source: optional(DataSourceSchema()),
}))()

/** Schema of {@link ListDataSourceOutput}, for opt-in response validation. */
export const ListDataSourceOutputSchema: GenericSchema<ListDataSourceOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(DataSourceSchema())),
}))()

/** Schema of {@link PatchDataSourceOutput}, for opt-in response validation. */
export const PatchDataSourceOutputSchema: GenericSchema<PatchDataSourceOutput> = /*#__PURE__*/ (() => looseObject({
  data_source: optional(DataSourceSchema()),
}))()

/** Schema of {@link CreateDataSourceItemOutput}, for opt-in response validation. */
export const CreateDataSourceItemOutputSchema: GenericSchema<CreateDataSourceItemOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DeleteDataSourceItemOutput}, for opt-in response validation. */
export const DeleteDataSourceItemOutputSchema: GenericSchema<DeleteDataSourceItemOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetDataSourceItemOutput}, for opt-in response validation. */
export const GetDataSourceItemOutputSchema: GenericSchema<GetDataSourceItemOutput> = /*#__PURE__*/ (() => looseObject({
  item: looseObject({
    id: string(),
    acl: array(AclSchema()),
    metadata: MetadataSchema(),
    structured_data: string(),
    content: optional(ContentSchema()),
  }),
}))()

/** Schema of {@link SearchDocWikiOutput}, for opt-in response validation. */
export const SearchDocWikiOutputSchema: GenericSchema<SearchDocWikiOutput> = /*#__PURE__*/ (() => looseObject({
  total: optional(number()),
  has_more: boolean(),
  res_units: optional(array(looseObject({
    title_highlighted: optional(string()),
    summary_highlighted: optional(string()),
    entity_type: optional(picklist(['DOC', 'WIKI'])),
    result_meta: optional(looseObject({
      doc_types: optional(picklist([
        'DOC',
        'SHEET',
        'BITABLE',
        'MINDNOTE',
        'FILE',
        'WIKI',
        'DOCX',
        'FOLDER',
        'CATALOG',
        'SLIDES',
        'SHORTCUT',
      ])),
      update_time: optional(number()),
      url: optional(string()),
      owner_name: optional(string()),
      owner_id: optional(string()),
      is_cross_tenant: optional(boolean()),
      create_time: optional(number()),
      last_open_time: optional(number()),
      edit_user_id: optional(string()),
      edit_user_name: optional(string()),
      token: optional(string()),
      file_type: optional(string()),
      icon_info: optional(string()),
    })),
  }))),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link CreateMessageOutput}, for opt-in response validation. */
export const CreateMessageOutputSchema: GenericSchema<CreateMessageOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateSchemaOutput}, for opt-in response validation. */
export const CreateSchemaOutputSchema: GenericSchema<CreateSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  schema: optional(SchemaSchema()),
}))()

/** Schema of {@link DeleteSchemaOutput}, for opt-in response validation. */
export const DeleteSchemaOutputSchema: GenericSchema<DeleteSchemaOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetSchemaOutput}, for opt-in response validation. */
export const GetSchemaOutputSchema: GenericSchema<GetSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  schema: optional(SchemaSchema()),
}))()

/** Schema of {@link PatchSchemaOutput}, for opt-in response validation. */
export const PatchSchemaOutputSchema: GenericSchema<PatchSchemaOutput> = /*#__PURE__*/ (() => looseObject({
  schema: optional(SchemaSchema()),
}))()
