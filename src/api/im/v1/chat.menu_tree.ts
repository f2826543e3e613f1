// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ChatMenuItemSchema, I18nNamesSchema, RedirectLinkSchema } from './models.ts'
import type { ChatMenuItem, ChatMenuTopLevel, I18nNames, RedirectLink } from './types.ts'

/** Input of {@link createChatMenuTree}. */
export interface CreateChatMenuTreeInput {
  path: { chat_id: string }
  body: {
    menu_tree: {
      chat_menu_top_levels: {
        chat_menu_item: {
          action_type: 'NONE' | 'REDIRECT_LINK'
          redirect_link?: RedirectLink
          image_key?: string
          name: string
          i18n_names?: I18nNames
        }
        children?: { chat_menu_item?: ChatMenuItem }[]
      }[]
    }
  }
}

/** `data` of a successful {@link createChatMenuTree} response. */
export interface CreateChatMenuTreeOutput {
  menu_tree?: { chat_menu_top_levels?: ChatMenuTopLevel[] }
}

/**
 * `im.v1.chat.menu_tree.create`: POST /open-apis/im/v1/chats/:chat_id/menu_tree (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=chat.menu_tree&version=v1
 */
export const createChatMenuTree = /*#__PURE__*/ endpoint<CreateChatMenuTreeInput, CreateChatMenuTreeOutput>({
  id: 'im.v1.chat.menu_tree.create',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/menu_tree',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: looseObject({
        menu_tree: looseObject({
          chat_menu_top_levels: array(looseObject({
            chat_menu_item: looseObject({
              action_type: picklist(['NONE', 'REDIRECT_LINK']),
              redirect_link: optional(RedirectLinkSchema()),
              image_key: optional(string()),
              name: string(),
              i18n_names: optional(I18nNamesSchema()),
            }),
            children: optional(array(looseObject({ chat_menu_item: optional(ChatMenuItemSchema()) }))),
          })),
        }),
      }),
    }),
})

/** Input of {@link deleteChatMenuTree}. */
export interface DeleteChatMenuTreeInput {
  path: { chat_id: string }
  body: { chat_menu_top_level_ids: string[] }
}

/** `data` of a successful {@link deleteChatMenuTree} response. */
export interface DeleteChatMenuTreeOutput {
  menu_tree?: { chat_menu_top_levels?: ChatMenuTopLevel[] }
}

/**
 * `im.v1.chat.menu_tree.delete`: DELETE /open-apis/im/v1/chats/:chat_id/menu_tree (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=chat.menu_tree&version=v1
 */
export const deleteChatMenuTree = /*#__PURE__*/ endpoint<DeleteChatMenuTreeInput, DeleteChatMenuTreeOutput>({
  id: 'im.v1.chat.menu_tree.delete',
  method: 'DELETE',
  path: '/open-apis/im/v1/chats/:chat_id/menu_tree',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: looseObject({ chat_menu_top_level_ids: array(string()) }),
    }),
})

/** Input of {@link getChatMenuTree}. */
export interface GetChatMenuTreeInput {
  path: { chat_id: string }
}

/** `data` of a successful {@link getChatMenuTree} response. */
export interface GetChatMenuTreeOutput {
  menu_tree?: { chat_menu_top_levels?: ChatMenuTopLevel[] }
}

/**
 * `im.v1.chat.menu_tree.get`: GET /open-apis/im/v1/chats/:chat_id/menu_tree (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=chat.menu_tree&version=v1
 */
export const getChatMenuTree = /*#__PURE__*/ endpoint<GetChatMenuTreeInput, GetChatMenuTreeOutput>({
  id: 'im.v1.chat.menu_tree.get',
  method: 'GET',
  path: '/open-apis/im/v1/chats/:chat_id/menu_tree',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ chat_id: string() }) }),
})

/** Input of {@link sortChatMenuTree}. */
export interface SortChatMenuTreeInput {
  path: { chat_id: string }
  body: { chat_menu_top_level_ids: string[] }
}

/** `data` of a successful {@link sortChatMenuTree} response. */
export interface SortChatMenuTreeOutput {
  menu_tree?: { chat_menu_top_levels?: ChatMenuTopLevel[] }
}

/**
 * `im.v1.chat.menu_tree.sort`: POST /open-apis/im/v1/chats/:chat_id/menu_tree/sort (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=sort&project=im&resource=chat.menu_tree&version=v1
 */
export const sortChatMenuTree = /*#__PURE__*/ endpoint<SortChatMenuTreeInput, SortChatMenuTreeOutput>({
  id: 'im.v1.chat.menu_tree.sort',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/menu_tree/sort',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: looseObject({ chat_menu_top_level_ids: array(string()) }),
    }),
})
