// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ButtonSchema } from './models.ts'
import type { Button, FailedUserReason } from './types.ts'

/** Input of {@link updateChatButton}. */
export interface UpdateChatButtonInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { bot_id?: string; user_ids?: string[]; chat_id: string; buttons?: { buttons: Button[] } }
}

/** `data` of a successful {@link updateChatButton} response. */
export interface UpdateChatButtonOutput {
  failed_user_reasons?: FailedUserReason[]
}

/**
 * `im.v2.chat_button.update`: PUT /open-apis/im/v2/chat_button (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=im&resource=chat_button&version=v2
 */
export const updateChatButton = /*#__PURE__*/ endpoint<UpdateChatButtonInput, UpdateChatButtonOutput>({
  id: 'im.v2.chat_button.update',
  method: 'PUT',
  path: '/open-apis/im/v2/chat_button',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        bot_id: optional(string()),
        user_ids: optional(array(string())),
        chat_id: string(),
        buttons: optional(looseObject({ buttons: array(ButtonSchema()) })),
      }),
    }),
})
