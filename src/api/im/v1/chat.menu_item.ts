// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, picklist, string } from '../../../core/valibot.ts'
import { ChatMenuItemSchema } from './models.ts'
import type { ChatMenuItem } from './types.ts'

/** Input of {@link patchChatMenuItem}. */
export interface PatchChatMenuItemInput {
  path: { chat_id: string; menu_item_id: string }
  body: { update_fields: ('ICON' | 'NAME' | 'I18N_NAME' | 'REDIRECT_LINK')[]; chat_menu_item: ChatMenuItem }
}

/** `data` of a successful {@link patchChatMenuItem} response. */
export interface PatchChatMenuItemOutput {
  chat_menu_item?: ChatMenuItem
}

/**
 * `im.v1.chat.menu_item.patch`: PATCH /open-apis/im/v1/chats/:chat_id/menu_items/:menu_item_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=im&resource=chat.menu_item&version=v1
 */
export const patchChatMenuItem = /*#__PURE__*/ endpoint<PatchChatMenuItemInput, PatchChatMenuItemOutput>({
  id: 'im.v1.chat.menu_item.patch',
  method: 'PATCH',
  path: '/open-apis/im/v1/chats/:chat_id/menu_items/:menu_item_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string(), menu_item_id: string() }),
      body: looseObject({
        update_fields: array(picklist(['ICON', 'NAME', 'I18N_NAME', 'REDIRECT_LINK'])),
        chat_menu_item: ChatMenuItemSchema(),
      }),
    }),
})
