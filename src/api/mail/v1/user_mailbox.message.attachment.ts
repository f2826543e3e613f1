// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'
import type { DownloadUrl, FailedReason } from './types.ts'

/** Input of {@link downloadUserMailboxMessageAttachmentUrl}. */
export interface DownloadUserMailboxMessageAttachmentUrlInput {
  path: { user_mailbox_id: string; message_id: string }
  query: { attachment_ids: string[] }
}

/** `data` of a successful {@link downloadUserMailboxMessageAttachmentUrl} response. */
export interface DownloadUserMailboxMessageAttachmentUrlOutput {
  download_urls?: DownloadUrl[]
  failed_ids?: string[]
  failed_reasons?: FailedReason[]
}

/**
 * `mail.v1.user_mailbox.message.attachment.download_url`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/attachments/download_url (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download_url&project=mail&resource=user_mailbox.message.attachment&version=v1
 */
export const downloadUserMailboxMessageAttachmentUrl = /*#__PURE__*/ endpoint<DownloadUserMailboxMessageAttachmentUrlInput, DownloadUserMailboxMessageAttachmentUrlOutput>({
  id: 'mail.v1.user_mailbox.message.attachment.download_url',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/attachments/download_url',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), message_id: string() }),
      query: looseObject({ attachment_ids: array(string()) }),
    }),
})
