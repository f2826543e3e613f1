// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BlockSchema, DocumentSchema, ItemSchema } from './models.ts'
import type { GetChatAnnouncementOutput } from './chat.announcement.ts'
import type {
  BatchUpdateChatAnnouncementBlockOutput,
  GetChatAnnouncementBlockOutput,
  ListChatAnnouncementBlockOutput,
} from './chat.announcement.block.ts'
import type {
  BatchDeleteChatAnnouncementBlockChildrenOutput,
  CreateChatAnnouncementBlockChildrenOutput,
  GetChatAnnouncementBlockChildrenOutput,
} from './chat.announcement.block.children.ts'
import type {
  ConvertDocumentOutput,
  CreateDocumentOutput,
  GetDocumentOutput,
  RawDocumentContentOutput,
} from './document.ts'
import type {
  BatchUpdateDocumentBlockOutput,
  GetDocumentBlockOutput,
  ListDocumentBlockOutput,
  PatchDocumentBlockOutput,
} from './document.block.ts'
import type {
  BatchDeleteDocumentBlockChildrenOutput,
  CreateDocumentBlockChildrenOutput,
  GetDocumentBlockChildrenOutput,
} from './document.block.children.ts'
import type { CreateDocumentBlockDescendantOutput } from './document.block.descendant.ts'

/** Schema of {@link GetChatAnnouncementOutput}, for opt-in response validation. */
export const GetChatAnnouncementOutputSchema: GenericSchema<GetChatAnnouncementOutput> = /*#__PURE__*/ (() => looseObject({
  revision_id: optional(number()),
  create_time: optional(number()),
  update_time: optional(number()),
  owner_id: optional(string()),
  owner_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
  modifier_id: optional(string()),
  modifier_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
  announcement_type: optional(picklist(['doc', 'docx'])),
  create_time_v2: optional(string()),
  update_time_v2: optional(string()),
}))()

/** Schema of {@link BatchUpdateChatAnnouncementBlockOutput}, for opt-in response validation. */
export const BatchUpdateChatAnnouncementBlockOutputSchema: GenericSchema<BatchUpdateChatAnnouncementBlockOutput> = /*#__PURE__*/ (() => looseObject({
  blocks: optional(array(BlockSchema())),
  revision_id: optional(number()),
  client_token: optional(string()),
}))()

/** Schema of {@link GetChatAnnouncementBlockOutput}, for opt-in response validation. */
export const GetChatAnnouncementBlockOutputSchema: GenericSchema<GetChatAnnouncementBlockOutput> = /*#__PURE__*/ (() => looseObject({
  block: optional(ItemSchema()),
}))()

/** Schema of {@link ListChatAnnouncementBlockOutput}, for opt-in response validation. */
export const ListChatAnnouncementBlockOutputSchema: GenericSchema<ListChatAnnouncementBlockOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchDeleteChatAnnouncementBlockChildrenOutput}, for opt-in response validation. */
export const BatchDeleteChatAnnouncementBlockChildrenOutputSchema: GenericSchema<BatchDeleteChatAnnouncementBlockChildrenOutput> = /*#__PURE__*/ (() => looseObject({
  revision_id: optional(number()),
  client_token: optional(string()),
}))()

/** Schema of {@link CreateChatAnnouncementBlockChildrenOutput}, for opt-in response validation. */
export const CreateChatAnnouncementBlockChildrenOutputSchema: GenericSchema<CreateChatAnnouncementBlockChildrenOutput> = /*#__PURE__*/ (() => looseObject({
  children: optional(array(BlockSchema())),
  revision_id: optional(number()),
  client_token: optional(string()),
}))()

/** Schema of {@link GetChatAnnouncementBlockChildrenOutput}, for opt-in response validation. */
export const GetChatAnnouncementBlockChildrenOutputSchema: GenericSchema<GetChatAnnouncementBlockChildrenOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ConvertDocumentOutput}, for opt-in response validation. */
export const ConvertDocumentOutputSchema: GenericSchema<ConvertDocumentOutput> = /*#__PURE__*/ (() => looseObject({
  first_level_block_ids: optional(array(string())),
  blocks: optional(array(BlockSchema())),
  block_id_to_image_urls: optional(array(looseObject({ block_id: string(), image_url: string() }))),
}))()

/** Schema of {@link CreateDocumentOutput}, for opt-in response validation. */
export const CreateDocumentOutputSchema: GenericSchema<CreateDocumentOutput> = /*#__PURE__*/ (() => looseObject({
  document: optional(DocumentSchema()),
}))()

/** Schema of {@link GetDocumentOutput}, for opt-in response validation. */
export const GetDocumentOutputSchema: GenericSchema<GetDocumentOutput> = /*#__PURE__*/ (() => looseObject({
  document: optional(DocumentSchema()),
}))()

/** Schema of {@link RawDocumentContentOutput}, for opt-in response validation. */
export const RawDocumentContentOutputSchema: GenericSchema<RawDocumentContentOutput> = /*#__PURE__*/ (() => looseObject({
  content: optional(string()),
}))()

/** Schema of {@link BatchUpdateDocumentBlockOutput}, for opt-in response validation. */
export const BatchUpdateDocumentBlockOutputSchema: GenericSchema<BatchUpdateDocumentBlockOutput> = /*#__PURE__*/ (() => looseObject({
  blocks: optional(array(BlockSchema())),
  document_revision_id: optional(number()),
  client_token: string(),
}))()

/** Schema of {@link GetDocumentBlockOutput}, for opt-in response validation. */
export const GetDocumentBlockOutputSchema: GenericSchema<GetDocumentBlockOutput> = /*#__PURE__*/ (() => looseObject({
  block: optional(ItemSchema()),
}))()

/** Schema of {@link ListDocumentBlockOutput}, for opt-in response validation. */
export const ListDocumentBlockOutputSchema: GenericSchema<ListDocumentBlockOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchDocumentBlockOutput}, for opt-in response validation. */
export const PatchDocumentBlockOutputSchema: GenericSchema<PatchDocumentBlockOutput> = /*#__PURE__*/ (() => looseObject({
  block: optional(BlockSchema()),
  document_revision_id: optional(number()),
  client_token: string(),
}))()

/** Schema of {@link BatchDeleteDocumentBlockChildrenOutput}, for opt-in response validation. */
export const BatchDeleteDocumentBlockChildrenOutputSchema: GenericSchema<BatchDeleteDocumentBlockChildrenOutput> = /*#__PURE__*/ (() => looseObject({
  document_revision_id: optional(number()),
  client_token: string(),
}))()

/** Schema of {@link CreateDocumentBlockChildrenOutput}, for opt-in response validation. */
export const CreateDocumentBlockChildrenOutputSchema: GenericSchema<CreateDocumentBlockChildrenOutput> = /*#__PURE__*/ (() => looseObject({
  children: optional(array(BlockSchema())),
  document_revision_id: optional(number()),
  client_token: string(),
}))()

/** Schema of {@link GetDocumentBlockChildrenOutput}, for opt-in response validation. */
export const GetDocumentBlockChildrenOutputSchema: GenericSchema<GetDocumentBlockChildrenOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateDocumentBlockDescendantOutput}, for opt-in response validation. */
export const CreateDocumentBlockDescendantOutputSchema: GenericSchema<CreateDocumentBlockDescendantOutput> = /*#__PURE__*/ (() => looseObject({
  children: optional(array(BlockSchema())),
  document_revision_id: optional(number()),
  client_token: optional(string()),
  block_id_relations: optional(array(looseObject({
    temporary_block_id: optional(string()),
    block_id: optional(string()),
  }))),
}))()
