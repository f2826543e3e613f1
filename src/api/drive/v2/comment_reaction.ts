// Generated from catalog/drive.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link updateCommentReactionReaction}. */
export interface UpdateCommentReactionReactionInput {
  path: { file_token: string }
  query: { file_type: string }
  body: { action: 'add' | 'delete'; reply_id: string; reaction_type: string }
}

/** `data` of a successful {@link updateCommentReactionReaction} response. */
export type UpdateCommentReactionReactionOutput = { [key: string]: unknown }

/**
 * `drive.v2.comment_reaction.update_reaction`: POST /open-apis/drive/v2/files/:file_token/comments/reaction (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_reaction&project=drive&resource=comment_reaction&version=v2
 */
export const updateCommentReactionReaction = /*#__PURE__*/ endpoint<UpdateCommentReactionReactionInput, UpdateCommentReactionReactionOutput>({
  id: 'drive.v2.comment_reaction.update_reaction',
  method: 'POST',
  path: '/open-apis/drive/v2/files/:file_token/comments/reaction',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({ file_type: string() }),
      body: looseObject({ action: picklist(['add', 'delete']), reply_id: string(), reaction_type: string() }),
    }),
})
