// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getUserMailboxSettingSignatures}. */
export interface GetUserMailboxSettingSignaturesInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link getUserMailboxSettingSignatures} response. */
export interface GetUserMailboxSettingSignaturesOutput {
  signatures?: {
    id?: string
    name?: string
    content?: string
    signature_type?: string
    signature_device?: string
    template_json_keys?: string[]
    images?: {
      image_name?: string
      file_key?: string
      cid?: string
      file_size?: string
      image_width?: number
      image_height?: number
      download_url?: string
    }[]
    user_fields?: { [key: string]: { default_val?: string; i18n_vals?: { [key: string]: string } } }
  }[]
  usages?: { email_address?: string; send_mail_signature_id?: string; reply_signature_id?: string }[]
}

/**
 * `mail.v1.user_mailbox.setting.get_signatures`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/settings/signatures (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_signatures&project=mail&resource=user_mailbox.setting&version=v1
 */
export const getUserMailboxSettingSignatures = /*#__PURE__*/ endpoint<GetUserMailboxSettingSignaturesInput, GetUserMailboxSettingSignaturesOutput>({
  id: 'mail.v1.user_mailbox.setting.get_signatures',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/settings/signatures',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})

/** Input of {@link sendUserMailboxSettingAs}. */
export interface SendUserMailboxSettingAsInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link sendUserMailboxSettingAs} response. */
export interface SendUserMailboxSettingAsOutput {
  sendable_addresses?: {
    email_address?: string
    email_type?: 'MAIL_GROUP' | 'PUBLIC_MAILBOX' | 'USER_PRIMARY' | 'USER_ALIAS' | 'PUBLIC_MAILBOX_ALIAS'
    name?: string
  }[]
}

/**
 * `mail.v1.user_mailbox.setting.send_as`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/settings/send_as (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=send_as&project=mail&resource=user_mailbox.setting&version=v1
 */
export const sendUserMailboxSettingAs = /*#__PURE__*/ endpoint<SendUserMailboxSettingAsInput, SendUserMailboxSettingAsOutput>({
  id: 'mail.v1.user_mailbox.setting.send_as',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/settings/send_as',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})
