// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { FailedCardSchema, FailedUserReasonSchema, TagInfoSchema } from './models.ts'
import type { CreateAppFeedCardOutput } from './app_feed_card.ts'
import type { DeleteAppFeedCardBatchOutput, UpdateAppFeedCardBatchOutput } from './app_feed_card.batch.ts'
import type {
  CreateBizEntityTagRelationOutput,
  GetBizEntityTagRelationOutput,
  UpdateBizEntityTagRelationOutput,
} from './biz_entity_tag_relation.ts'
import type { SearchChatOutput } from './chat.ts'
import type { UpdateChatButtonOutput } from './chat_button.ts'
import type { BotFeedCardTimeSentiveOutput, PatchFeedCardOutput } from './feed_card.ts'
import type { CreateTagOutput, PatchTagOutput } from './tag.ts'
import type { BatchUpdateUrlPreviewOutput } from './url_preview.ts'

/** Schema of {@link CreateAppFeedCardOutput}, for opt-in response validation. */
export const CreateAppFeedCardOutputSchema: GenericSchema<CreateAppFeedCardOutput> = /*#__PURE__*/ (() => looseObject({
  failed_cards: optional(array(FailedCardSchema())),
  biz_id: optional(string()),
}))()

/** Schema of {@link DeleteAppFeedCardBatchOutput}, for opt-in response validation. */
export const DeleteAppFeedCardBatchOutputSchema: GenericSchema<DeleteAppFeedCardBatchOutput> = /*#__PURE__*/ (() => looseObject({
  failed_cards: optional(array(FailedCardSchema())),
}))()

/** Schema of {@link UpdateAppFeedCardBatchOutput}, for opt-in response validation. */
export const UpdateAppFeedCardBatchOutputSchema: GenericSchema<UpdateAppFeedCardBatchOutput> = /*#__PURE__*/ (() => looseObject({
  failed_cards: optional(array(FailedCardSchema())),
}))()

/** Schema of {@link CreateBizEntityTagRelationOutput}, for opt-in response validation. */
export const CreateBizEntityTagRelationOutputSchema: GenericSchema<CreateBizEntityTagRelationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetBizEntityTagRelationOutput}, for opt-in response validation. */
export const GetBizEntityTagRelationOutputSchema: GenericSchema<GetBizEntityTagRelationOutput> = /*#__PURE__*/ (() => looseObject({
  tag_info_with_bind_versions: optional(array(looseObject({
    tag_info: optional(TagInfoSchema()),
    bind_version: optional(string()),
  }))),
}))()

/** Schema of {@link UpdateBizEntityTagRelationOutput}, for opt-in response validation. */
export const UpdateBizEntityTagRelationOutputSchema: GenericSchema<UpdateBizEntityTagRelationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SearchChatOutput}, for opt-in response validation. */
export const SearchChatOutputSchema: GenericSchema<SearchChatOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    display_info: optional(string()),
    meta_data: optional(looseObject({
      chat_id: string(),
      create_time: optional(string()),
      update_time: optional(string()),
      external: optional(boolean()),
      chat_mode: optional(string()),
      description: optional(string()),
      avatar: optional(string()),
      name: optional(string()),
      owner_id: optional(string()),
      owner_id_type: optional(string()),
      tenant_key: optional(string()),
      chat_status: optional(picklist(['normal', 'dissolved', 'dissolved_save'])),
    })),
  })),
  total: optional(number()),
  has_more: boolean(),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link UpdateChatButtonOutput}, for opt-in response validation. */
export const UpdateChatButtonOutputSchema: GenericSchema<UpdateChatButtonOutput> = /*#__PURE__*/ (() => looseObject({
  failed_user_reasons: optional(array(FailedUserReasonSchema())),
}))()

/** Schema of {@link BotFeedCardTimeSentiveOutput}, for opt-in response validation. */
export const BotFeedCardTimeSentiveOutputSchema: GenericSchema<BotFeedCardTimeSentiveOutput> = /*#__PURE__*/ (() => looseObject({
  failed_user_reasons: optional(array(FailedUserReasonSchema())),
}))()

/** Schema of {@link PatchFeedCardOutput}, for opt-in response validation. */
export const PatchFeedCardOutputSchema: GenericSchema<PatchFeedCardOutput> = /*#__PURE__*/ (() => looseObject({
  failed_user_reasons: optional(array(FailedUserReasonSchema())),
}))()

/** Schema of {@link CreateTagOutput}, for opt-in response validation. */
export const CreateTagOutputSchema: GenericSchema<CreateTagOutput> = /*#__PURE__*/ (() => looseObject({
  id: optional(string()),
  create_tag_fail_reason: optional(looseObject({ duplicate_id: optional(string()) })),
}))()

/** Schema of {@link PatchTagOutput}, for opt-in response validation. */
export const PatchTagOutputSchema: GenericSchema<PatchTagOutput> = /*#__PURE__*/ (() => looseObject({
  tag_info: optional(TagInfoSchema()),
  patch_tag_fail_reason: optional(looseObject({ duplicate_id: optional(string()) })),
}))()

/** Schema of {@link BatchUpdateUrlPreviewOutput}, for opt-in response validation. */
export const BatchUpdateUrlPreviewOutputSchema: GenericSchema<BatchUpdateUrlPreviewOutput> = /*#__PURE__*/ (() => looseObject({
}))()
