// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link deleteChatTopNoticeTopNotice}. */
export interface DeleteChatTopNoticeTopNoticeInput {
  path: { chat_id: string }
}

/** `data` of a successful {@link deleteChatTopNoticeTopNotice} response. */
export type DeleteChatTopNoticeTopNoticeOutput = { [key: string]: unknown }

/**
 * `im.v1.chat.top_notice.delete_top_notice`: POST /open-apis/im/v1/chats/:chat_id/top_notice/delete_top_notice (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete_top_notice&project=im&resource=chat.top_notice&version=v1
 */
export const deleteChatTopNoticeTopNotice = /*#__PURE__*/ endpoint<DeleteChatTopNoticeTopNoticeInput, DeleteChatTopNoticeTopNoticeOutput>({
  id: 'im.v1.chat.top_notice.delete_top_notice',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/top_notice/delete_top_notice',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ chat_id: string() }) }),
})

/** Input of {@link putChatTopNoticeTopNotice}. */
export interface PutChatTopNoticeTopNoticeInput {
  path: { chat_id: string }
  body: { chat_top_notice: { action_type?: '1' | '2'; message_id?: string }[] }
}

/** `data` of a successful {@link putChatTopNoticeTopNotice} response. */
export type PutChatTopNoticeTopNoticeOutput = { [key: string]: unknown }

/**
 * `im.v1.chat.top_notice.put_top_notice`: POST /open-apis/im/v1/chats/:chat_id/top_notice/put_top_notice (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=put_top_notice&project=im&resource=chat.top_notice&version=v1
 */
export const putChatTopNoticeTopNotice = /*#__PURE__*/ endpoint<PutChatTopNoticeTopNoticeInput, PutChatTopNoticeTopNoticeOutput>({
  id: 'im.v1.chat.top_notice.put_top_notice',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/top_notice/put_top_notice',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: looseObject({
        chat_top_notice: array(looseObject({
          action_type: optional(picklist(['1', '2'])),
          message_id: optional(string()),
        })),
      }),
    }),
})
