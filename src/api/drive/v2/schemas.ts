// Generated from catalog/drive.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { PermissionPublicSchema } from './models.ts'
import type { UpdateCommentReactionReactionOutput } from './comment_reaction.ts'
import type { ListFileLikeOutput } from './file.like.ts'
import type { GetPermissionPublicOutput, PatchPermissionPublicOutput } from './permission.public.ts'

/** Schema of {@link UpdateCommentReactionReactionOutput}, for opt-in response validation. */
export const UpdateCommentReactionReactionOutputSchema: GenericSchema<UpdateCommentReactionReactionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListFileLikeOutput}, for opt-in response validation. */
export const ListFileLikeOutputSchema: GenericSchema<ListFileLikeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    user_id: optional(string()),
    last_liked_time: optional(string()),
    user_name: optional(string()),
    user_en_name: optional(string()),
    user_avatar_url: optional(string()),
    user_is_desensitized: optional(boolean()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link GetPermissionPublicOutput}, for opt-in response validation. */
export const GetPermissionPublicOutputSchema: GenericSchema<GetPermissionPublicOutput> = /*#__PURE__*/ (() => looseObject({
  permission_public: optional(PermissionPublicSchema()),
}))()

/** Schema of {@link PatchPermissionPublicOutput}, for opt-in response validation. */
export const PatchPermissionPublicOutputSchema: GenericSchema<PatchPermissionPublicOutput> = /*#__PURE__*/ (() => looseObject({
  permission_public: optional(PermissionPublicSchema()),
}))()
