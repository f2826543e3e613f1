// Generated from catalog/baike.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { ClassificationSchema, DraftSchema, EntitySchema } from './models.ts'
import type { ListClassificationOutput } from './classification.ts'
import type { CreateDraftOutput, UpdateDraftOutput } from './draft.ts'
import type {
  CreateEntityOutput,
  ExtractEntityOutput,
  GetEntityOutput,
  HighlightEntityOutput,
  ListEntityOutput,
  MatchEntityOutput,
  SearchEntityOutput,
  UpdateEntityOutput,
} from './entity.ts'
import type { UploadFileOutput } from './file.ts'

/** Schema of {@link ListClassificationOutput}, for opt-in response validation. */
export const ListClassificationOutputSchema: GenericSchema<ListClassificationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ClassificationSchema())),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateDraftOutput}, for opt-in response validation. */
export const CreateDraftOutputSchema: GenericSchema<CreateDraftOutput> = /*#__PURE__*/ (() => looseObject({
  draft: optional(DraftSchema()),
}))()

/** Schema of {@link UpdateDraftOutput}, for opt-in response validation. */
export const UpdateDraftOutputSchema: GenericSchema<UpdateDraftOutput> = /*#__PURE__*/ (() => looseObject({
  draft: optional(DraftSchema()),
}))()

/** Schema of {@link CreateEntityOutput}, for opt-in response validation. */
export const CreateEntityOutputSchema: GenericSchema<CreateEntityOutput> = /*#__PURE__*/ (() => looseObject({
  entity: optional(EntitySchema()),
}))()

/** Schema of {@link ExtractEntityOutput}, for opt-in response validation. */
export const ExtractEntityOutputSchema: GenericSchema<ExtractEntityOutput> = /*#__PURE__*/ (() => looseObject({
  entity_word: array(looseObject({ name: string(), aliases: optional(array(string())) })),
}))()

/** Schema of {@link GetEntityOutput}, for opt-in response validation. */
export const GetEntityOutputSchema: GenericSchema<GetEntityOutput> = /*#__PURE__*/ (() => looseObject({
  entity: optional(EntitySchema()),
}))()

/** Schema of {@link HighlightEntityOutput}, for opt-in response validation. */
export const HighlightEntityOutputSchema: GenericSchema<HighlightEntityOutput> = /*#__PURE__*/ (() => looseObject({
  phrases: optional(array(looseObject({
    name: string(),
    entity_ids: array(string()),
    span: looseObject({ start: number(), end: number() }),
  }))),
}))()

/** Schema of {@link ListEntityOutput}, for opt-in response validation. */
export const ListEntityOutputSchema: GenericSchema<ListEntityOutput> = /*#__PURE__*/ (() => looseObject({
  entities: optional(array(EntitySchema())),
  page_token: optional(string()),
}))()

/** Schema of {@link MatchEntityOutput}, for opt-in response validation. */
export const MatchEntityOutputSchema: GenericSchema<MatchEntityOutput> = /*#__PURE__*/ (() => looseObject({
  results: optional(array(looseObject({ entity_id: optional(string()), type: optional(number()) }))),
}))()

/** Schema of {@link SearchEntityOutput}, for opt-in response validation. */
export const SearchEntityOutputSchema: GenericSchema<SearchEntityOutput> = /*#__PURE__*/ (() => looseObject({
  entities: optional(array(EntitySchema())),
  page_token: optional(string()),
}))()

/** Schema of {@link UpdateEntityOutput}, for opt-in response validation. */
export const UpdateEntityOutputSchema: GenericSchema<UpdateEntityOutput> = /*#__PURE__*/ (() => looseObject({
  entity: optional(EntitySchema()),
}))()

/** Schema of {@link UploadFileOutput}, for opt-in response validation. */
export const UploadFileOutputSchema: GenericSchema<UploadFileOutput> = /*#__PURE__*/ (() => looseObject({
  file_token: optional(string()),
}))()
