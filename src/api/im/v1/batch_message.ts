// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link deleteBatchMessage}. */
export interface DeleteBatchMessageInput {
  path: { batch_message_id: string }
}

/** `data` of a successful {@link deleteBatchMessage} response. */
export type DeleteBatchMessageOutput = { [key: string]: unknown }

/**
 * `im.v1.batch_message.delete`: DELETE /open-apis/im/v1/batch_messages/:batch_message_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=batch_message&version=v1
 */
export const deleteBatchMessage = /*#__PURE__*/ endpoint<DeleteBatchMessageInput, DeleteBatchMessageOutput>({
  id: 'im.v1.batch_message.delete',
  method: 'DELETE',
  path: '/open-apis/im/v1/batch_messages/:batch_message_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ batch_message_id: string() }) }),
})

/** Input of {@link getBatchMessageProgress}. */
export interface GetBatchMessageProgressInput {
  path: { batch_message_id: string }
}

/** `data` of a successful {@link getBatchMessageProgress} response. */
export interface GetBatchMessageProgressOutput {
  batch_message_send_progress?: {
    valid_user_ids_count?: number
    success_user_ids_count?: number
    read_user_ids_count?: number
  }
  batch_message_recall_progress?: { recall?: boolean; recall_count?: number }
}

/**
 * `im.v1.batch_message.get_progress`: GET /open-apis/im/v1/batch_messages/:batch_message_id/get_progress (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_progress&project=im&resource=batch_message&version=v1
 */
export const getBatchMessageProgress = /*#__PURE__*/ endpoint<GetBatchMessageProgressInput, GetBatchMessageProgressOutput>({
  id: 'im.v1.batch_message.get_progress',
  method: 'GET',
  path: '/open-apis/im/v1/batch_messages/:batch_message_id/get_progress',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ batch_message_id: string() }) }),
})

/** Input of {@link readBatchMessageUser}. */
export interface ReadBatchMessageUserInput {
  path: { batch_message_id: string }
}

/** `data` of a successful {@link readBatchMessageUser} response. */
export interface ReadBatchMessageUserOutput {
  read_user?: { read_count: string; total_count: string }
}

/**
 * `im.v1.batch_message.read_user`: GET /open-apis/im/v1/batch_messages/:batch_message_id/read_user (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=read_user&project=im&resource=batch_message&version=v1
 */
export const readBatchMessageUser = /*#__PURE__*/ endpoint<ReadBatchMessageUserInput, ReadBatchMessageUserOutput>({
  id: 'im.v1.batch_message.read_user',
  method: 'GET',
  path: '/open-apis/im/v1/batch_messages/:batch_message_id/read_user',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ batch_message_id: string() }) }),
})
