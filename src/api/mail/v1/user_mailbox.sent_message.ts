// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getUserMailboxSentMessageRecallDetail}. */
export interface GetUserMailboxSentMessageRecallDetailInput {
  path: { user_mailbox_id: string; message_id: string }
}

/** `data` of a successful {@link getUserMailboxSentMessageRecallDetail} response. */
export interface GetUserMailboxSentMessageRecallDetailOutput {
  recall_status?: 'done' | 'in_progress'
  recall_result?: 'processing' | 'all_success' | 'all_fail' | 'some_fail'
  success_count?: number
  failure_count?: number
  processing_count?: number
  items?: {
    recipient_address?: string
    recipient_name?: string
    status?: 'processing' | 'success' | 'fail'
    fail_reason?:
      | 'unknown'
      | 'message_has_been_read'
      | 'not_using_lark_mail'
      | 'not_in_the_same_tenant'
      | 'invalid_address'
    is_mailing_list?: boolean
    mailing_list_success_count?: number
    mailing_list_failure_count?: number
    mailing_list_finish_percent?: number
  }[]
}

/**
 * `mail.v1.user_mailbox.sent_message.get_recall_detail`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/recall (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_recall_detail&project=mail&resource=user_mailbox.sent_message&version=v1
 */
export const getUserMailboxSentMessageRecallDetail = /*#__PURE__*/ endpoint<GetUserMailboxSentMessageRecallDetailInput, GetUserMailboxSentMessageRecallDetailOutput>({
  id: 'mail.v1.user_mailbox.sent_message.get_recall_detail',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/recall',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), message_id: string() }) }),
})

/** Input of {@link recallUserMailboxSentMessage}. */
export interface RecallUserMailboxSentMessageInput {
  path: { user_mailbox_id: string; message_id: string }
}

/** `data` of a successful {@link recallUserMailboxSentMessage} response. */
export interface RecallUserMailboxSentMessageOutput {
  recall_status?: 'available' | 'unavailable'
  recall_restriction_reason?:
    | 'recall_not_enabled'
    | 'migration_domain'
    | 'sender_address_not_owned'
    | 'already_recalled'
    | 'not_delivered'
    | 'exceeded_time_limit'
}

/**
 * `mail.v1.user_mailbox.sent_message.recall`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/recall (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recall&project=mail&resource=user_mailbox.sent_message&version=v1
 */
export const recallUserMailboxSentMessage = /*#__PURE__*/ endpoint<RecallUserMailboxSentMessageInput, RecallUserMailboxSentMessageOutput>({
  id: 'mail.v1.user_mailbox.sent_message.recall',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/recall',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), message_id: string() }) }),
})
