// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ChatTabSchema, TabConfigSchema, TabContentSchema } from './models.ts'
import type { ChatTab, TabConfig, TabContent } from './types.ts'

/** Input of {@link createChatTab}. */
export interface CreateChatTabInput {
  path: { chat_id: string }
  body: {
    chat_tabs: {
      tab_name?: string
      tab_type:
        | 'message'
        | 'doc_list'
        | 'doc'
        | 'pin'
        | 'meeting_minute'
        | 'chat_announcement'
        | 'url'
        | 'file'
        | 'files_resources'
        | 'images_videos'
        | 'task'
      tab_content?: TabContent
      tab_config?: TabConfig
    }[]
  }
}

/** `data` of a successful {@link createChatTab} response. */
export interface CreateChatTabOutput {
  chat_tabs?: ChatTab[]
}

/**
 * `im.v1.chat.tab.create`: POST /open-apis/im/v1/chats/:chat_id/chat_tabs (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=chat.tab&version=v1
 */
export const createChatTab = /*#__PURE__*/ endpoint<CreateChatTabInput, CreateChatTabOutput>({
  id: 'im.v1.chat.tab.create',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/chat_tabs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: looseObject({
        chat_tabs: array(looseObject({
          tab_name: optional(string()),
          tab_type: picklist([
            'message',
            'doc_list',
            'doc',
            'pin',
            'meeting_minute',
            'chat_announcement',
            'url',
            'file',
            'files_resources',
            'images_videos',
            'task',
          ]),
          tab_content: optional(TabContentSchema()),
          tab_config: optional(TabConfigSchema()),
        })),
      }),
    }),
})

/** Input of {@link deleteChatTabTabs}. */
export interface DeleteChatTabTabsInput {
  path: { chat_id: string }
  body: { tab_ids: string[] }
}

/** `data` of a successful {@link deleteChatTabTabs} response. */
export interface DeleteChatTabTabsOutput {
  chat_tabs?: ChatTab[]
}

/**
 * `im.v1.chat.tab.delete_tabs`: DELETE /open-apis/im/v1/chats/:chat_id/chat_tabs/delete_tabs (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete_tabs&project=im&resource=chat.tab&version=v1
 */
export const deleteChatTabTabs = /*#__PURE__*/ endpoint<DeleteChatTabTabsInput, DeleteChatTabTabsOutput>({
  id: 'im.v1.chat.tab.delete_tabs',
  method: 'DELETE',
  path: '/open-apis/im/v1/chats/:chat_id/chat_tabs/delete_tabs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ chat_id: string() }), body: looseObject({ tab_ids: array(string()) }) }),
})

/** Input of {@link listChatTabTabs}. */
export interface ListChatTabTabsInput {
  path: { chat_id: string }
}

/** `data` of a successful {@link listChatTabTabs} response. */
export interface ListChatTabTabsOutput {
  chat_tabs?: ChatTab[]
}

/**
 * `im.v1.chat.tab.list_tabs`: GET /open-apis/im/v1/chats/:chat_id/chat_tabs/list_tabs (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_tabs&project=im&resource=chat.tab&version=v1
 */
export const listChatTabTabs = /*#__PURE__*/ endpoint<ListChatTabTabsInput, ListChatTabTabsOutput>({
  id: 'im.v1.chat.tab.list_tabs',
  method: 'GET',
  path: '/open-apis/im/v1/chats/:chat_id/chat_tabs/list_tabs',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ chat_id: string() }) }),
})

/** Input of {@link sortChatTabTabs}. */
export interface SortChatTabTabsInput {
  path: { chat_id: string }
  body?: { tab_ids?: string[] }
}

/** `data` of a successful {@link sortChatTabTabs} response. */
export interface SortChatTabTabsOutput {
  chat_tabs?: ChatTab[]
}

/**
 * `im.v1.chat.tab.sort_tabs`: POST /open-apis/im/v1/chats/:chat_id/chat_tabs/sort_tabs (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=sort_tabs&project=im&resource=chat.tab&version=v1
 */
export const sortChatTabTabs = /*#__PURE__*/ endpoint<SortChatTabTabsInput, SortChatTabTabsOutput>({
  id: 'im.v1.chat.tab.sort_tabs',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/chat_tabs/sort_tabs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: optional(looseObject({ tab_ids: optional(array(string())) })),
    }),
})

/** Input of {@link updateChatTabTabs}. */
export interface UpdateChatTabTabsInput {
  path: { chat_id: string }
  body?: { chat_tabs?: ChatTab[] }
}

/** `data` of a successful {@link updateChatTabTabs} response. */
export interface UpdateChatTabTabsOutput {
  chat_tabs?: ChatTab[]
}

/**
 * `im.v1.chat.tab.update_tabs`: POST /open-apis/im/v1/chats/:chat_id/chat_tabs/update_tabs (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_tabs&project=im&resource=chat.tab&version=v1
 */
export const updateChatTabTabs = /*#__PURE__*/ endpoint<UpdateChatTabTabsInput, UpdateChatTabTabsOutput>({
  id: 'im.v1.chat.tab.update_tabs',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/chat_tabs/update_tabs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: optional(looseObject({ chat_tabs: optional(array(ChatTabSchema())) })),
    }),
})
